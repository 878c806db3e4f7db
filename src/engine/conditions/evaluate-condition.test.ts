import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check, parsedCondition } from './condition-test-helper';
import { describeRequirement, explainCondition } from './describe-condition';
import { compileCondition, evaluateCondition, type CompiledCondition } from './evaluate-condition';
import { prepareContext } from './request-context';
import { resolveOperator } from './registry';

function compiled(operator: string, key: string, values: string[]): CompiledCondition {
  const result = compileCondition(parsedCondition(operator, key, values), '5.0');
  if ('problem' in result) throw new Error(result.message);
  return result;
}

describe('missing keys', () => {
  it.each([
    ['StringEquals', 'false', 'key-absent-positive'],
    ['StringNotEquals', 'true', 'key-absent-negated'],
    ['NotIpAddress', 'true', 'key-absent-negated'],
    ['Bool', 'false', 'key-absent-positive'],
    ['StringEqualsIfExists', 'true', 'key-absent-if-exists'],
    ['ForAnyValue:StringEquals', 'false', 'key-absent-for-any-value'],
    ['ForAllValues:StringEquals', 'true', 'key-absent-for-all-values'],
    ['ForAnyValue:StringEqualsIfExists', 'true', 'key-absent-if-exists'],
  ])('an absent key under %s gives %s', (operator, result, reason) => {
    const outcome = check(operator, 'g:TagKeys', ['a'], {});
    expect(outcome).toMatchObject({ result, reason, requestValues: null });
  });

  it('names the assumption each missing-key rule rests on', () => {
    expect(check('StringEquals', 'k', ['a'], {}).assumptions).toContain(
      'missing-key-plain-operator',
    );
    expect(check('ForAllValues:StringEquals', 'k', ['a'], {}).assumptions).toContain(
      'missing-key-for-all-values',
    );
    expect(check('ForAnyValue:StringEqualsIfExists', 'k', ['a'], {}).assumptions).toContain(
      'if-exists-before-set-prefix',
    );
    expect(check('ForAnyValue:StringEquals', 'k', ['a'], {}).assumptions).toEqual([]);
    expect(check('StringEqualsIfExists', 'k', ['a'], {}).assumptions).toEqual([]);
  });

  it('evaluates IfExists normally when the key is present', () => {
    expect(check('StringEndWithIfExists', 'k', ['.x'], { k: 'a.y' }).result).toBe('false');
    expect(check('StringEndWithIfExists', 'k', ['.x'], { k: 'a.x' }).result).toBe('true');
  });
});

describe('Null', () => {
  it.each([
    [['true'], {}, 'true'],
    [['true'], { k: 'v' }, 'false'],
    [['false'], {}, 'false'],
    [['false'], { k: 'v' }, 'true'],
    [['FALSE'], { k: '' }, 'true'],
    [['true', 'false'], {}, 'true'],
  ])('Null %j with context %j is %s', (values, context, expected) => {
    expect(check('Null', 'k', values, context as Record<string, string>).result).toBe(expected);
  });

  it('has no IfExists form', () => {
    expect(resolveOperator('NullIfExists')).toMatchObject({
      ok: false,
      problem: 'unknown-operator',
    });
  });
});

