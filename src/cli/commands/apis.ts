import type { Command } from '../command';
import { EXIT } from '../cli-errors';
import { knownService, modelOption, readModel } from '../catalog-options';
import { renderTable } from '../format/render-table';

export const apisCommand: Command = {
  name: 'apis',
  summary: "list a service's APIs with the action and dependency actions each needs",
  usage: 'apis --service S [--model 5.0|1.1]',
  details: [
    'A dependency marked (when ...) applies only in the situation the documentation names.',
  ],
  options: {
    service: { type: 'string', valueName: 'S', description: 'service prefix, e.g. ecs' },
    model: modelOption,
  },
  positionals: { name: 'nothing', min: 0, max: 0 },
  async run({ io, args, json, catalogs }) {
    const model = readModel(args.string('model'));
    const requested = args.requiredString('service');
    const { lookup } = await catalogs();
    const service = knownService(lookup, requested, model);
    const apis = lookup.apisOf(service, model);
    if (json) {
      io.stdout(JSON.stringify({ service, model, apis }) + '\n');
      return EXIT.ok;
    }
    const rows = apis.map((api) => [
      api.method ?? '-',
      api.path,
      api.action,
      api.dependencies
        .map((dependency) =>
          dependency.condition
            ? `${dependency.action} (when ${dependency.condition})`
            : dependency.action,
        )
        .join(', ') || '-',
    ]);
    io.stdout(renderTable(['METHOD', 'PATH', 'ACTION', 'DEPENDENCIES'], rows, 'table'));
    io.stdout(`${apis.length} API(s)\n`);
    return EXIT.ok;
  },
};
