import { computeApiMatrix, matrixTable, type ResourceScope } from '../../engine/index';
import type { Command } from '../command';
import { EXIT, UsageError } from '../cli-errors';
import { knownService } from '../catalog-options';
import { formatMatrix } from '../format/format-matrix';
import { tableFormats, type TableFormat } from '../format/render-table';
import { contextOptions, loadPolicySet, scpLevelOption } from '../policy-set-options';
import { parseContextArgs } from '../request-args';
import { catalogRelease } from '../versions';

export const matrixCommand: Command = {
  name: 'matrix',
  summary: 'show, for every API in the catalogs, whether the policies allow calling it',
  usage:
    'matrix --policy FILE... [--scp-level FILE[,FILE...]]... [--service S]... ' +
    '[--region R] [--account-id A] [--resource-id [TYPE=]ID]... [--format table|json|csv|md]',
  details: [
    "Each API's status folds the decision for its action and for its dependency actions:\n" +
      'allowed, allowed-missing-dependencies, conditional, denied-by-scp, explicit-deny or\n' +
      "implicit-deny. The catalogs of the policies' own model (5.0 or 1.1) are used. A denied\n" +
      'dependency the catalog says is needed only in some situations ("required only for ...")\n' +
      'leaves an allowed API conditional, and is listed with its situation.',
    '--json is the same as --format json (the whole matrix, with per-action verdicts and the\n' +
      "catalogs' version and date).",
    'An action with resource types is evaluated on a URN of its type: without --region,\n' +
      '--account-id or --resource-id any resource of the type; with them, URNs with those parts\n' +
      'filled in, so a Resource pattern they rule out no longer applies and one they satisfy does.',
  ],
  options: {
    policy: {
      type: 'string',
      multiple: true,
      greedy: true,
      valueName: 'FILE',
      description: 'identity policy files (all apply)',
    },
    'scp-level': scpLevelOption,
    service: {
      type: 'string',
      multiple: true,
      valueName: 'S',
      description: 'only this service (repeat for several; default all)',
    },
    format: {
      type: 'string',
      valueName: 'table|json|csv|md',
      description: 'output format (default table)',
    },
    region: { type: 'string', valueName: 'R', description: 'region of the request URNs' },
    'account-id': {
      type: 'string',
      valueName: 'A',
      description: 'account ID of the request URNs',
    },
    'resource-id': {
      type: 'string',
      multiple: true,
      valueName: '[TYPE=]ID',
      description: 'resource ID of the request URNs (of resource type TYPE only, when given)',
    },
    ...contextOptions,
  },
  positionals: { name: 'nothing', min: 0, max: 0 },
  async run({ io, args, json, catalogs }) {
    const format = readFormat(args.string('format'), json);
    const policyPaths = args.requiredStrings('policy');
    const context = parseContextArgs(args.strings('context'));
    const set = await loadPolicySet(io, policyPaths, args.strings('scp-level'));
    const { services: catalogList, lookup, index } = await catalogs();
    const services = args.strings('service');
    const matrix = computeApiMatrix({
      identityPolicies: set.identityPolicies,
      scps: set.scps,
      catalogs: catalogList,
      ...(services.length > 0 ? { services } : {}),
      context,
      unknownContext: args.flag('unknown-context'),
      resourceScope: readScope(
        args.string('region'),
        args.string('account-id'),
        args.strings('resource-id'),
      ),
    });
    for (const service of services) knownService(lookup, service, matrix.model);
    const table = matrixTable(matrix, catalogList);
    const release = catalogRelease(index);
    io.stdout(
      format === 'json'
        ? JSON.stringify({ ...table, catalogs: release }) + '\n'
        : formatMatrix(table, format, release),
    );
    return EXIT.ok;
  },
};

function readScope(
  region: string | undefined,
  accountId: string | undefined,
  ids: readonly string[],
): ResourceScope {
  const scope: ResourceScope = { region: region ?? '', accountId: accountId ?? '' };
  const byType: Record<string, string> = {};
  for (const id of ids) {
    const equals = id.indexOf('=');
    if (equals < 0) scope.resourceId = id;
    else byType[id.slice(0, equals)] = id.slice(equals + 1);
  }
  if (Object.keys(byType).length > 0) scope.resourceIds = byType;
  return scope;
}

function readFormat(value: string | undefined, json: boolean): TableFormat | 'json' {
  if (json && value !== undefined && value !== 'json') {
    throw new UsageError(`\`--json\` contradicts \`--format ${value}\``);
  }
  const format = json ? 'json' : (value ?? 'table');
  if (format === 'json' || (tableFormats as readonly string[]).includes(format)) {
    return format as TableFormat | 'json';
  }
  throw new UsageError(`\`--format\` must be table, json, csv or md, not \`${format}\``);
}
