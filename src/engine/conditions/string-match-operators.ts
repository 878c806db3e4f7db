/** StringMatch / StringNotMatch: case-sensitive globs with `*` and `?` (reference §7.2). */
import { compileWildcard } from '../match/wildcard';
import type { CompiledOperand, OperatorDefinition } from './condition-types';

function globOperand(policyValues: readonly string[]): CompiledOperand {
  const matchers = policyValues.map((p) => compileWildcard(p, { ignoreCase: false }));
  return {
    test: (value) => (matchers.some((m) => m.test(value)) ? 'match' : 'no-match'),
    invalidPolicyValues: [],
  };
}

const base = {
  family: 'string-match',
  valueType: 'string',
  ignoreCase: false,
  verb: 'matches',
  negatedVerb: 'does not match',
  compile: globOperand,
} as const;

export const STRING_MATCH_OPERATORS: readonly OperatorDefinition[] = [
  { ...base, name: 'StringMatch', negated: false },
  { ...base, name: 'StringNotMatch', negated: true },
];
