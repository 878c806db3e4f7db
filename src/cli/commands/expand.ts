import type { Command } from '../command';
import { EXIT } from '../cli-errors';
import { modelOption, readModel } from '../catalog-options';
import { renderTable } from '../format/render-table';

export const expandCommand: Command = {
  name: 'expand',
  summary: 'list the catalog actions an action pattern (wildcards * and ?) matches',
  usage: 'expand PATTERN [--model 5.0|1.1]',
  details: ['Matching is case-insensitive; `*` matches any run of characters, `?` one character.'],
  options: { model: modelOption },
  usesCatalogs: true,
  positionals: { name: 'PATTERN', min: 1, max: 1 },
  async run({ io, args, json, catalogs }) {
    const pattern = args.positionals[0] as string;
    const model = readModel(args.string('model'));
    const { lookup } = await catalogs();
    const actions = lookup.matchActions(pattern, model);
    if (json) {
      const names = actions.map(({ name, accessLevel }) => ({ name, accessLevel }));
      io.stdout(JSON.stringify({ pattern, model, actions: names }) + '\n');
    } else if (actions.length === 0) {
      io.stdout(`no ${model} action matches \`${pattern}\`\n`);
    } else {
      const rows = actions.map((action) => [action.name, action.accessLevel ?? '-']);
      io.stdout(renderTable(['ACTION', 'ACCESS LEVEL'], rows, 'table'));
      io.stdout(`${actions.length} ${model} action(s) match \`${pattern}\`\n`);
    }
    return EXIT.ok;
  },
};
