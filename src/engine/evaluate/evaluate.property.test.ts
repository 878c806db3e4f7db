/**
 * Properties of evaluation over generated policy sets: robustness on arbitrary JSON, monotonicity
 * of Deny and Allow, the neutrality of FullAccess SCP levels, NotAction as a complement, and
 * agreement between the explained and the indexed evaluation paths.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandActionPattern } from '../match/action';
import { batchLineToInput, formatStatementRef } from './batch-line';
import { compilePolicySet } from './compile-policy-set';
import { decideRequest, evaluateRequest, type EvaluateRequestInput } from './evaluate-request';
import type { Decision, EvaluationRequest } from './evaluation-types';
import { FULL_ACCESS_SCP_DOCUMENT } from './full-access-scp';

const ACTIONS = [
  'ecs:servers:list',
  'ecs:servers:delete',
  'evs:volumes:create',
  'iam:users:getUser',
  'obs:bucket:list',
];
const actionPattern = fc.constantFrom(
  ...ACTIONS,
  '*',
  'ecs:*',
  'ECS:Servers:LIST',
  '*:*:list',
  'ev?:*',
  'iam:*:get*',
  'obs:*',
);
const resourcePattern = fc.constantFrom(
  '*',
  'ecs:*:*:servers:*',
  'ecs:r1:123:servers:s-1',
  'obs:*:*:bucket:b*',
);
const conditionBlock = fc.dictionary(
  fc.constantFrom(
    'StringEquals',
    'StringNotEquals',
    'ForAnyValue:StringEquals',
    'ForAllValues:StringEquals',
    'StringEqualsIfExists',
    'Null',
    'Bool',
    'NumberLessThan',
  ),
  fc.dictionary(
    fc.constantFrom('k1', 'K2', 'g:TagKeys'),
    fc.array(fc.constantFrom('a', 'b', 'true', '5'), { minLength: 1, maxLength: 2 }),
    { minKeys: 1, maxKeys: 2 },
  ),
  { maxKeys: 2 },
);

const statement = (effect: fc.Arbitrary<string>) =>
  fc.record(
    {
      Effect: effect,
      Action: fc.array(actionPattern, { minLength: 1, maxLength: 3 }),
      Resource: fc.array(resourcePattern, { minLength: 1, maxLength: 2 }),
      Condition: conditionBlock,
    },
    { requiredKeys: ['Effect', 'Action'] },
  );
const anyStatement = statement(fc.constantFrom('Allow', 'Deny'));
const policyDoc = fc
  .array(anyStatement, { minLength: 1, maxLength: 3 })
  .map((s) => ({ Version: '5.0', Statement: s }));
/** Aliases of the same and of other services, so the index must merge services' statements. */
const alias = fc.constantFrom('ecs:servers:remove', 'OBS:Bucket:List', 'iam:users:get', 'vpc:x:y');
const request: fc.Arbitrary<EvaluationRequest> = fc.record({
  action: fc.constantFrom(...ACTIONS),
  aliases: fc.array(alias, { maxLength: 2 }),
  resource: fc.constantFrom(
    '*',
    'ecs:r1:123:servers:s-1',
    'ecs:r2:9:servers:s-2',
    'obs:*:*:bucket:bx',
  ),
  context: fc.dictionary(
    fc.constantFrom('k1', 'k2', 'g:TagKeys'),
    fc.oneof(
      fc.constantFrom('a', 'b', 'true', '3'),
      fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }),
    ),
  ),
});
interface Scenario {
  identityPolicies: object[];
  scps: object[][];
  request: EvaluationRequest;
  options: { unknownContext: boolean };
}
const scenario: fc.Arbitrary<Scenario> = fc.record({
  identityPolicies: fc.array(policyDoc, { maxLength: 3 }),
  scps: fc.oneof(
    fc.constant<object[][]>([]),
    fc.array(fc.array(policyDoc, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
  ),
  request,
  options: fc.record({ unknownContext: fc.boolean() }),
});

const RANK: Record<Decision, number> = {
  allow: 2,
  conditional: 1,
  'explicit-deny': 0,
  'implicit-deny': 0,
  'denied-by-scp': 0,
};
const input = (s: Scenario): EvaluateRequestInput => batchLineToInput({ id: 'p', ...s });
const decisionOf = (s: Scenario): Decision => evaluateRequest(input(s)).decision;

describe('evaluation properties', () => {
  it('never throws on arbitrary JSON, and always answers with a decision', () => {
    const decisions = new Set([
      'allow',
      'explicit-deny',
      'implicit-deny',
      'denied-by-scp',
      'conditional',
    ]);
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.jsonValue(),
        fc.jsonValue(),
        fc.jsonValue(),
        (policies, scps, req, options) => {
          const line = {
            id: 'x',
            identityPolicies: policies,
            scps,
            request: req,
            options,
          } as never;
          expect(decisions.has(evaluateRequest(batchLineToInput(line)).decision)).toBe(true);
          expect(decisions.has(evaluateRequest(line).decision)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on policy-shaped documents with arbitrary values', () => {
    const loose = fc.dictionary(
      fc.constantFrom(
        'Version',
        'Statement',
        'Effect',
        'Action',
        'NotAction',
        'Resource',
        'NotResource',
        'Condition',
        'Sid',
      ),
      fc.jsonValue(),
    );
    const doc = fc.record({
      Version: fc.jsonValue(),
      Statement: fc.oneof(fc.array(loose), loose, fc.jsonValue()),
    });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 2 }), request, (docs, req) => {
        const result = evaluateRequest(
          batchLineToInput({ id: 'x', identityPolicies: docs, scps: [docs], request: req }),
        );
        expect(typeof result.summary).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('adding a Deny never widens access', () => {
    fc.assert(
      fc.property(scenario, statement(fc.constant('Deny')), fc.boolean(), (s, deny, toScp) => {
        const withDeny =
          toScp && s.scps.length > 0
            ? {
                ...s,
                scps: [
                  ...s.scps.slice(0, -1),
                  [...(s.scps.at(-1) ?? []), { Version: '5.0', Statement: [deny] }],
                ],
              }
            : {
                ...s,
                identityPolicies: [...s.identityPolicies, { Version: '5.0', Statement: [deny] }],
              };
        expect(RANK[decisionOf(withDeny)]).toBeLessThanOrEqual(RANK[decisionOf(s)]);
      }),
      { numRuns: 300 },
    );
  });

  it('an unconditional Deny of the requested action always denies', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const deny = {
          Version: '5.0',
          Statement: [{ Effect: 'Deny', Action: [s.request.action] }],
        };
        const decision = decisionOf({ ...s, identityPolicies: [...s.identityPolicies, deny] });
        expect(['explicit-deny', 'denied-by-scp']).toContain(decision);
      }),
      { numRuns: 300 },
    );
  });

  it('adding an Allow never narrows access', () => {
    fc.assert(
      fc.property(scenario, statement(fc.constant('Allow')), fc.nat(3), (s, allow, where) => {
        const doc = { Version: '5.0', Statement: [allow] };
        const level = where % Math.max(1, s.scps.length);
        const withAllow =
          where > 0 && s.scps.length > 0
            ? { ...s, scps: s.scps.map((l, i) => (i === level ? [...l, doc] : l)) }
            : { ...s, identityPolicies: [...s.identityPolicies, doc] };
        expect(RANK[decisionOf(withAllow)]).toBeGreaterThanOrEqual(RANK[decisionOf(s)]);
      }),
      { numRuns: 300 },
    );
  });

  it('a FullAccess SCP level changes nothing, wherever it is inserted', () => {
    fc.assert(
      fc.property(scenario, fc.nat(3), (s, at) => {
        const position = at % (s.scps.length + 1);
        const scps = [
          ...s.scps.slice(0, position),
          [FULL_ACCESS_SCP_DOCUMENT],
          ...s.scps.slice(position),
        ];
        const before = evaluateRequest(input(s));
        const after = evaluateRequest(input({ ...s, scps }));
        expect(after.decision).toBe(before.decision);
        // Positional SCP ids shift when a level is inserted; the statements themselves must not.
        const located = (result: typeof before) =>
          result.decisive.map(({ layer, effect, statementIndex, range }) => ({
            layer,
            effect,
            statementIndex,
            range,
          }));
        expect(located(after)).toEqual(located(before));
      }),
      { numRuns: 300 },
    );
  });

  it('NotAction allows exactly the complement of the expanded action set over a catalog', () => {
    const catalog = [
      ...ACTIONS.map((name) => ({ name, aliases: [] })),
      { name: 'ecs:servers:get', aliases: [] },
      { name: 'vpc:subnets:list', aliases: [] },
      { name: 'iam:groups:getGroup', aliases: ['iam:groups:list'] },
      { name: 'eip:publicIps:list', aliases: ['ecs:publicIps:list'] },
    ];
    fc.assert(
      fc.property(fc.array(actionPattern, { minLength: 1, maxLength: 3 }), (patterns) => {
        const set = compilePolicySet({
          identityPolicies: [
            {
              id: 'p',
              text: JSON.stringify({
                Version: '5.0',
                Statement: [{ Effect: 'Allow', NotAction: patterns }],
              }),
            },
          ],
          scps: [],
        });
        const excluded = new Set(patterns.flatMap((p) => expandActionPattern(p, catalog)));
        const allowed = catalog.filter(
          (action) =>
            decideRequest(set, { action: action.name, aliases: action.aliases }).decision ===
            'allow',
        );
        expect(allowed).toEqual(catalog.filter((action) => !excluded.has(action)));
      }),
    );
  });

  it('the indexed fast path agrees with the explained evaluation', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const full = evaluateRequest(input(s));
        const fast = decideRequest(compilePolicySet(input(s)), s.request, s.options);
        expect(fast.decision).toBe(full.decision);
        expect(fast.decisive.map(formatStatementRef).sort()).toEqual(
          full.decisive.map(formatStatementRef).sort(),
        );
        expect([...fast.residualSentences].sort()).toEqual([...full.residualSentences].sort());
      }),
      { numRuns: 500 },
    );
  });
});
