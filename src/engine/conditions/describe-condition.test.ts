import { describe, expect, it } from 'vitest';
import { parsedCondition } from './condition-test-helper';
import { describeRequirement, explainCondition } from './describe-condition';
import { compileCondition, evaluateCondition, type CompiledCondition } from './evaluate-condition';
import { prepareContext } from './request-context';

function compiled(operator: string, key: string, values: string[]): CompiledCondition {
  const result = compileCondition(parsedCondition(operator, key, values), '5.0');
  if ('problem' in result) throw new Error(result.message);
  return result;
}

const U = 'g:UserName';
const T = 'g:TagKeys';
const V = 'obs:SourceVpc';

describe('the sentence explaining an evaluated condition', () => {
  it.each([
    [
      'StringEquals',
      U,
      ['alice'],
      { [U]: 'alice' },
      'value-matched',
      '`g:UserName` is `alice`, which equals `alice`',
    ],
    [
      'StringEquals',
      U,
      ['alice', 'bob'],
      { [U]: 'carol' },
      'no-value-matched',
      '`g:UserName` is `carol`, which does not equal one of `alice`, `bob`',
    ],
    [
      'StringNotEquals',
      U,
      ['alice', 'bob'],
      { [U]: 'bob' },
      'value-excluded',
      '`g:UserName` is `bob`, which equals one of `alice`, `bob`',
    ],
    [
      'StringNotEquals',
      U,
      ['alice'],
      { [U]: 'carol' },
      'no-value-excluded',
      '`g:UserName` is `carol`, which does not equal `alice`',
    ],
    [
      'ForAnyValue:StringEquals',
      T,
      ['env'],
      { [T]: ['env', 'owner'] },
      'any-value-satisfied',
      'a value of `g:TagKeys` (`env`, `owner`) equals `env`',
    ],
    [
      'ForAnyValue:StringNotEquals',
      T,
      ['env', 'owner'],
      { [T]: ['env', 'cost'] },
      'any-value-satisfied',
      'a value of `g:TagKeys` (`env`, `cost`) does not equal one of `env`, `owner`',
    ],
    [
      'ForAnyValue:StringEquals',
      T,
      ['cost'],
      { [T]: ['env', 'owner'] },
      'no-value-satisfied',
      'no value of `g:TagKeys` (`env`, `owner`) equals `cost`',
    ],
    [
      'ForAllValues:StringEquals',
      T,
      ['env', 'owner'],
      { [T]: ['env'] },
      'all-values-satisfied',
      'every value of `g:TagKeys` (`env`) equals one of `env`, `owner`',
    ],
    [
      'ForAllValues:StringEquals',
      T,
      ['env'],
      { [T]: [] },
      'all-values-satisfied',
      'every value of `g:TagKeys` (no value) equals `env`',
    ],
    [
      'ForAllValues:StringEquals',
      T,
      ['env'],
      { [T]: ['env', 'cost'] },
      'some-value-unsatisfied',
      'not every value of `g:TagKeys` (`env`, `cost`) equals `env`',
    ],
    [
      'StringEndWithIfExists',
      U,
      ['-admin'],
      {},
      'key-absent-if-exists',
      '`g:UserName` is absent, so `StringEndWithIfExists` holds',
    ],
    [
      'ForAnyValue:StringEquals',
      T,
      ['env'],
      {},
      'key-absent-for-any-value',
      '`g:TagKeys` is absent, so `ForAnyValue:StringEquals` is false',
    ],
    [
      'ForAllValues:StringEquals',
      T,
      ['env'],
      {},
      'key-absent-for-all-values',
      '`g:TagKeys` is absent or empty, so `ForAllValues:StringEquals` is true',
    ],
    [
      'StringEquals',
      U,
      ['alice'],
      {},
      'key-absent-positive',
      '`g:UserName` is absent, so `StringEquals` is false',
    ],
    [
      'StringNotEquals',
      U,
      ['alice'],
      {},
      'key-absent-negated',
      '`g:UserName` is absent, so `StringNotEquals` is true',
    ],
    [
      'Null',
      V,
      ['true'],
      {},
      'null-key-absent',
      '`obs:SourceVpc` is absent; `Null` `true` requires it absent',
    ],
    [
      'Null',
      V,
      ['false'],
      {},
      'null-key-absent',
      '`obs:SourceVpc` is absent; `Null` `false` requires it present',
    ],
    [
      'Null',
      V,
      ['TRUE'],
      { [V]: 'vpc-1' },
      'null-key-present',
      '`obs:SourceVpc` is present (`vpc-1`); `Null` `TRUE` requires it absent',
    ],
    [
      'Null',
      V,
      ['false'],
      { [V]: 'vpc-1' },
      'null-key-present',
      '`obs:SourceVpc` is present (`vpc-1`); `Null` `false` requires it present',
    ],
    [
      'NumberLessThan',
      'obs:max-keys',
      ['10'],
      { 'obs:max-keys': 'ten' },
      'unparseable-request-value',
      '`obs:max-keys` is `ten`, which is not a valid number',
    ],
    [
      'IpAddress',
      'g:SourceIp',
      ['10.0.0.0/8'],
      { 'g:SourceIp': '10.1' },
      'unparseable-request-value',
      '`g:SourceIp` is `10.1`, which is not a valid ip address',
    ],
  ])(
    '%s on %s %j with context %j: %s, "%s"',
    (operator, key, values, context, reason, sentence) => {
      const condition = compiled(operator, key, values);
      const explanation = explainCondition(
        condition,
        evaluateCondition(condition, prepareContext(context, false)),
      );
      expect(explanation).toMatchObject({ reason, sentence });
    },
  );

  it('says what an unknown key would have to be (partial evaluation)', () => {
    const condition = compiled('ForAllValues:StringEquals', T, ['env', 'owner']);
    const explanation = explainCondition(
      condition,
      evaluateCondition(condition, prepareContext({}, true)),
    );
    expect(explanation).toMatchObject({
      reason: 'key-unknown',
      sentence:
        '`g:TagKeys` is not set, so the condition is unknown: it holds only if every value of g:TagKeys is one of env, owner',
    });
  });
});

describe('the requirement a condition states', () => {
  it.each([
    ['Null', V, ['false'], 'obs:SourceVpc is present'],
    ['Null', V, ['TRUE'], 'obs:SourceVpc is absent'],
    ['Null', V, ['FALSE', 'True'], 'obs:SourceVpc is absent or present'],
    ['ForAllValues:StringNotEquals', T, ['secret'], 'every value of g:TagKeys is not secret'],
    ['StringEquals', U, ['alice', 'bob'], 'g:UserName is one of alice, bob'],
    [
      'NumberLessThanEqualsIfExists',
      'obs:max-keys',
      ['100'],
      'obs:max-keys is at most 100 (when present)',
    ],
  ])('%s on %s %j requires "%s"', (operator, key, values, requirement) => {
    expect(describeRequirement(compiled(operator, key, values))).toBe(requirement);
  });
});
