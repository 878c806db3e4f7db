/**
 * String comparison operators (reference §7.2). StringEquals and StringNotEquals are
 * case-sensitive; every other string operator ignores case. StringLike is the 1.1 *substring*
 * test, not a glob (assumption `legacy-string-operators-in-v5` when used in 5.0 policies).
 */
import type { CompiledOperand, OperatorDefinition } from './condition-types';

type Relation = (value: string, policyValue: string) => boolean;

function exactOperand(policyValues: readonly string[], ignoreCase: boolean): CompiledOperand {
  const wanted = new Set(ignoreCase ? policyValues.map((v) => v.toLowerCase()) : policyValues);
  return {
    test: (value) => (wanted.has(ignoreCase ? value.toLowerCase() : value) ? 'match' : 'no-match'),
    invalidPolicyValues: [],
  };
}

function relationOperand(policyValues: readonly string[], relation: Relation): CompiledOperand {
  const lowered = policyValues.map((v) => v.toLowerCase());
  return {
    test: (value) => {
      const v = value.toLowerCase();
      return lowered.some((p) => relation(v, p)) ? 'match' : 'no-match';
    },
    invalidPolicyValues: [],
  };
}

function stringPair(
  name: string,
  notName: string,
  ignoreCase: boolean,
  verb: string,
  negatedVerb: string,
  compile: (policyValues: readonly string[]) => CompiledOperand,
): OperatorDefinition[] {
  const base = {
    family: 'string',
    valueType: 'string',
    ignoreCase,
    verb,
    negatedVerb,
    compile,
  } as const;
  return [
    { ...base, name, negated: false },
    { ...base, name: notName, negated: true },
  ];
}

export const STRING_OPERATORS: readonly OperatorDefinition[] = [
  ...stringPair('StringEquals', 'StringNotEquals', false, 'equals', 'does not equal', (values) =>
    exactOperand(values, false),
  ),
  ...stringPair(
    'StringEqualsIgnoreCase',
    'StringNotEqualsIgnoreCase',
    true,
    'equals (ignoring case)',
    'does not equal (ignoring case)',
    (values) => exactOperand(values, true),
  ),
  ...stringPair(
    'StringStartWith',
    'StringNotStartWith',
    true,
    'starts with',
    'does not start with',
    (values) => relationOperand(values, (v, p) => v.startsWith(p)),
  ),
  ...stringPair(
    'StringEndWith',
    'StringNotEndWith',
    true,
    'ends with',
    'does not end with',
    (values) => relationOperand(values, (v, p) => v.endsWith(p)),
  ),
  ...stringPair('StringLike', 'StringNotLike', true, 'contains', 'does not contain', (values) =>
    relationOperand(values, (v, p) => v.includes(p)),
  ),
];

/** String operators whose 5.0 meaning is taken from the 1.1 documentation (reference §7.2). */
export const LEGACY_STRING_OPERATOR_NAMES: ReadonlySet<string> = new Set([
  'StringLike',
  'StringNotLike',
  'StringNotStartWith',
  'StringNotEndWith',
]);