describe('set operators and multi-valued keys', () => {
  const tags = (...values: string[]) => ({ 'g:TagKeys': values });
  it.each([
    ['ForAnyValue:StringEquals', ['env'], tags('env', 'owner'), 'true'],
    ['ForAnyValue:StringEquals', ['cost'], tags('env', 'owner'), 'false'],
    ['ForAllValues:StringEquals', ['env', 'owner'], tags('env', 'owner'), 'true'],
    ['ForAllValues:StringEquals', ['env'], tags('env', 'owner'), 'false'],
    ['ForAllValues:StringEquals', ['env'], tags(), 'true'],
    ['ForAnyValue:StringEquals', ['env'], tags(), 'false'],
    ['ForAnyValue:StringNotEquals', ['Alice', 'Jack'], tags('Alice'), 'false'],
    ['ForAnyValue:StringNotEquals', ['Alice', 'Jack'], tags('Alice', 'Bob'), 'true'],
    ['ForAllValues:StringNotEquals', ['secret'], tags('env', 'owner'), 'true'],
    ['ForAllValues:StringNotEquals', ['secret'], tags('env', 'secret'), 'false'],
    ['StringEquals', ['owner'], tags('env', 'owner'), 'true'],
    ['StringNotEquals', ['owner'], tags('env', 'owner'), 'false'],
    ['StringNotEquals', ['cost'], tags('env', 'owner'), 'true'],
    ['ForAllValues:NumberLessThan', ['10'], { n: ['1', 'x'] }, 'false'],
  ])('%s %j against %j is %s', (operator, values, context, expected) => {
    const key = Object.keys(context)[0] ?? 'g:TagKeys';
    expect(check(operator, key, values, context).result).toBe(expected);
  });

  it.each([
    ['NumberLessThan', { n: ['x', '20'] }, 'no-value-matched'],
    ['NumberLessThan', { n: ['x'] }, 'unparseable-request-value'],
    ['ForAllValues:NumberLessThan', { n: ['x', '20'] }, 'some-value-unsatisfied'],
    ['ForAnyValue:NumberLessThan', { n: [] }, 'no-value-satisfied'],
    ['NumberLessThan', { n: [] }, 'no-value-matched'],
  ])(
    'blames a failed %s on parsing only when no parseable value failed (%j: %s)',
    (operator, context, reason) => {
      expect(check(operator, 'n', ['10'], context)).toMatchObject({ result: 'false', reason });
    },
  );

  it('notes when a multi-valued request meets an operator without a set prefix', () => {
    expect(check('StringEquals', 'k', ['a'], { k: ['a', 'b'] }).assumptions).toContain(
      'multi-valued-without-prefix',
    );
    expect(check('StringEquals', 'k', ['a'], { k: ['a'] }).assumptions).not.toContain(
      'multi-valued-without-prefix',
    );
  });

  it('ForAllValues is the negation of ForAnyValue over the negated operator', () => {
    const value = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 4 }),
        fc.array(value, { minLength: 1, maxLength: 3 }),
        (req, pol) => {
          const all = check('ForAllValues:StringEquals', 'k', pol, { k: req }).result;
          const anyNot = check('ForAnyValue:StringNotEquals', 'k', pol, { k: req }).result;
          expect(all).toBe(anyNot === 'true' ? 'false' : 'true');
        },
      ),
    );
  });
});

describe('key names', () => {
  it('looks keys up case-insensitively and says so', () => {
    const outcome = check('StringEquals', 'g:username', ['alice'], { 'g:UserName': 'alice' });
    expect(outcome.result).toBe('true');
    expect(outcome.assumptions).toContain('condition-key-case-insensitive');
  });

  it('treats the tag-key part of tag keys case-insensitively', () => {
    const outcome = check('StringEquals', 'g:ResourceTag/Env', ['prod'], {
      'g:resourcetag/env': 'prod',
    });
    expect(outcome.result).toBe('true');
    expect(outcome.assumptions).toContain('tag-key-case-insensitive');
  });

  it('names a tag key that differs only in its family name a condition-key difference', () => {
    const outcome = check('StringEquals', 'g:ResourceTag/env', ['prod'], {
      'g:resourcetag/env': 'prod',
    });
    expect(outcome).toMatchObject({
      result: 'true',
      assumptions: ['condition-key-case-insensitive'],
    });
  });

  it('keeps values case-sensitive for StringEquals even on tag keys', () => {
    expect(
      check('ForAnyValue:StringEquals', 'g:TagKeys', ['Env'], { 'g:TagKeys': ['env'] }).result,
    ).toBe('false');
  });
});

