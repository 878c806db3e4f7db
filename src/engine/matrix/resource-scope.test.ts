import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../../catalog/catalog-types';
import { evaluateRequest } from '../evaluate/evaluate-request';
import type { PolicyInput } from '../evaluate/evaluation-types';
import { testCatalog } from './testing/test-catalog';
import { computeApiMatrix as computeColumns } from './compute-api-matrix';
import { matrixTable } from './matrix-rows';
import type { ApiMatrixInput } from './matrix-types';

/** The matrix with its rows materialised, as the CLI and the panel read it. */
const computeApiMatrix = (input: ApiMatrixInput) =>
  matrixTable(computeColumns(input), input.catalogs);
import type { ResourceScope } from './scoped-urn';
import { scopedUrn } from './scoped-urn';

const ecs = testCatalog(
  'ecs',
  '5.0',
  [{ name: 'ecs:cloudServers:start', resourceTypes: ['instance'] }, { name: 'ecs:quotas:list' }],
  [
    { id: 'POST /start', action: 'ecs:cloudServers:start' },
    { id: 'GET /quotas', action: 'ecs:quotas:list' },
  ],
);
const iam: ServiceCatalog = {
  ...testCatalog(
    'iam',
    '5.0',
    [{ name: 'iam:users:get', resourceTypes: ['user'] }],
    [{ id: 'GET /users', action: 'iam:users:get' }],
  ),
  resourceTypes: [
    {
      name: 'user',
      urnPatterns: ['iam::<account-id>:user:<user-id>'],
      source: { file: 't', line: 1 },
    },
  ],
};
const catalogs = [ecs, iam];

const policy = (statements: object[]): PolicyInput => ({
  id: 'p',
  text: JSON.stringify({ Version: '5.0', Statement: statements }),
});

function startRow(statements: object[], resourceScope?: ResourceScope) {
  const matrix = computeApiMatrix({
    identityPolicies: [policy(statements)],
    scps: [],
    catalogs,
    ...(resourceScope ? { resourceScope } : {}),
  });
  return matrix.rows.find((row) => row.apiId === 'POST /start');
}

const allowOn = (resource: string) => [
  { Effect: 'Allow', Action: ['ecs:*'], Resource: [resource] },
];

describe('computeApiMatrix with a resource scope', () => {
  it.each([
    ['ecs:cn-north-4:*:instance:*', {}, 'conditional'],
    ['ecs:cn-north-4:*:instance:*', { region: 'cn-north-4' }, 'allowed'],
    ['ecs:cn-north-4:*:instance:*', { region: 'cn-south-1' }, 'implicit-deny'],
    ['ecs:cn-*:*:instance:*', { region: 'cn-south-1' }, 'allowed'],
    ['ecs:cn-north-4:acct1:instance:*', { region: 'cn-north-4' }, 'conditional'],
    ['ecs:cn-north-4:acct1:instance:*', { region: 'cn-north-4', accountId: 'acct1' }, 'allowed'],
    ['ecs:cn-north-4:acct1:instance:*', { accountId: 'acct2' }, 'implicit-deny'],
    ['ecs:*:*:instance:i-1', { region: 'cn-north-4', accountId: 'acct1' }, 'conditional'],
    ['ecs:*:*:instance:i-1', { resourceId: 'i-1' }, 'allowed'],
    [
      'ecs:*:*:instance:i-1',
      { resourceId: 'i-1', resourceIds: { INSTANCE: 'i-2' } },
      'implicit-deny',
    ],
    ['ecs:*:*:volume:*', { region: 'cn-north-4' }, 'implicit-deny'],
    ['ecs:*:*:instance:*', { region: 'cn-north-4' }, 'allowed'],
    ['ecs:*:*:instance:*', { region: '  ' }, 'allowed'],
    // Another service's URNs never hold this action's resource, with or without a scope.
    ['obs:*:*:instance:*', {}, 'implicit-deny'],
    ['obs:*:*:instance:*', { accountId: 'acct1' }, 'implicit-deny'],
    ['ECS:*:*:instance:*', {}, 'allowed'],
    ['e?s:*:*:instance:*', {}, 'allowed'],
    ['*:*:*:instance:*', {}, 'allowed'],
  ] as const)('Resource %s under scope %j: %s', (resource, scope, status) => {
    expect(startRow(allowOn(resource), scope)?.status).toBe(status);
  });

  it('names the URN and the parts still unknown when the scope leaves the API conditional', () => {
    const row = startRow(allowOn('ecs:cn-north-4:acct1:instance:*'), { region: 'cn-north-4' });
    expect(row?.reason).toBe(
      'allowed only if the resource matches ecs:cn-north-4:acct1:instance:* (the account ID and resource ID of ecs:cn-north-4:*:instance:* are not given)',
    );
  });

  it('names the URN it evaluated when nothing allows the action there', () => {
    const row = startRow(allowOn('ecs:cn-north-4:*:instance:*'), { region: 'cn-south-1' });
    expect(row?.reason).toBe(
      'no statement allows `ecs:cloudServers:start` on `ecs:cn-south-1:*:instance:*`',
    );
  });

  it("does not take another service's whole type for this action's resource", () => {
    const statements = [
      { Effect: 'Allow', Action: ['ecs:*'], Resource: ['obs:*:*:instance:*'] },
      { Effect: 'Allow', Action: ['ecs:*'], Resource: ['ecs:cn-*:*:instance:*'] },
    ];
    // The seed a property run found: the OBS pattern made the unscoped row `allowed`.
    expect(startRow(statements)?.status).toBe('conditional');
    expect(startRow(statements, { accountId: 'a1' })?.status).toBe('conditional');
    const single = evaluateRequest({
      identityPolicies: [policy(statements.slice(0, 1))],
      scps: [],
      request: { action: 'ecs:cloudServers:start', resourceOfTypes: ['instance'] },
    });
    expect(single.decision).toBe('implicit-deny');
    expect(single.identity[0]?.statements[0]?.resource).toMatchObject({
      applies: 'false',
      reason: 'service-mismatch',
      pattern: 'obs:*:*:instance:*',
    });
  });

  it('leaves actions without resource types on `*`', () => {
    const matrix = computeApiMatrix({
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['ecs:*'], Resource: ['*'] }])],
      scps: [],
      catalogs,
      resourceScope: { region: 'cn-north-4' },
    });
    expect(matrix.rows.find((row) => row.apiId === 'GET /quotas')?.status).toBe('allowed');
  });

  it("builds the URN from the catalog's pattern, keeping its fixed segments", () => {
    expect(scopedUrn(iam, 'iam', 'user', { region: 'cn-north-4', accountId: 'a1' })).toEqual({
      text: 'iam::a1:user:*',
      segments: ['iam', '', 'a1', 'user', null],
    });
    const matrix = computeApiMatrix({
      identityPolicies: [
        policy([{ Effect: 'Allow', Action: ['iam:*'], Resource: ['iam:cn-north-4:*:user:*'] }]),
      ],
      scps: [],
      catalogs,
      resourceScope: { accountId: 'a1' },
    });
    expect(matrix.rows.find((row) => row.apiId === 'GET /users')?.status).toBe('implicit-deny');
  });
});

