import { describe, expect, it } from 'vitest';
import type { PolicyInput } from '../evaluate/evaluation-types';
import { testCatalog } from './testing/test-catalog';
import { computeApiMatrix } from './compute-api-matrix';
import { API_STATUSES, DECISIONS } from './fold-status';
import {
  matrixRowCount,
  matrixRowReader,
  matrixRows,
  matrixTable,
  matrixVerdicts,
} from './matrix-rows';
import type { ApiMatrixInput } from './matrix-types';
import rowsBeforeColumns from './testing/rows-before-columns.json';

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
        'VPC:Subnets:Get',
        'ecs:cloudServers:delete',
      ],
    },
    {
      id: 'DELETE /servers',
      action: 'ecs:cloudServers:delete',
      dependencies: [{ action: 'vpc:subnets:get', condition: 'sometimes' }],
    },
    { id: 'GET /odd', action: 'ECS:cloudservers:LIST', dependencies: ['nope:x:y'] },
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
const allowAll = policy([{ Effect: 'Allow', Action: ['*'] }]);
const epCondition = { StringEquals: { 'g:EnterpriseProjectId': ['0'] } };

/**
 * The inputs `testing/rows-before-columns.json` holds the matrices of, as the row builder that
 * preceded the columns produced them: missing and conditional dependencies, case variants, names
 * no catalog lists, SCP levels, a resource scope, a service filter, the 1.1 model, a broken policy.
 * Since then a denied dependency needed only in some situations leaves its API `conditional`
 * (listed apart, with its condition), and every matrix names its resource assumptions.
 */
const scenarios: Record<keyof typeof rowsBeforeColumns, ApiMatrixInput> = {
  'small-all': { identityPolicies: [allowAll], scps: [], catalogs },
  'small-mixed': {
    identityPolicies: [
      policy([
        { Effect: 'Allow', Action: ['ecs:*'] },
        { Effect: 'Deny', Action: ['vpc:*'] },
      ]),
    ],
    scps: [],
    catalogs,
  },
  'small-cond': {
    identityPolicies: [
      policy([
        { Effect: 'Allow', Action: ['*'], Condition: epCondition },
        { Effect: 'Allow', Action: ['ecs:*'] },
      ]),
    ],
    scps: [],
    catalogs,
    unknownContext: true,
  },
  'small-cond2': {
    identityPolicies: [
      policy([
        { Effect: 'Allow', Action: ['ecs:*'] },
        { Effect: 'Allow', Action: ['vpc:*'], Condition: epCondition },
      ]),
    ],
    scps: [],
    catalogs,
    unknownContext: true,
  },
  'small-scp': {
    identityPolicies: [allowAll],
    scps: [[policy([{ Effect: 'Allow', Action: ['ecs:*'] }])], []],
    catalogs,
  },
  'small-scp2': {
    identityPolicies: [allowAll],
    scps: [
      [
        policy([
          { Effect: 'Allow', Action: ['*'] },
          { Effect: 'Deny', Action: ['vpc:*'] },
        ]),
      ],
    ],
    catalogs,
  },
  'small-scope': {
    identityPolicies: [
      policy([
        { Effect: 'Allow', Action: ['*'], Resource: ['ecs:cn-north-4:*:instance:*'] },
        { Effect: 'Allow', Action: ['vpc:*'] },
      ]),
    ],
    scps: [],
    catalogs,
    resourceScope: { region: 'cn-north-4' },
  },
  'small-services': { identityPolicies: [allowAll], scps: [], catalogs, services: ['VPC'] },
  'small-legacy': {
    identityPolicies: [policy([{ Effect: 'Allow', Action: ['ecs:*'] }], '1.1')],
    scps: [],
    catalogs,
  },
  'small-bad': {
    identityPolicies: [{ id: 'x', text: '{"Version":"5.0","Statement":[' }],
    scps: [],
    catalogs,
  },
};
const named = Object.entries(scenarios) as [keyof typeof rowsBeforeColumns, ApiMatrixInput][];

