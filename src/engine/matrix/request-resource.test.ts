import { describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../../catalog/catalog-types';
import { evaluateRequest } from '../evaluate/evaluate-request';
import type { PolicyInput } from '../evaluate/evaluation-types';
import { testCatalog } from './testing/test-catalog';
import { computeApiMatrix } from './compute-api-matrix';
import { matrixVerdicts } from './matrix-rows';
import { unnamedResource } from './request-resource';

const ecs = testCatalog(
  'ecs',
  '5.0',
  [
    { name: 'ecs:cloudServers:list' },
    { name: 'ecs:cloudServers:get', resourceTypes: ['instance'] },
    { name: 'ecs:cloudServers:attach', resourceTypes: ['instance', 'volume'] },
  ],
  [
    { id: 'list', action: 'ecs:cloudServers:list' },
    { id: 'get', action: 'ecs:cloudServers:get', dependencies: ['ecs:other:unlisted'] },
    { id: 'attach', action: 'ecs:cloudServers:attach' },
  ],
);
// Of `attach`'s two types only `instance` is required.
const attach = ecs.actions[2] as ServiceCatalog['actions'][number];
attach.resourceTypes = [
  { type: 'instance', required: true },
  { type: 'volume', required: false },
];
const legacy = testCatalog('ecs', '1.1', [{ name: 'ecs:cloudServers:get' }], []);
const catalogs = [ecs, legacy];

const policy = (statements: object[]): PolicyInput => ({
  id: 'p',
  text: JSON.stringify({ Version: '5.0', Statement: statements }),
});

describe('unnamedResource', () => {
  it('names `*` for an action without resource types', () => {
    expect(unnamedResource(catalogs, '5.0', 'ecs:cloudServers:list')).toEqual({ resource: '*' });
  });

  it("names the action's required types, the catalog's name found ignoring case", () => {
    expect(unnamedResource(catalogs, '5.0', 'ECS:cloudservers:get')).toEqual({
      resourceOfTypes: ['instance'],
    });
    expect(unnamedResource(catalogs, '5.0', 'ecs:cloudServers:attach')).toEqual({
      resourceOfTypes: ['instance'],
    });
  });

  it('reads only the catalogs of the policy model', () => {
    expect(unnamedResource(catalogs, '1.1', 'ecs:cloudServers:get')).toEqual({ resource: '*' });
  });

  it('leaves the type open for an action no catalog lists', () => {
    expect(unnamedResource(catalogs, '5.0', 'ecs:other:unlisted')).toEqual({
      resourceOfTypes: null,
    });
  });
});

describe('a request naming no resource is decided as its API matrix verdict', () => {
  const policies: [string, object[]][] = [
    [
      'Allow on the whole type',
      [{ Effect: 'Allow', Action: ['ecs:*'], Resource: ['ecs:*:*:instance:*'] }],
    ],
    [
      'Allow on a narrower pattern',
      [{ Effect: 'Allow', Action: ['ecs:*'], Resource: ['ecs:cn-north-4:*:instance:*'] }],
    ],
    [
      'Allow on another type',
      [{ Effect: 'Allow', Action: ['ecs:*'], Resource: ['ecs:*:*:volume:*'] }],
    ],
    ['Allow without Resource', [{ Effect: 'Allow', Action: ['ecs:*'] }]],
    ['NotResource', [{ Effect: 'Allow', Action: ['ecs:*'], NotResource: ['ecs:*:*:volume:*'] }]],
  ];
  it.each(policies)('%s', (_, statements) => {
    const identityPolicies = [policy(statements)];
    const matrix = computeApiMatrix({ identityPolicies, scps: [], catalogs });
    for (const verdict of matrixVerdicts(matrix)) {
      const result = evaluateRequest({
        identityPolicies,
        scps: [],
        request: { action: verdict.action, ...unnamedResource(catalogs, '5.0', verdict.action) },
      });
      expect(result.decision, verdict.action).toBe(verdict.decision);
    }
  });

  it('lists the assumption only where a Resource element met the unnamed resource', () => {
    const request = { action: 'ecs:cloudServers:get', resourceOfTypes: ['instance'] };
    const typed = evaluateRequest({
      identityPolicies: [policy(policies[0]?.[1] ?? [])],
      scps: [],
      request,
    });
    expect(typed.decision).toBe('allow');
    expect(typed.assumptions).toContain('unnamed-resource-of-action-types');
    const untyped = evaluateRequest({
      identityPolicies: [policy([{ Effect: 'Allow', Action: ['ecs:*'] }])],
      scps: [],
      request,
    });
    expect(untyped.assumptions).not.toContain('unnamed-resource-of-action-types');
  });

  it('takes a malformed list of types for no list at all (requests come from JSON)', () => {
    const result = evaluateRequest({
      identityPolicies: [
        policy([{ Effect: 'Allow', Action: ['*'], Resource: ['ecs:*:*:instance:*'] }]),
      ],
      scps: [],
      request: JSON.parse('{"action":"ecs:cloudServers:get","resourceOfTypes":[1]}'),
    });
    expect(result.decision).toBe('implicit-deny');
  });
});
