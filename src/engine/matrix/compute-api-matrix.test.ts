import { describe, expect, it } from 'vitest';
import type { PolicyInput } from '../evaluate/evaluation-types';
import { testCatalog } from './testing/test-catalog';
import { computeApiMatrix as computeColumns } from './compute-api-matrix';
import { matrixTable } from './matrix-rows';
import type { ApiMatrixInput } from './matrix-types';

/** The matrix with its rows materialised, as the CLI and the panel read it. */
const computeApiMatrix = (input: ApiMatrixInput) =>
  matrixTable(computeColumns(input), input.catalogs);
import { diffPolicySets } from './diff-policy-sets';

const ecs = testCatalog(
  'ecs',
  '5.0',
  [
    { name: 'ecs:cloudServers:list' },
    { name: 'ecs:cloudServers:create', resourceTypes: ['instance'] },
    { name: 'ecs:cloudServers:delete', resourceTypes: ['instance'] },
  ],
  [
    { id: 'GET /servers', action: 'ecs:cloudServers:list' },
    {
      id: 'POST /servers',
      action: 'ecs:cloudServers:create',
      dependencies: [
        'vpc:subnets:get',
        { action: 'evs:volumes:create', condition: 'with a data disk' },
      ],
    },
    { id: 'DELETE /servers', action: 'ecs:cloudServers:delete' },
  ],
);
const vpc = testCatalog(
  'vpc',
  '5.0',
  [{ name: 'vpc:subnets:get' }],
  [{ id: 'GET /subnets', action: 'vpc:subnets:get' }],
);
const legacyEcs = testCatalog(
  'ecs',
  '1.1',
  [{ name: 'ecs:servers:list' }],
  [{ id: 'GET /servers', action: 'ecs:servers:list' }],
);
const catalogs = [ecs, vpc, legacyEcs];

const policy = (statements: object[], version = '5.0'): PolicyInput => ({
  id: `p${JSON.stringify(statements).length}`,
  text: JSON.stringify({ Version: version, Statement: statements }),
});

function statusOf(
  matrix: ReturnType<typeof computeApiMatrix>,
  apiId: string,
  catalogId = 'ecs-5.0',
) {
  return matrix.rows.find((row) => row.apiId === apiId && row.catalogId === catalogId);
}

