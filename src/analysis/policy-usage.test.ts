import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileWildcard, readPolicyDocument } from '../engine';
import { policyArbitrary } from '../language/testing/builder-policy-arbitrary';
import { policyUsage } from './policy-usage';
import { policy } from '../features/evaluator/model/testing/fixture-catalog';

describe('policyUsage', () => {
  const available = ['ecs', 'evs', 'ims'];

  it('lists the services the actions name, expanding wildcards over the catalogs', () => {
    expect(
      policyUsage([policy([{ Effect: 'Allow', Action: ['IMS:images:get', 'e?s:*:*'] }])], available)
        .services,
    ).toEqual(['ecs', 'evs', 'ims']);
    expect(
      policyUsage([policy([{ Effect: 'Allow', Action: ['obs:object:get'] }])], available).services,
    ).toEqual([]);
  });

  it('treats NotAction as naming every service, and survives unreadable text', () => {
    const texts = [policy([{ Effect: 'Allow', NotAction: ['ims:*'] }]), '{ not json'];
    expect(policyUsage(texts, available).services).toEqual(available);
  });

  it('collects condition keys once, case-insensitively, with set operators marking lists', () => {
    const texts = [
      policy([
        { Effect: 'Allow', Action: ['ims:*'], Condition: { StringEquals: { 'g:UserName': 'a' } } },
      ]),
      policy([
        {
          Effect: 'Deny',
          Action: ['ims:*'],
          Condition: {
            'ForAllValues:StringEquals': { 'G:USERNAME': ['a'] },
            NumberLessThan: { 'g:Age': '3' },
          },
        },
      ]),
    ];
    expect(policyUsage(texts, available).keys).toEqual([
      { key: 'g:Age', setOperator: false, operatorType: 'number' },
      { key: 'g:UserName', setOperator: true, operatorType: 'string' },
    ]);
  });

  it('reads a pathologically nested text as mentioning nothing', () => {
    const deep = `{"Statement":${'['.repeat(200_000)}`;
    expect(policyUsage([deep], available)).toEqual({ services: [], keys: [] });
  });

  // The services and keys are what the engine's own reading of the policy names.
  it("agrees with the engine's parse on any policy, however laid out", () => {
    fc.assert(
      fc.property(policyArbitrary, fc.constantFrom(0, 2, '\t'), (document, indent) => {
        const text = JSON.stringify(document, null, indent);
        const parsed = readPolicyDocument(text).located.policy?.statements ?? [];
        const services = new Set<string>();
        const keys = new Set<string>();
        for (const statement of parsed) {
          if (statement.notAction) available.forEach((s) => services.add(s));
          for (const { value } of statement.action ?? []) {
            const prefix = value.split(':', 1)[0] ?? '';
            const matcher = compileWildcard(prefix, { ignoreCase: true });
            available.filter((s) => matcher.test(s)).forEach((s) => services.add(s));
          }
          for (const condition of statement.conditions ?? [])
            keys.add(condition.key.value.toLowerCase());
        }
        const usage = policyUsage([text], available);
        expect(usage.services).toEqual([...services].sort());
        expect(usage.keys.map((k) => k.key.toLowerCase()).sort()).toEqual([...keys].sort());
      }),
    );
  });
});
