/**
 * Null (reference §7.2): `true` asks that the key be absent (or null), `false` that it be present.
 * The operand is tested against the key's absence written as a boolean, so several policy values
 * combine by OR like every other operator.
 */
import { BOOL_OPERATORS } from './bool-operator';
import type { OperatorDefinition } from './condition-types';

const boolCompile = (BOOL_OPERATORS[0] as OperatorDefinition).compile;

/** The text the Null operand is tested with: whether the key is absent. */
export function absenceAsText(present: boolean): string {
  return present ? 'false' : 'true';
}

export const NULL_OPERATORS: readonly OperatorDefinition[] = [
  {
    name: 'Null',
    family: 'null',
    negated: false,
    valueType: 'existence',
    ignoreCase: true,
    verb: 'is absent',
    negatedVerb: 'is present',
    compile: boolCompile,
  },
];