describe('computeApiMatrix', () => {
  it('allows an API whose action and dependencies are all allowed', () => {
    const matrix = computeApiMatrix({
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['*'] }])],
      scps: [],
      catalogs,
    });
    expect(matrix.rows.map((r) => r.status)).toEqual(['allowed', 'allowed', 'allowed', 'allowed']);
    expect(matrix.counts.allowed).toBe(4);
  });

  it('names the dependencies an allowed API is missing, with their conditions', () => {
    const matrix = computeApiMatrix({
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['ecs:*'] }])],
      scps: [],
      catalogs,
    });
    const row = statusOf(matrix, 'POST /servers');
    expect(row).toMatchObject({
      status: 'allowed-missing-dependencies',
      missingDependencies: ['vpc:subnets:get'],
      missingConditionalDependencies: [
        { action: 'evs:volumes:create', condition: 'with a data disk' },
      ],
    });
    expect(row?.reason).toBe(
      '`ecs:cloudServers:create` is allowed but not its dependencies `vpc:subnets:get`, `evs:volumes:create` (with a data disk)',
    );
  });

  describe('a dependency the catalog says is "required only for" some calls', () => {
    // As IMS's 1.1 tables print it: `ims:serverImages:create（仅企业项目迁移需要）`.
    const ims = testCatalog(
      'ims',
      '1.1',
      [{ name: 'ims:images:update' }, { name: 'ims:serverImages:create' }],
      [
        {
          id: 'PATCH /v2/cloudimages/{image_id}',
          action: 'ims:images:update',
          dependencies: [
            'ims:images:get',
            { action: 'ims:serverImages:create', condition: '仅企业项目迁移需要' },
          ],
        },
      ],
    );
    const rowFor = (actions: string[]) =>
      computeApiMatrix({
        identityPolicies: [policy([{ Effect: 'Allow', Action: actions }], '1.1')],
        scps: [],
        catalogs: [ims],
      }).rows[0];

    it('leaves the API conditional when only it is denied, naming the situation', () => {
      expect(rowFor(['ims:images:update', 'ims:images:get'])).toMatchObject({
        status: 'conditional',
        missingDependencies: [],
        missingConditionalDependencies: [
          { action: 'ims:serverImages:create', condition: '仅企业项目迁移需要' },
        ],
        reason:
          '`ims:images:update` is allowed but not its conditional dependencies `ims:serverImages:create` (仅企业项目迁移需要)',
      });
    });

    it('keeps the API allowed when it is allowed too', () => {
      expect(rowFor(['ims:images:*', 'ims:serverImages:create'])).toMatchObject({
        status: 'allowed',
        missingConditionalDependencies: [],
      });
    });

    it('does not outweigh a dependency the API always needs', () => {
      expect(rowFor(['ims:images:update'])).toMatchObject({
        status: 'allowed-missing-dependencies',
        missingDependencies: ['ims:images:get'],
        missingConditionalDependencies: [
          { action: 'ims:serverImages:create', condition: '仅企业项目迁移需要' },
        ],
      });
    });

    it('lists nothing missing while the API itself is denied', () => {
      expect(rowFor(['ims:images:get'])).toMatchObject({
        status: 'implicit-deny',
        missingDependencies: [],
        missingConditionalDependencies: [],
      });
    });
  });

  it('uses the deny label of the API action', () => {
    const matrix = computeApiMatrix({
      identityPolicies: [
        policy([
          { Effect: 'Allow', Action: ['*'] },
          { Effect: 'Deny', Action: ['ecs:*:delete'] },
        ]),
      ],
      scps: [[policy([{ Effect: 'Allow', Action: ['ecs:*', 'vpc:*'] }])]],
      catalogs,
    });
    expect(statusOf(matrix, 'DELETE /servers')?.status).toBe('explicit-deny');
    expect(statusOf(matrix, 'GET /servers')?.status).toBe('allowed');
    // Only `evs:volumes:create`, needed with a data disk, is outside the SCP allow-list.
    expect(statusOf(matrix, 'POST /servers')?.status).toBe('conditional');
    expect(statusOf(matrix, 'GET /subnets', 'vpc-5.0')?.status).toBe('allowed');
  });

  it('reports APIs outside the SCP allow-list as denied by SCP', () => {
    const matrix = computeApiMatrix({
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['*'] }])],
      scps: [[policy([{ Effect: 'Allow', Action: ['vpc:*'] }])]],
      catalogs,
    });
    expect(statusOf(matrix, 'GET /servers')).toMatchObject({
      status: 'denied-by-scp',
      reason: 'no SCP at level 0 allows `ecs:cloudServers:list`',
    });
  });

  it('treats a Resource covering the whole type as allowing, and Resource `*`-less actions as not', () => {
    const matrix = computeApiMatrix({
      identityPolicies: [
        policy([
          {
            Effect: 'Allow',
            Action: ['ecs:*', 'vpc:*', 'evs:*'],
            Resource: ['ecs:*:*:instance:*'],
          },
        ]),
      ],
      scps: [],
      catalogs,
    });
    expect(statusOf(matrix, 'DELETE /servers')?.status).toBe('allowed');
    expect(statusOf(matrix, 'GET /servers')?.status).toBe('implicit-deny');
  });

  it('leaves an API conditional when a narrower Resource may or may not cover the call', () => {
    const matrix = computeApiMatrix({
      identityPolicies: [
        policy([{ Effect: 'Allow', Action: ['ecs:*'], Resource: ['ecs:*:*:instance:i-dev*'] }]),
      ],
      scps: [],
      catalogs,
    });
    expect(statusOf(matrix, 'DELETE /servers')).toMatchObject({
      status: 'conditional',
      reason: 'allowed only if the resource matches ecs:*:*:instance:i-dev*',
    });
  });

  it('evaluates conditions with the given context, or leaves them open', () => {
    const input = {
      identityPolicies: [
        policy([
          {
            Effect: 'Allow',
            Action: ['*'],
            Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
          },
        ]),
      ],
      scps: [],
      catalogs,
    };
    expect(
      statusOf(
        computeApiMatrix({ ...input, context: { 'g:EnterpriseProjectId': '0' } }),
        'GET /servers',
      )?.status,
    ).toBe('allowed');
    expect(statusOf(computeApiMatrix(input), 'GET /servers')?.status).toBe('implicit-deny');
    expect(
      statusOf(computeApiMatrix({ ...input, unknownContext: true }), 'GET /servers'),
    ).toMatchObject({
      status: 'conditional',
      reason: 'allowed only if g:EnterpriseProjectId is 0',
    });
  });

  it('uses only the catalogs of the policies own model', () => {
    const matrix = computeApiMatrix({
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['ecs:*:*'] }], '1.1')],
      scps: [],
      catalogs,
    });
    expect(matrix.model).toBe('1.1');
    expect(matrix.catalogIds).toEqual(['ecs-1.1']);
    expect(matrix.rows).toHaveLength(1);
  });

  it('restricts rows to the chosen services but still decides their dependencies', () => {
    const matrix = computeApiMatrix({
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['ecs:*', 'evs:*'] }])],
      scps: [],
      catalogs,
      services: ['ECS'],
    });
    expect(matrix.catalogIds).toEqual(['ecs-5.0']);
    expect(matrix.actions.find((a) => a.action === 'vpc:subnets:get')?.decision).toBe(
      'implicit-deny',
    );
  });

  it('decides a dependency written in another case under its own name, like the catalog action', () => {
    const api = testCatalog(
      'api',
      '5.0',
      [{ name: 'api:things:get' }],
      [{ id: 'GET /things', action: 'api:things:get', dependencies: ['VPC:Subnets:Get'] }],
    );
    const matrix = computeApiMatrix({
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['api:*', 'vpc:subnets:get'] }])],
      scps: [],
      catalogs: [api, vpc],
    });
    expect(matrix.actions.map((a) => a.action)).toEqual([
      'api:things:get',
      'vpc:subnets:get',
      'VPC:Subnets:Get',
    ]);
    expect(matrix.rows[0]?.dependencies).toEqual([
      { action: 'VPC:Subnets:Get', decision: 'allow' },
    ]);
    expect(matrix.rows[0]?.status).toBe('allowed');
  });

  it('gives the same matrix when recomputed over the same catalog list as over a fresh one', () => {
    const first = {
      scps: [],
      catalogs,
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['ecs:*'] }])],
    };
    const second = {
      ...first,
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['vpc:*', 'evs:*'] }])],
    };
    computeApiMatrix(first);
    expect(computeApiMatrix(second)).toEqual(
      computeApiMatrix({ ...second, catalogs: [...catalogs] }),
    );
    const fewer = catalogs.filter((catalog) => catalog !== vpc);
    expect(computeApiMatrix({ ...second, catalogs: fewer }).rows).toHaveLength(3);
  });
});

