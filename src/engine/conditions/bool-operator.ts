/** Bool (reference §7.2): `true` / `false`, compared case-insensitively. */
import type { CompiledOperand, OperatorDefinition } from './condition-types';

/** `true`/`false` (any case) as a boolean; `null` for anything else. */
export function parseBool(text: string): boolean | null {
  const lower = text.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : null;
}

function boolOperand(policyValues: readonly string[]): CompiledOperand {
  const wanted = new Set<boolean>();
  const invalidPolicyValues: string[] = [];
  for (const text of policyValues) {
    const value = parseBool(text);
    if (value === null) invalidPolicyValues.push(text);
    else wanted.add(value);
  }
  return {
    test: (text) => {
      const value = parseBool(text);
      if (value === null) return 'unparseable';
      return wanted.has(value) ? 'match' : 'no-match';
    },
    invalidPolicyValues,
  };
}

export const BOOL_OPERATORS: readonly OperatorDefinition[] = [
  {
    name: 'Bool',
    family: 'bool',
    negated: false,
    valueType: 'boolean',
    ignoreCase: true,
    verb: 'is',
    negatedVerb: 'is not',
    compile: boolOperand,
  },
];
