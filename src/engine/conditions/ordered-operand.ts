/** Shared shape of the number and date families: parse both sides, then compare as numbers. */
import type { CompiledOperand } from './condition-types';

export type Comparison = 'eq' | 'lt' | 'le' | 'gt' | 'ge';

const COMPARE: Record<Comparison, (v: number, p: number) => boolean> = {
  eq: (v, p) => v === p,
  lt: (v, p) => v < p,
  le: (v, p) => v <= p,
  gt: (v, p) => v > p,
  ge: (v, p) => v >= p,
};

/**
 * Compiles policy values with `parse` (which returns `null` for invalid text). Invalid policy
 * values never match; an invalid request value is `unparseable` (assumption
 * `unparseable-value-false`).
 */
export function orderedOperand(
  policyValues: readonly string[],
  parse: (text: string) => number | null,
  comparison: Comparison,
): CompiledOperand {
  const parsed: number[] = [];
  const invalidPolicyValues: string[] = [];
  for (const text of policyValues) {
    const value = parse(text);
    if (value === null) invalidPolicyValues.push(text);
    else parsed.push(value);
  }
  const compare = COMPARE[comparison];
  return {
    test: (text) => {
      const value = parse(text);
      if (value === null) return 'unparseable';
      return parsed.some((p) => compare(value, p)) ? 'match' : 'no-match';
    },
    invalidPolicyValues,
  };
}
