import { describe, expect, it } from 'vitest';
import type { OperatorDefinition } from './condition-types';
import { resolveOperator } from './registry';

function definition(written: string): OperatorDefinition {
  const resolved = resolveOperator(written);
  if (!resolved.ok) throw new Error(resolved.message);
  return resolved.definition;
}

describe('operators that are not evaluated', () => {
  it.each([
    [
      'IsNull',
      'legacy-null-operator',
      'legacy operator `IsNull` is not evaluated (replaced by `Null`)',
      [],
    ],
    [
      'NumericLessThan',
      'unconfirmed-operator',
      'operator `NumericLessThan` is not documented for Huawei Cloud and is not evaluated',
      ['unconfirmed-operators-not-evaluated'],
    ],
    [
      'ForAllValues:ArnLikeIfExists',
      'unconfirmed-operator',
      'operator `ForAllValues:ArnLikeIfExists` is not documented for Huawei Cloud and is not evaluated',
      ['unconfirmed-operators-not-evaluated'],
    ],
    ['StringEqual', 'unknown-operator', 'unknown operator `StringEqual`', []],
    ['StringEqualsIfExistz', 'unknown-operator', 'unknown operator `StringEqualsIfExistz`', []],
    [
      'ForAnyValue:stringEquals',
      'unknown-operator',
      'unknown operator `ForAnyValue:stringEquals` (operator names are case-sensitive: `StringEquals`)',
      ['operator-name-case-sensitive'],
    ],
  ])('`%s` is refused as %s: "%s"', (written, problem, message, assumptions) => {
    expect(resolveOperator(written)).toEqual({ ok: false, written, problem, message, assumptions });
  });
});

describe("the operand each operator family compiles from a condition's policy values", () => {
  // The operand answers in the operator's positive form; negation is the evaluator's business.
  it.each([
    ['StringEquals', ['alice'], 'alice', 'match'],
    ['StringEquals', ['alice'], 'bob', 'no-match'],
    ['StringStartWith', ['dev-'], 'prod-1', 'no-match'],
    ['StringMatch', ['dev-*'], 'prod-1', 'no-match'],
    ['StringNotMatch', ['dev-*'], 'dev-1', 'match'],
    ['NumberLessThan', ['10'], '11', 'no-match'],
    ['NumberLessThan', ['10'], 'ten', 'unparseable'],
    ['DateLessThan', ['2025-01-01T00:00:00Z'], '2026-01-01T00:00:00Z', 'no-match'],
    ['Bool', ['true'], 'false', 'no-match'],
    ['Bool', ['true'], 'yes', 'unparseable'],
    ['IpAddress', ['10.0.0.0/8'], '11.0.0.1', 'no-match'],
    ['NotIpAddress', ['10.0.0.0/8'], '10.0.0.1', 'match'],
    ['IpAddress', ['10.0.0.0/8'], '10.1', 'unparseable'],
  ])('%s %j tests `%s` as %s', (operator, policyValues, value, expected) => {
    expect(definition(operator).compile(policyValues).test(value)).toBe(expected);
  });

  it.each([
    ['StringEquals', ['', '*', '${g:UserName}'], []],
    ['StringEndWith', ['', '.com'], []],
    ['StringMatch', ['', '*', 'a?c'], []],
    ['NumberEquals', ['10', 'ten', '0x10'], ['ten', '0x10']],
    ['DateGreaterThan', ['2025-01-01', '2025-02-30'], ['2025-02-30']],
    ['Bool', ['true', 'False', 'yes'], ['yes']],
    ['IpAddress', ['10.0.0.0/8', '10.0.0.0/33', '10.1'], ['10.0.0.0/33', '10.1']],
  ])('%s finds the invalid policy values among %j: %j', (operator, policyValues, invalid) => {
    expect(definition(operator).compile(policyValues).invalidPolicyValues).toEqual(invalid);
  });
});
