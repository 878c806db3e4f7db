import type { Command } from '../command';
import { EXIT } from '../cli-errors';
import { modelOption, readModel } from '../catalog-options';
import { renderTable } from '../format/render-table';

export const expandCommand: Command = {
  name: 'expand',
  summary: 'list the catalog actions an action pattern (wildcards * and ?) matches',
  usage: 'expand PATTERN [--model 5.0|1.1]',
  details: [
    'Matching is case-insensitive; `*` matches any run of characters, `?` one character.',
    'An action and its aliases are the same action: the pattern also reaches the actions one of\n' +
      'whose aliases it matches, listed with that alias.',
  ],
  options: { model: modelOption },
  positionals: { name: 'PATTERN', min: 1, max: 1 },
  async run({ io, args, json, catalogs }) {
    const pattern = args.positionals[0] as string;
    const model = readModel(args.string('model'));
    const { lookup } = await catalogs();
    const reached = lookup.reachActions(pattern, model);
    if (json) {
      const actions = reached.map(({ action, alias }) => ({
        name: action.name,
        accessLevel: action.accessLevel,
        ...(alias === null ? {} : { throughAlias: alias }),
      }));
      io.stdout(JSON.stringify({ pattern, model, actions }) + '\n');
    } else if (reached.length === 0) {
      io.stdout(`no ${model} action matches \`${pattern}\`\n`);
    } else {
      const throughAlias = reached.filter((r) => r.alias !== null).length;
      // The alias column only when the pattern reached something through one.
      const rows = reached.map(({ action, alias }) => [
        action.name,
        action.accessLevel ?? '-',
        ...(throughAlias > 0 ? [alias ?? '-'] : []),
      ]);
      const header = ['ACTION', 'ACCESS LEVEL', ...(throughAlias > 0 ? ['THROUGH ALIAS'] : [])];
      io.stdout(renderTable(header, rows, 'table'));
      const note = throughAlias > 0 ? `, ${throughAlias} through an alias` : '';
      io.stdout(`${reached.length} ${model} action(s) match \`${pattern}\`${note}\n`);
    }
    return EXIT.ok;
  },
};
