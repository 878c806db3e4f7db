/** Test helper: compile and evaluate a condition written as plain strings. */
import type { PolicyModel } from '../../catalog/catalog-types';
import type { ParsedCondition, SourceRange } from '../policy/policy-types';
import { compileCondition, evaluateCondition, type ConditionOutcome } from './evaluate-condition';
import { prepareContext } from './request-context';

const range: SourceRange = { offset: 0, length: 0, path: [] };

export function parsedCondition(operator: string, key: string, values: string[]): ParsedCondition {
  return {
    operator: { value: operator, range },
    key: { value: key, range },
    values: values.map((value) => ({ value, range })),
    range,
  };
}

/** Evaluates `operator: { key: values }` against `context`; throws if the operator is invalid. */
export function check(
  operator: string,
  key: string,
  values: string[],
  context: Record<string, string | string[]>,
  options: { unknownContext?: boolean; model?: PolicyModel } = {},
): ConditionOutcome {
  const compiled = compileCondition(parsedCondition(operator, key, values), options.model ?? '5.0');
  if ('problem' in compiled) throw new Error(compiled.message);
  return evaluateCondition(compiled, prepareContext(context, options.unknownContext ?? false));
}
