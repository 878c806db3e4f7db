/**
 * The ECS permissions page's Table 3 against the committed catalogs: the documented support of
 * 21 operations × 3 policies, computed through the API matrix. Three cells differ, each for a
 * reason the comparison must name; every other cell agrees.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogIndex, ServiceCatalog, SystemPoliciesFile } from '../../catalog/catalog-types';
import { compareDocumentedOperations } from './compare-operations';

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../../catalogs/${name}`, import.meta.url), 'utf8')) as T;
const index = read<CatalogIndex>('index.json');
const catalogs = index.catalogs.map((entry) => read<ServiceCatalog>(entry.file));
const file = read<SystemPoliciesFile>('system-policies.json');

const compare = (id: string) => {
  const policy = file.policies.find((candidate) => candidate.id === id);
  if (!policy) throw new Error(`no system policy ${id}`);
  return compareDocumentedOperations(policy, file.documentedOperations ?? [], catalogs);
};
const ids = ['ecs-fullaccess', 'ecs-commonoperations', 'ecs-readonlyaccess'];
const comparisons = ids.map(compare);

const DETAILS =
  '`ecs:cloudServers:showServer` (GET /v1/{project_id}/cloudservers/{server_id}) is not matched by `ecs:*:get*`, which matches `ecs:cloudServers:get`, its alias in `ecs-5.0`';

describe('ECS Table 3 over the committed catalogs', () => {
  it('documents 21 operations for each of the three ECS policies', () => {
    expect(comparisons.map((comparison) => comparison.operations.length)).toEqual([21, 21, 21]);
  });

  it('finds the three known differences, each with its reason', () => {
    const differences = comparisons.flatMap((comparison) =>
      comparison.operations
        .filter((operation) => !operation.agrees)
        .map((operation) => ({
          policy: comparison.policyName,
          operation: operation.operation,
          documented: operation.documented.supported,
          computed: operation.computed,
          reasons: operation.reasons,
        })),
    );
    expect(differences).toEqual([
      {
        policy: 'ECS CommonOperations',
        operation: 'Querying ECS details',
        documented: true,
        computed: 'not-supported',
        reasons: [DETAILS],
      },
      {
        policy: 'ECS CommonOperations',
        operation: 'Adding tags to an ECS',
        documented: true,
        computed: 'not-supported',
        reasons: [
          '`ecs:cloudServers:batchSetServerTags` (POST /v1/{project_id}/cloudservers/{server_id}/tags/action) is not matched by `ecs:servers:setTags`',
        ],
      },
      {
        policy: 'ECS ReadOnlyAccess',
        operation: 'Querying ECS details',
        documented: true,
        computed: 'not-supported',
        reasons: [DETAILS],
      },
    ]);
  });

  it('agrees on the other 60 cells, with no reason given', () => {
    const agreeing = comparisons.flatMap((comparison) =>
      comparison.operations.filter((operation) => operation.agrees),
    );
    expect(agreeing).toHaveLength(60);
    for (const operation of agreeing) {
      expect(operation.reasons).toEqual([]);
      expect(operation.computed).toBe(
        operation.documented.supported ? 'supported' : 'not-supported',
      );
    }
    expect(comparisons.map((comparison) => comparison.differences)).toEqual([0, 2, 1]);
  });

  it('shows the APIs and actions an operation maps to, and keeps the cell notes', () => {
    const readOnly = comparisons[2];
    const login = readOnly?.operations.find((operation) =>
      operation.operation.startsWith('Remote'),
    );
    expect(login?.documented).toEqual({
      operation: 'Remotely logging in to an ECS on the management console',
      supported: false,
      note: 'VNC login not supported',
    });
    expect(login?.apis.map(({ row }) => [row?.apiId, row?.action, row?.status])).toEqual([
      [
        'POST /v1/{project_id}/cloudservers/{server_id}/remote_console',
        'ecs:cloudServers:vnc',
        'implicit-deny',
      ],
    ]);
    expect(login?.mapping).toMatch(/VNC/);
  });
});
