import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OperationApis } from './operation-apis';
import type { Overrides } from './overrides';
import { buildSystemPolicies } from './system-policies';
import { FIXTURE_HASH, importTexts, onlyCatalog } from './test-support';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const FILE = 'system-policies.txt';
const at = (line: number) => ({ file: FILE, line });
const overrides: Overrides = {
  lineCorrections: [],
  serviceNames: { dcs: { name: 'Demo Cloud Server', reason: 'none printed' } },
};
const dcs = onlyCatalog(
  importTexts({ 'legacy-zh-table.txt': read('legacy-zh-table.txt') }, overrides),
).catalog;
const source = { file: FILE, updatedOn: '2025-01-27', sha256: FIXTURE_HASH };
const operationApis: OperationApis[] = [
  {
    operation: 'Creating a server',
    apis: [{ catalogId: 'dcs-1.1', apiId: 'POST /v1/{project_id}/servers' }],
    reason: 'the create API',
  },
  {
    operation: 'Deleting a server',
    apis: [{ catalogId: 'dcs-1.1', apiId: 'GET /v2/{project_id}/tags' }],
    reason: 'stands in for the delete API',
  },
];
const build = (entries: readonly OperationApis[]) =>
  buildSystemPolicies([{ file: FILE, text: read(FILE), source }], [dcs], entries);
const { file, problems } = build(operationApis);

describe('system policies', () => {
  it('keeps each documented policy with its description, kind and exact document', () => {
    expect(
      file.policies.map((policy) => [policy.id, policy.kind, policy.model, policy.provenance]),
    ).toEqual([
      ['dcs-fullaccess', 'policy', '1.1', 'documented'],
      ['scp-fullaccess', 'scp', '5.0', 'modelled'],
      ['server-admin', 'role', '1.1', 'documented'],
    ]);
    const admin = file.policies.find((policy) => policy.id === 'server-admin');
    expect(admin).toEqual({
      id: 'server-admin',
      name: 'Server Admin',
      kind: 'role',
      policyType: 'identity',
      model: '1.1',
      description: 'Full permissions for DCS.\nUse together with the Tenant Guest role.',
      document: { Version: '1.1', Statement: [{ Action: ['dcs:*:*'], Effect: 'Allow' }] },
      provenance: 'documented',
      source: at(71),
    });
    expect(Object.keys((admin?.document as { Statement: object[] }).Statement[0] ?? {})).toEqual([
      'Action',
      'Effect',
    ]);
  });

  it("keeps the policy's column of the common-operations table, with the cells' notes", () => {
    const full = file.policies.find((policy) => policy.id === 'dcs-fullaccess');
    expect(full?.operationSupport).toEqual([
      { operation: 'Creating a server', supported: true },
      { operation: 'Deleting a server', supported: false, note: 'needs approval' },
    ]);
    expect(full?.description).toBe('Administrator permissions for DCS.');
  });

  it('gives each table row the APIs the hand-kept map names, with its reason and row', () => {
    expect(problems).toEqual([]);
    expect(file.documentedOperations).toEqual([
      { ...operationApis[0], source: at(39) },
      { ...operationApis[1], source: at(43) },
    ]);
  });

  it('stops on a row the map lacks, an entry no table has and an API its catalog lacks', () => {
    const result = build([
      {
        operation: 'Creating a server',
        apis: [{ catalogId: 'dcs-1.1', apiId: 'DELETE /nowhere' }],
        reason: 'r',
      },
      { operation: 'Rebooting a server', apis: operationApis[0]?.apis ?? [], reason: 'r' },
    ]);
    expect(result.problems).toEqual([
      'system-policy-operations.json: `Creating a server` names `DELETE /nowhere`, which is not an API of `dcs-1.1`',
      `system-policy-operations.json: no entry for \`Deleting a server\` (${FILE}:43)`,
      'system-policy-operations.json: `Rebooting a server` is not an operation of any documented table',
    ]);
  });

  it('adds the modelled default SCP FullAccess', () => {
    expect(file.policies.find((policy) => policy.id === 'scp-fullaccess')?.document).toEqual({
      Version: '5.0',
      Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }],
    });
  });

  it("warns about action names and patterns the catalogs do not hold, on the policy's page", () => {
    expect(file.warnings).toEqual([]);
    const full = file.policies.find((policy) => policy.id === 'dcs-fullaccess');
    expect(full?.warnings).toEqual([
      {
        code: 'ACTION_NOT_IN_CATALOG',
        message: '`DCS FullAccess`: `dcs:servers:delete` is not an action of `dcs-1.1`',
        subject: 'dcs:servers:delete',
        source: at(58),
      },
      {
        code: 'ACTION_NOT_IN_CATALOG',
        message: '`DCS FullAccess`: `dcs:server:setTags` is not an action of `dcs-1.1`',
        subject: 'dcs:server:setTags',
        source: at(59),
      },
      {
        code: 'SUSPECT_RESOURCE_SEGMENT',
        message:
          '`DCS FullAccess`: `dcs:server:setTags` uses the segment `server` where other actions use `servers`; kept as printed',
        subject: 'dcs:server:setTags',
        source: at(59),
      },
      {
        code: 'PATTERN_MATCHES_NO_ACTION',
        message: '`DCS FullAccess`: `dcs:disks:*` matches no action of `dcs-1.1`',
        subject: 'dcs:disks:*',
        source: at(62),
      },
    ]);
    expect(file.sources).toEqual([source]);
  });

  it('reports a policy document that is not valid JSON instead of throwing', () => {
    const broken = 'X Policy Content\n\n{\n  "Version": "1.1",\n';
    const result = buildSystemPolicies(
      [{ file: 'b.txt', text: broken, source: { file: 'b.txt', sha256: FIXTURE_HASH } }],
      [],
      [],
    ).file;
    expect(result.policies.map((policy) => policy.id)).toEqual(['scp-fullaccess']);
    expect(result.warnings?.map((warning) => [warning.code, warning.source.line])).toEqual([
      ['POLICY_JSON_INVALID', 3],
    ]);
  });
});
