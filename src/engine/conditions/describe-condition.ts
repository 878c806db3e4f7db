/**
 * Words for conditions: the one-line explanation of an evaluated condition, and the requirement a
 * condition states ("g:EnterpriseProjectId is 0") for residuals of partial evaluation.
 */
import type { ConditionExplanation, ConditionReason, OperatorDefinition } from './condition-types';
import type { CompiledCondition, ConditionOutcome } from './evaluate-condition';

const quote = (value: string): string => `\`${value}\``;
const quoteAll = (values: readonly string[]): string =>
  values.length === 0 ? 'no value' : values.map(quote).join(', ');

function requirementVerb(definition: OperatorDefinition, negated: boolean): string {
  const verb = negated ? definition.negatedVerb : definition.verb;
  if (verb === 'equals') return 'is';
  if (verb === 'does not equal') return 'is not';
  return verb;
}

function valueList(values: readonly string[], negated: boolean): string {
  if (values.length <= 1) return values[0] ?? '';
  return `${negated ? 'any of' : 'one of'} ${values.join(', ')}`;
}

/**
 * What the condition requires of the request, without quotes: "g:EnterpriseProjectId is 0",
 * "every value of g:TagKeys is one of env, owner", "ims:Encrypted is false".
 */
export function describeRequirement(condition: CompiledCondition): string {
  const { definition, setPrefix, ifExists } = condition.operator;
  const { key, policyValues } = condition;
  if (definition.family === 'null') {
    const wantsAbsent = policyValues.map((v) => v.toLowerCase());
    if (wantsAbsent.includes('true') && wantsAbsent.includes('false'))
      return `${key} is absent or present`;
    return `${key} is ${wantsAbsent.includes('true') ? 'absent' : 'present'}`;
  }
  const subject =
    setPrefix === 'ForAnyValue'
      ? `some value of ${key}`
      : setPrefix === 'ForAllValues'
        ? `every value of ${key}`
        : key;
  const verb = requirementVerb(definition, definition.negated);
  const phrase = `${subject} ${verb} ${valueList(policyValues, definition.negated)}`;
  return ifExists ? `${phrase} (when present)` : phrase;
}

function sentenceFor(
  condition: CompiledCondition,
  reason: ConditionReason,
  requestValues: string[] | null,
): string {
  const { definition } = condition.operator;
  const key = quote(condition.key);
  const got = quoteAll(requestValues ?? []);
  const wanted =
    condition.policyValues.length === 1
      ? quoteAll(condition.policyValues)
      : `one of ${quoteAll(condition.policyValues)}`;
  const op = quote(condition.operator.written);
  const satisfies = `${definition.negated ? definition.negatedVerb : definition.verb} ${wanted}`;
  switch (reason) {
    case 'value-matched':
      return `${key} is ${got}, which ${definition.verb} ${wanted}`;
    case 'no-value-matched':
      return `${key} is ${got}, which ${definition.negatedVerb} ${wanted}`;
    case 'value-excluded':
      return `${key} is ${got}, which ${definition.verb} ${wanted}`;
    case 'no-value-excluded':
      return `${key} is ${got}, which ${definition.negatedVerb} ${wanted}`;
    case 'any-value-satisfied':
      return `a value of ${key} (${got}) ${satisfies}`;
    case 'no-value-satisfied':
      return `no value of ${key} (${got}) ${satisfies}`;
    case 'all-values-satisfied':
      return `every value of ${key} (${got}) ${satisfies}`;
    case 'some-value-unsatisfied':
      return `not every value of ${key} (${got}) ${satisfies}`;
    case 'key-absent-if-exists':
      return `${key} is absent, so ${op} holds`;
    case 'key-absent-for-any-value':
      return `${key} is absent, so ${op} is false`;
    case 'key-absent-for-all-values':
      return `${key} is absent or empty, so ${op} is true`;
    case 'key-absent-positive':
      return `${key} is absent, so ${op} is false`;
    case 'key-absent-negated':
      return `${key} is absent, so ${op} is true`;
    case 'null-key-absent':
      return `${key} is absent; \`Null\` ${wanted} requires it ${requiresAbsence(condition) ? 'absent' : 'present'}`;
    case 'null-key-present':
      return `${key} is present (${got}); \`Null\` ${wanted} requires it ${requiresAbsence(condition) ? 'absent' : 'present'}`;
    case 'unparseable-request-value':
      return `${key} is ${got}, which is not a valid ${definition.valueType.replace('_', ' ')}`;
    case 'key-unknown':
      return `${key} is not set, so the condition is unknown: it holds only if ${describeRequirement(condition)}`;
  }
}

function requiresAbsence(condition: CompiledCondition): boolean {
  return condition.policyValues.some((v) => v.toLowerCase() === 'true');
}

/** The explanation record of one evaluated condition. */
export function explainCondition(
  condition: CompiledCondition,
  evaluated: ConditionOutcome,
): ConditionExplanation {
  return {
    key: condition.key,
    operator: condition.operator.written,
    policyValues: condition.policyValues,
    requestValues: evaluated.requestValues,
    result: evaluated.result,
    reason: evaluated.reason,
    sentence: sentenceFor(condition, evaluated.reason, evaluated.requestValues),
    assumptions: evaluated.assumptions,
    range: condition.range,
  };
}
