/**
 * Test helper for the Table 3 comparison: a small DCS catalog of each model, an operation map over
 * it, and a 1.1 system policy built from its statements.
 */
import type {
  DocumentedOperation,
  OperationSupport,
  ServiceCatalog,
  SystemPolicy,
} from '../../catalog/catalog-types';
import { testCatalog } from '../matrix/testing/test-catalog';
import { compareDocumentedOperations, type SystemPolicyComparison } from './compare-operations';

const legacy = testCatalog(
  'dcs',
  '1.1',
  [
    { name: 'dcs:servers:showServer' },
    { name: 'dcs:servers:batchSetTags' },
    { name: 'dcs:servers:reboot' },
    { name: 'dcs:servers:start' },
    { name: 'dcs:servers:resume' },
    // The 1.1 catalog itself knows this action's older name: the evaluation applies the alias.
    { name: 'dcs:servers:stop', aliases: ['dcs:servers:shutdown'] },
    { name: 'dcs:servers:rename' },
    { name: 'dcs:servers:vnc' },
    { name: 'dcs:disks:use' },
    { name: 'dcs:disks:attach' },
  ],
  [
    { id: 'show', action: 'dcs:servers:showServer' },
    { id: 'tags', action: 'dcs:servers:batchSetTags' },
    { id: 'reboot', action: 'dcs:servers:reboot' },
    { id: 'start', action: 'dcs:servers:start', dependencies: ['dcs:disks:use'] },
    {
      id: 'resume',
      action: 'dcs:servers:resume',
      dependencies: ['dcs:disks:use', 'dcs:disks:attach'],
    },
    { id: 'stop', action: 'dcs:servers:stop' },
    { id: 'rename', action: 'dcs:servers:rename' },
    { id: 'vnc', action: 'dcs:servers:vnc' },
  ],
);
// An API its source names instead of giving a method and a path (as OBS's tables do).
legacy.apis = legacy.apis.map((api) =>
  api.id === 'rename' ? { ...api, method: null, path: 'RenameServer' } : api,
);
/** The v5 catalog knows the action's older name, which a 1.1 pattern may have been written for. */
const v5: ServiceCatalog = testCatalog(
  'dcs',
  '5.0',
  [{ name: 'dcs:servers:showServer', aliases: ['dcs:servers:get'] }],
  [{ id: 'show', action: 'dcs:servers:showServer' }],
);
const catalogs = [legacy, v5];

const row = (operation: string, apiIds: string[], catalogId = 'dcs-1.1'): DocumentedOperation => ({
  operation,
  apis: apiIds.map((apiId) => ({ catalogId, apiId })),
  reason: `${operation} calls ${apiIds.join(', ')}`,
  source: { file: 'table.txt', line: 1 },
});
const operations = [
  row('Showing', ['show']),
  row('Tagging', ['tags']),
  row('Rebooting', ['reboot']),
  row('Starting', ['start']),
  row('Resuming', ['resume']),
  row('Stopping', ['stop']),
  row('Renaming', ['rename']),
  row('Logging in', ['vnc']),
  row('Vanished', ['gone']),
  row('Restarting', ['reboot', 'start']),
  row('Operating', ['reboot', 'vnc']),
  row('Half-loaded', ['reboot', 'gone']),
  row('Listing buckets', ['ListBuckets'], 'obs-1.1'),
  row('Showing in 5.0', ['show'], 'dcs-5.0'),
];

type Statement = Record<string, unknown>;

/** The 1.1 policy `DCS Test` of these statements, with the documented column `support`. */
export function policy(statements: Statement[], support?: OperationSupport[]): SystemPolicy {
  const made: SystemPolicy = {
    id: 'dcs-test',
    name: 'DCS Test',
    kind: 'policy',
    policyType: 'identity',
    model: '1.1',
    description: '',
    document: { Version: '1.1', Statement: statements },
    provenance: 'documented',
  };
  if (support) made.operationSupport = support;
  return made;
}

export const supported = (operation: string): OperationSupport => ({ operation, supported: true });
export const unsupported = (operation: string): OperationSupport => ({
  operation,
  supported: false,
});

/** Compares the policy of these statements with its column `support`. */
export const compareStatements = (
  statements: Statement[],
  support: OperationSupport[],
): SystemPolicyComparison => compareWhole(policy(statements, support));

/** Compares the policy of one Allow statement of these actions with its column `support`. */
export const compare = (actions: string[], support: OperationSupport[]): SystemPolicyComparison =>
  compareStatements([{ Effect: 'Allow', Action: actions }], support);

export function compareWhole(made: SystemPolicy): SystemPolicyComparison {
  return compareDocumentedOperations(made, operations, catalogs);
}

export const reasonsOf = (result: SystemPolicyComparison): string[][] =>
  result.operations.map((operation) => operation.reasons);
