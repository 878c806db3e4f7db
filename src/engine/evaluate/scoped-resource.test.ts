import { describe, expect, it } from 'vitest';
import type { AssumptionId } from '../assumptions';
import { compilePolicySet } from './compile-policy-set';
import { decideRequest, evaluateRequest } from './evaluate-request';
import type { Decision, EvaluationRequest, PolicyInput } from './evaluation-types';
import { scopedUrn, type ResourceScope } from '../matrix/scoped-urn';

const policy = (statements: object[]): PolicyInput => ({
  id: 'p',
  text: JSON.stringify({ Version: '5.0', Statement: statements }),
});

const allowOn = (resource?: string) => [
  {
    Effect: 'Allow',
    Action: ['ecs:cloudServers:*'],
    ...(resource ? { Resource: [resource] } : {}),
  },
];

const instance = (scope: ResourceScope): EvaluationRequest => ({
  action: 'ecs:cloudServers:start',
  scopedResource: scopedUrn(null, 'ecs', 'instance', scope),
});

const TEMPLATE: AssumptionId = 'scoped-urn-template';
const UNKNOWN: AssumptionId = 'scoped-urn-unknown-segment';

describe('a request whose resource comes from a resource scope', () => {
  it.each<[string, object[], EvaluationRequest, Decision, AssumptionId[]]>([
    [
      'a whole-type pattern, empty scope',
      allowOn('ecs:*:*:instance:*'),
      instance({}),
      'allow',
      [TEMPLATE],
    ],
    [
      'a region pattern, region unknown',
      allowOn('ecs:cn-north-4:*:instance:*'),
      instance({}),
      'conditional',
      [TEMPLATE, UNKNOWN],
    ],
    [
      'a region pattern, region given',
      allowOn('ecs:cn-north-4:*:instance:*'),
      instance({ region: 'cn-north-4' }),
      'allow',
      [TEMPLATE],
    ],
    [
      'a region pattern, another region given',
      allowOn('ecs:cn-north-4:*:instance:*'),
      instance({ region: 'eu-west-0' }),
      'implicit-deny',
      [TEMPLATE],
    ],
    [
      'a pattern of another type',
      allowOn('ecs:*:*:volume:*'),
      instance({}),
      'implicit-deny',
      [TEMPLATE],
    ],
    ['`*`', allowOn('*'), instance({}), 'allow', [TEMPLATE]],
    ['no Resource element', allowOn(), instance({}), 'allow', []],
    [
      'a statement about another action',
      [{ Effect: 'Allow', Action: ['ims:*'], Resource: ['ims:cn-north-4:*:image:*'] }],
      instance({}),
      'implicit-deny',
      [],
    ],
    [
      'a region pattern on a plain URN',
      allowOn('ecs:cn-north-4:*:instance:*'),
      { action: 'ecs:cloudServers:start', resource: 'ecs:cn-north-4:1:instance:i' },
      'allow',
      [],
    ],
  ])('%s: %s, listing %j of the scope assumptions', (_, statements, request, decision, listed) => {
    const input = { identityPolicies: [policy(statements)], scps: [], request };
    const result = evaluateRequest(input);
    expect(result.decision).toBe(decision);
    expect(result.assumptions.filter((id) => id.startsWith('scoped-urn-'))).toEqual(listed);
    expect(decideRequest(compilePolicySet(input), request).decision).toBe(decision);
  });

  it('says which known segment rules a pattern out, and what an open one leaves to require', () => {
    const regional = allowOn('ecs:cn-north-4:*:instance:*');
    const pinned = evaluateRequest({
      identityPolicies: [policy(regional)],
      scps: [],
      request: instance({ region: 'eu-west-0' }),
    });
    expect(pinned.identity[0]?.statements[0]?.resource).toEqual({
      applies: 'false',
      reason: 'region-mismatch',
      pattern: 'ecs:cn-north-4:*:instance:*',
    });
    const open = evaluateRequest({
      identityPolicies: [policy(regional)],
      scps: [],
      request: instance({ accountId: '1' }),
    });
    expect(open.residualSentences).toEqual([
      'allowed only if the resource matches ecs:cn-north-4:*:instance:* (the region and resource ID of ecs:*:1:instance:* are not given)',
    ]);
  });

  it('ignores a scoped resource that is not shaped like one and reads `resource` instead', () => {
    const result = evaluateRequest({
      identityPolicies: [policy(allowOn('ecs:cn-north-4:*:instance:*'))],
      scps: [],
      request: {
        action: 'ecs:cloudServers:start',
        resource: 'ecs:cn-north-4:1:instance:i',
        scopedResource: JSON.parse(
          '{"text":"x","segments":[1]}',
        ) as EvaluationRequest['scopedResource'],
      },
    });
    expect(result.decision).toBe('allow');
    expect(result.assumptions).not.toContain(TEMPLATE);
  });
});