describe('operator resolution', () => {
  it.each([
    ['ForAnyValue:StringNotEqualsIfExists', 'StringNotEquals', 'ForAnyValue', true],
    ['ForAllValues:NumberLessThan', 'NumberLessThan', 'ForAllValues', false],
    ['StringEqualsAnyOfIfExists', 'StringEquals', null, true],
    ['Null', 'Null', null, false],
  ])('resolves `%s`', (written, base, setPrefix, ifExists) => {
    expect(resolveOperator(written)).toMatchObject({
      ok: true,
      definition: { name: base },
      setPrefix,
      ifExists,
    });
  });

  it.each([
    ['IsNull', 'legacy-null-operator'],
    ['IsNotNullIfExists', 'legacy-null-operator'],
    ['IsNullOrEmpty', 'legacy-null-operator'],
    ['NumericEquals', 'unconfirmed-operator'],
    ['DateEquals', 'unconfirmed-operator'],
    ['ArnLike', 'unconfirmed-operator'],
    ['stringequals', 'unknown-operator'],
    ['StringEqual', 'unknown-operator'],
    ['ForSomeValues:StringEquals', 'unknown-operator'],
    ['', 'unknown-operator'],
  ])('refuses to evaluate `%s` (%s)', (written, problem) => {
    expect(resolveOperator(written)).toMatchObject({ ok: false, problem });
  });

  it('points at the documented spelling when only the case is wrong', () => {
    const resolved = resolveOperator('stringEquals');
    expect(resolved).toMatchObject({ ok: false, assumptions: ['operator-name-case-sensitive'] });
    expect(!resolved.ok && resolved.message).toContain('`StringEquals`');
  });
});

describe('partial evaluation', () => {
  it('leaves a condition on an unset key unknown and says what it requires', () => {
    const condition = compiled('StringEquals', 'g:EnterpriseProjectId', ['0']);
    const outcome = evaluateCondition(condition, prepareContext({}, true));
    expect(outcome.result).toBe('unknown');
    expect(describeRequirement(condition)).toBe('g:EnterpriseProjectId is 0');
  });

  it.each([
    ['Bool', 'ims:Encrypted', ['false'], 'ims:Encrypted is false'],
    ['StringNotEquals', 'g:UserName', ['a', 'b'], 'g:UserName is not any of a, b'],
    ['IpAddress', 'g:SourceIp', ['10.0.0.0/8'], 'g:SourceIp is in 10.0.0.0/8'],
    [
      'ForAnyValue:StringEquals',
      'g:TagKeys',
      ['env', 'x'],
      'some value of g:TagKeys is one of env, x',
    ],
    [
      'StringEndWithIfExists',
      'g:UserName',
      ['-admin'],
      'g:UserName ends with -admin (when present)',
    ],
    ['Null', 'obs:SourceVpc', ['true'], 'obs:SourceVpc is absent'],
    [
      'DateLessThan',
      'g:CurrentTime',
      ['2025-01-01T00:00:00Z'],
      'g:CurrentTime is before 2025-01-01T00:00:00Z',
    ],
  ])('%s on %s %j requires "%s"', (operator, key, values, sentence) => {
    expect(describeRequirement(compiled(operator, key, values))).toBe(sentence);
  });

  it('still decides keys that are set', () => {
    const condition = compiled('StringEquals', 'k', ['a']);
    expect(evaluateCondition(condition, prepareContext({ k: 'a' }, true)).result).toBe('true');
  });
});

describe('explanations', () => {
  it('carry the key, operator, both value lists, the result, a reason key and a sentence', () => {
    const condition = compiled('StringEquals', 'g:UserName', ['alice']);
    const explanation = explainCondition(
      condition,
      evaluateCondition(condition, prepareContext({ 'g:UserName': 'bob' }, false)),
    );
    expect(explanation).toMatchObject({
      key: 'g:UserName',
      operator: 'StringEquals',
      policyValues: ['alice'],
      requestValues: ['bob'],
      result: 'false',
      reason: 'no-value-matched',
    });
    expect(explanation.sentence).toBe('`g:UserName` is `bob`, which does not equal `alice`');
  });

  it('never throws on arbitrary contexts', () => {
    const condition = compiled('ForAllValues:IpAddress', 'g:SourceIp', ['10.0.0.0/8']);
    fc.assert(
      fc.property(fc.jsonValue(), (context) => {
        const outcome = evaluateCondition(
          condition,
          prepareContext({ 'g:SourceIp': context }, false),
        );
        expect(['true', 'false']).toContain(outcome.result);
        expect(typeof explainCondition(condition, outcome).sentence).toBe('string');
      }),
    );
  });
});
