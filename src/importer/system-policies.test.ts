import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
const file = buildSystemPolicies([{ file: FILE, text: read(FILE), source }], [dcs]);

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

  it('lists the common operations a policy supports', () => {
    const full = file.policies.find((policy) => policy.id === 'dcs-fullaccess');
    expect(full?.commonOperations).toEqual(['Creating a server']);
    expect(full?.description).toBe('Administrator permissions for DCS.');
  });

  it('adds the modelled default SCP FullAccess', () => {
    expect(file.policies.find((policy) => policy.id === 'scp-fullaccess')?.document).toEqual({
      Version: '5.0',
      Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }],
    });
  });

  it('warns about action names and patterns the catalogs do not hold, at their lines', () => {
    expect(file.warnings).toEqual([
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
    );
    expect(result.policies.map((policy) => policy.id)).toEqual(['scp-fullaccess']);
    expect(result.warnings?.map((warning) => [warning.code, warning.source.line])).toEqual([
      ['POLICY_JSON_INVALID', 3],
    ]);
  });
});