describe('resource scope properties', () => {
  const regions = ['cn-north-4', 'cn-south-1'];
  const accounts = ['a1', 'a2'];
  const ids = ['i-1', 'i-2'];
  const pattern = fc
    .tuple(
      fc.constantFrom('ecs', 'ECS', '*', 'e?s', 'obs'),
      fc.constantFrom('*', 'cn-north-4', 'cn-*', 'cn-south-1', '?n-north-4', ''),
      fc.constantFrom('*', 'a1', 'a?', 'a2'),
      fc.constantFrom('instance', '*', 'volume', 'INST*'),
      fc.constantFrom('*', 'i-1', 'i-*', 'i-2'),
    )
    .map((segments) => segments.join(':'));
  const statement = fc.record({
    Effect: fc.constantFrom('Allow', 'Deny'),
    Action: fc.constant(['ecs:*']),
    Resource: fc.array(pattern, { minLength: 1, maxLength: 2 }),
  });
  const statements = fc.array(statement, { minLength: 1, maxLength: 3 });
  const fullScope = fc.record({
    region: fc.constantFrom(...regions),
    accountId: fc.constantFrom(...accounts),
    resourceId: fc.constantFrom(...ids),
  });
  const keep = fc.record({
    region: fc.boolean(),
    accountId: fc.boolean(),
    resourceId: fc.boolean(),
  });
  const part = (
    scope: Required<Pick<ResourceScope, 'region' | 'accountId' | 'resourceId'>>,
    kept: Record<'region' | 'accountId' | 'resourceId', boolean>,
  ): ResourceScope => ({
    region: kept.region ? scope.region : '',
    accountId: kept.accountId ? scope.accountId : '',
    resourceId: kept.resourceId ? scope.resourceId : '',
  });

  it('filling in more of the scope never turns a definite status into `conditional`', () => {
    fc.assert(
      fc.property(statements, fullScope, keep, keep, (written, scope, less, extra) => {
        const more = {
          region: less.region || extra.region,
          accountId: less.accountId || extra.accountId,
          resourceId: less.resourceId || extra.resourceId,
        };
        const before = startRow(written, part(scope, less))?.status;
        const after = startRow(written, part(scope, more))?.status;
        if (before !== 'conditional') expect(after).not.toBe('conditional');
      }),
    );
  });

  it('a full scope decides as the single request on the URN it builds', () => {
    fc.assert(
      fc.property(statements, fullScope, (written, scope) => {
        const urn = scopedUrn(ecs, 'ecs', 'instance', scope).text;
        const single = evaluateRequest({
          identityPolicies: [policy(written)],
          scps: [],
          request: { action: 'ecs:cloudServers:start', resource: urn, context: {} },
        });
        expect(startRow(written, scope)?.actionDecision).toBe(single.decision);
      }),
    );
  });
});
