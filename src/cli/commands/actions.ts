import type { CatalogAction } from '../../catalog/index';
import type { Command } from '../command';
import { EXIT } from '../cli-errors';
import { knownService, modelOption, readModel } from '../catalog-options';
import { renderTable } from '../format/render-table';

export const actionsCommand: Command = {
  name: 'actions',
  summary: "list a service's actions from the catalogs, optionally filtered by text",
  usage: 'actions --service S [--search TEXT] [--model 5.0|1.1]',
  details: [
    '--search keeps the actions whose name or description contains every word of TEXT',
    '(case-insensitive). Resource types marked * are required by the action.',
  ],
  options: {
    service: { type: 'string', valueName: 'S', description: 'service prefix, e.g. ecs' },
    search: { type: 'string', valueName: 'TEXT', description: 'words the action must contain' },
    model: modelOption,
  },
  positionals: { name: 'nothing', min: 0, max: 0 },
  async run({ io, args, json, catalogs }) {
    const model = readModel(args.string('model'));
    const requested = args.requiredString('service');
    const { lookup } = await catalogs();
    const service = knownService(lookup, requested, model);
    const words = (args.string('search') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const actions = lookup
      .actionsOf(service, model)
      .filter((action) => words.every((word) => searchText(action).includes(word)));
    if (json) {
      io.stdout(JSON.stringify({ service, model, actions }) + '\n');
      return EXIT.ok;
    }
    const rows = actions.map((action) => [
      action.name,
      action.accessLevel ?? '-',
      action.resourceTypes.map((type) => type.type + (type.required ? '*' : '')).join(' ') || '-',
      action.conditionKeys.join(' ') || '-',
    ]);
    io.stdout(
      renderTable(['ACTION', 'ACCESS LEVEL', 'RESOURCE TYPES', 'CONDITION KEYS'], rows, 'table'),
    );
    io.stdout(`${actions.length} action(s)\n`);
    return EXIT.ok;
  },
};

function searchText(action: CatalogAction): string {
  return `${action.name} ${action.description}`.toLowerCase();
}