describe('diffPolicySets', () => {
  const base = { scps: [], catalogs };
  it('lists newly allowed and newly denied APIs and actions with reasons', () => {
    const before = {
      ...base,
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['ecs:*'] }])],
    };
    const after = {
      ...base,
      identityPolicies: [
        policy([
          { Effect: 'Allow', Action: ['ecs:*', 'vpc:*', 'evs:*'] },
          { Effect: 'Deny', Action: ['ecs:*:delete'] },
        ]),
      ],
    };
    const diff = diffPolicySets(before, after);
    expect(diff.apis.newlyAllowed.map((c) => c.id).sort()).toEqual([
      'GET /subnets',
      'POST /servers',
    ]);
    expect(diff.apis.newlyDenied.map((c) => c.id)).toEqual(['DELETE /servers']);
    expect(diff.apis.newlyDenied[0]?.reason).toMatch(
      /^allowed → explicit-deny: denied by statement 2/,
    );
    expect(diff.actions.newlyAllowed.map((c) => c.action).sort()).toEqual([
      'evs:volumes:create',
      'vpc:subnets:get',
    ]);
  });

  it('compares one set under two SCP chains', () => {
    const identityPolicies = [policy([{ Effect: 'Allow', Action: ['*'] }])];
    const diff = diffPolicySets(
      { ...base, identityPolicies },
      {
        ...base,
        identityPolicies,
        scps: [
          [
            policy([
              { Effect: 'Allow', Action: ['*'] },
              { Effect: 'Deny', Action: ['vpc:*'] },
            ]),
          ],
        ],
      },
    );
    expect(diff.apis.newlyDenied.map((c) => c.after)).toEqual(['denied-by-scp']);
    expect(diff.apis.changed.map((c) => [c.id, c.after])).toEqual([
      ['POST /servers', 'allowed-missing-dependencies'],
    ]);
  });

  it('joins a 1.1 set and a 5.0 set on the API: status and action under each', () => {
    const legacy = {
      ...base,
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['ecs:servers:list'] }], '1.1')],
    };
    const current = {
      ...base,
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['ecs:cloudServers:create'] }])],
    };
    const diff = diffPolicySets(legacy, current);
    // GET /servers is in both models: allowed by the 1.1 action, not by the 5.0 policy.
    expect(diff.apis.newlyDenied).toEqual([
      expect.objectContaining({
        id: 'GET /servers',
        catalogId: 'ecs-5.0',
        beforeAction: 'ecs:servers:list',
        action: 'ecs:cloudServers:list',
        before: 'allowed',
        after: 'implicit-deny',
      }),
    ]);
    // POST /servers exists only in the 5.0 catalogs.
    expect(diff.apis.changed.map((c) => [c.id, c.before, c.after, c.beforeReason])).toEqual([
      [
        'POST /servers',
        'not-in-catalogs',
        'allowed-missing-dependencies',
        'the 1.1 catalogs have no API GET /POST /servers',
      ],
    ]);
    // The other way round, an API the 1.1 set allows that 5.0 lacks is listed; denied ones are not.
    const back = diffPolicySets(current, legacy);
    expect(back.apis.changed.map((c) => [c.id, c.before, c.after])).toEqual([
      ['POST /servers', 'allowed-missing-dependencies', 'not-in-catalogs'],
    ]);
    expect(back.apis.newlyAllowed.map((c) => c.id)).toEqual(['GET /servers']);
  });

  it('reports nothing for identical sets', () => {
    const input = { ...base, identityPolicies: [policy([{ Effect: 'Allow', Action: ['ecs:*'] }])] };
    const diff = diffPolicySets(input, input);
    expect([...Object.values(diff.apis), ...Object.values(diff.actions)].flat()).toEqual([]);
  });
});
