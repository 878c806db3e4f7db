import { describe, expect, it } from 'vitest';
import { resolveOperator } from '../engine';
import { operatorAssumptions } from './describe-operator';

describe('operatorAssumptions', () => {
  it.each([
    ['DateLessThan', true],
    ['ForAnyValue:DateGreaterThanEqualsIfExists', true],
    ['NumberLessThan', false],
    ['StringEquals', false],
  ])('%s names date-without-zone-utc: %s', (name, expected) => {
    const resolved = resolveOperator(name);
    if (!resolved.ok) throw new Error(`${name} does not resolve`);
    expect(operatorAssumptions(resolved).includes('date-without-zone-utc')).toBe(expected);
  });
});