describe('materialised matrix rows', () => {
  it.each(named)('equal what the row builder before the columns produced: %s', (name, input) => {
    // Compared as JSON: the CLI prints it, so key order and absent keys count too.
    const table = matrixTable(computeApiMatrix(input), input.catalogs);
    expect(JSON.parse(JSON.stringify(table))).toEqual(rowsBeforeColumns[name]);
    expect(Object.keys(table)).toEqual(Object.keys(rowsBeforeColumns[name]));
  });

  it.each(named)('read one at a time, equal the rows read all at once: %s', (_, input) => {
    const matrix = computeApiMatrix(input);
    const read = matrixRowReader(matrix, input.catalogs);
    const rows = matrixRows(matrix, input.catalogs);
    expect(rows).toHaveLength(matrixRowCount(matrix));
    rows.forEach((row, i) => expect(read(i)).toEqual(row));
  });

  it('are read only when asked for', () => {
    const matrix = computeApiMatrix(scenarios['small-mixed']);
    const read = matrixRowReader(matrix, catalogs);
    expect(read(3)).toMatchObject({ apiId: 'GET /odd', status: 'allowed-missing-dependencies' });
    expect(read(4)).toMatchObject({ catalogId: 'vpc-5.0', status: 'explicit-deny' });
    expect(() => read(5)).toThrow(RangeError);
    expect(() => read(-1)).toThrow(RangeError);
  });

  it('need the catalogs the matrix was computed over', () => {
    const matrix = computeApiMatrix(scenarios['small-all']);
    expect(() => matrixRows(matrix, [vpc])).toThrow(/`ecs-5.0`/);
    const fewerApis = { ...ecs, apis: ecs.apis.slice(1) };
    expect(() => matrixRowReader(matrix, [fewerApis, vpc])).toThrow(/`ecs-5.0`/);
    // A copy (as a worker receives) is as good as the list itself.
    expect(matrixRows(matrix, structuredClone(catalogs))).toEqual(matrixRows(matrix, catalogs));
  });
});

describe('matrix columns', () => {
  it.each(named)('agree with the rows, the counts and the verdicts: %s', (_, input) => {
    const matrix = computeApiMatrix(input);
    const rows = matrixRows(matrix, input.catalogs);
    const verdicts = matrixVerdicts(matrix);
    const { columns } = matrix;
    rows.forEach((row, r) => {
      expect(API_STATUSES[columns.status[r] as number]).toBe(row.status);
      expect(verdicts[columns.action[r] as number]?.action).toBe(row.action);
      const from = columns.dependencyStart[r] as number;
      const to = columns.dependencyStart[r + 1] as number;
      expect([...columns.dependencies.subarray(from, to)].map((v) => verdicts[v]?.action)).toEqual(
        row.dependencies.map((d) => d.action),
      );
    });
    for (const status of API_STATUSES)
      expect(matrix.counts[status]).toBe(rows.filter((row) => row.status === status).length);
  });

  it('survive a structured clone (a Web Worker posts the matrix as is)', () => {
    const input = scenarios['small-cond2'];
    const matrix = computeApiMatrix(input);
    const copy = structuredClone(matrix);
    expect(copy.columns.status).toBeInstanceOf(Uint8Array);
    expect(matrixTable(copy, input.catalogs)).toEqual(matrixTable(matrix, input.catalogs));
  });

  it("keep no reason for an implicit deny on `*`, and rebuild the engine's words on read", () => {
    const matrix = computeApiMatrix(scenarios['small-bad']);
    expect(matrix.verdicts.reason.every((reason) => reason === null)).toBe(true);
    expect(matrixVerdicts(matrix)[0]).toEqual({
      action: 'ecs:cloudServers:list',
      decision: 'implicit-deny',
      reason: 'no statement allows `ecs:cloudServers:list`',
      decisive: [],
    });
    // On a scoped URN the reason names the URN, so it is kept.
    const scoped = computeApiMatrix({
      ...scenarios['small-scope'],
      resourceScope: { region: 'eu-west-0' },
    });
    const create = scoped.verdicts.action.indexOf('ecs:cloudServers:create');
    expect(DECISIONS[scoped.verdicts.decision[create] as number]).toBe('implicit-deny');
    expect(scoped.verdicts.reason[create]).toMatch(/^no statement allows .* on `ecs:eu-west-0:/);
  });

  it('share one decisive list between verdicts decided by the same statements', () => {
    const { verdicts } = computeApiMatrix(scenarios['small-all']);
    expect(new Set(verdicts.decisive).size).toBe(1);
    expect(verdicts.decisive[0]).toHaveLength(1);
  });
});
