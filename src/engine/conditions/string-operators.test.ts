import { describe, expect, it } from 'vitest';
import { check } from './condition-test-helper';

const K = 'g:UserName';

describe('string operators', () => {
  it.each([
    ['StringEquals', ['alice'], 'alice', 'true'],
    ['StringEquals', ['alice'], 'Alice', 'false'],
    ['StringEquals', ['bob', 'alice'], 'alice', 'true'],
    ['StringNotEquals', ['alice'], 'alice', 'false'],
    ['StringNotEquals', ['alice'], 'Alice', 'true'],
    ['StringNotEquals', ['bob', 'alice'], 'carol', 'true'],
    ['StringEqualsIgnoreCase', ['ALICE'], 'alice', 'true'],
    ['StringNotEqualsIgnoreCase', ['ALICE'], 'alice', 'false'],
    ['StringStartWith', ['dev-'], 'DEV-one', 'true'],
    ['StringStartWith', ['dev-'], 'prod-one', 'false'],
    ['StringNotStartWith', ['dev-'], 'Dev-one', 'false'],
    ['StringEndWith', ['.example.com'], 'a.EXAMPLE.com', 'true'],
    ['StringNotEndWith', ['.example.com'], 'a.example.org', 'true'],
    ['StringLike', ['lic'], 'ALICE', 'true'],
    ['StringLike', ['a*e'], 'alice', 'false'],
    ['StringLike', ['a*e'], 'a*e', 'true'],
    ['StringNotLike', ['lic'], 'bob', 'true'],
    ['StringMatch', ['a*e'], 'alice', 'true'],
    ['StringMatch', ['a?ice'], 'alice', 'true'],
    ['StringMatch', ['A*'], 'alice', 'false'],
    ['StringMatch', ['a.c'], 'abc', 'false'],
    ['StringNotMatch', ['a*'], 'alice', 'false'],
    ['StringNotMatch', ['a*'], 'bob', 'true'],
    ['StringEqualsAnyOf', ['x', 'alice'], 'alice', 'true'],
    ['StringNotEqualsAnyOf', ['x', 'alice'], 'alice', 'false'],
    ['StringStartWithAnyOf', ['x', 'al'], 'alice', 'true'],
  ])('%s %j against `%s` is %s', (operator, values, requestValue, expected) => {
    expect(check(operator, K, values, { [K]: requestValue }).result).toBe(expected);
  });

  it('compares policy variables literally', () => {
    const outcome = check('StringEquals', K, ['${g:UserName}'], { [K]: 'alice' });
    expect(outcome.result).toBe('false');
    expect(outcome.assumptions).toContain('policy-variables-literal');
    expect(check('StringEquals', K, ['${g:UserName}'], { [K]: '${g:UserName}' }).result).toBe(
      'true',
    );
    expect(check('StringEquals', K, ['bob', '${g:UserName}'], { [K]: 'bob' }).assumptions).toEqual([
      'policy-variables-literal',
    ]);
  });

  it('marks the legacy meaning of StringLike in 5.0 policies but not in 1.1 ones', () => {
    expect(check('StringLike', K, ['a'], { [K]: 'a' }).assumptions).toContain(
      'legacy-string-operators-in-v5',
    );
    expect(check('StringLike', K, ['a'], { [K]: 'a' }, { model: '1.1' }).assumptions).not.toContain(
      'legacy-string-operators-in-v5',
    );
  });
});
