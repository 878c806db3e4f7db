/** Number operators (reference §7.2): values are decimal strings such as `10`, `-2.5`, `1e3`. */
import type { OperatorDefinition } from './condition-types';
import { orderedOperand, type Comparison } from './ordered-operand';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses a decimal number string strictly (no hex, no blanks, no `Infinity`); `null` if invalid. */
export function parseNumber(text: string): number | null {
  if (!DECIMAL.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function numberOperator(
  name: string,
  comparison: Comparison,
  verb: string,
  negatedVerb: string,
  negated = false,
): OperatorDefinition {
  return {
    name,
    family: 'number',
    negated,
    valueType: 'number',
    ignoreCase: false,
    verb,
    negatedVerb,
    compile: (values) => orderedOperand(values, parseNumber, comparison),
  };
}

export const NUMBER_OPERATORS: readonly OperatorDefinition[] = [
  numberOperator('NumberEquals', 'eq', 'equals', 'does not equal'),
  numberOperator('NumberNotEquals', 'eq', 'equals', 'does not equal', true),
  numberOperator('NumberLessThan', 'lt', 'is less than', 'is not less than'),
  numberOperator('NumberLessThanEquals', 'le', 'is at most', 'is more than'),
  numberOperator('NumberGreaterThan', 'gt', 'is greater than', 'is not greater than'),
  numberOperator('NumberGreaterThanEquals', 'ge', 'is at least', 'is less than'),
];
