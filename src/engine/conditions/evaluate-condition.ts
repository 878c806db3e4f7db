/**
 * Compiles one condition (operator + key + values) once and evaluates it against prepared request
 * contexts, following reference §10 `evalKey`: `Null` first, then the missing-key rules, then the
 * set prefix (or, without one, "any value" for positive and "no value" for negated operators).
 */
import type { AssumptionId } from '../assumptions';
import type { PolicyModel } from '../../catalog/catalog-types';
import type { ParsedCondition, SourceRange } from '../policy/policy-types';
import type { CompiledOperand, ConditionReason, TriState } from './condition-types';
import { absenceAsText } from './null-operator';
import { resolveOperator, type ResolvedOperator, type UnresolvedOperator } from './registry';
import { differsInTagKey, type PreparedContext } from './request-context';
import { LEGACY_STRING_OPERATOR_NAMES } from './string-operators';

export interface CompiledCondition {
  key: string;
  /** Lower-cased key for context lookup. */
  lookupKey: string;
  operator: ResolvedOperator;
  policyValues: string[];
  operand: CompiledOperand;
  range: SourceRange;
  /** Assumptions that hold whenever this condition is evaluated. */
  staticAssumptions: AssumptionId[];
}

export interface ConditionOutcome {
  result: TriState;
  reason: ConditionReason;
  /** The request's values; `null` when the key is absent or unknown. */
  requestValues: string[] | null;
  assumptions: AssumptionId[];
}

/** Compiles a parsed condition, or reports why its operator cannot be evaluated. */
export function compileCondition(
  parsed: ParsedCondition,
  model: PolicyModel | null,
): CompiledCondition | UnresolvedOperator {
  const operator = resolveOperator(parsed.operator.value);
  if (!operator.ok) return operator;
  const policyValues = parsed.values.map((v) => v.value);
  const staticAssumptions: AssumptionId[] = [];
  if (model !== '1.1' && LEGACY_STRING_OPERATOR_NAMES.has(operator.definition.name)) {
    staticAssumptions.push('legacy-string-operators-in-v5');
  }
  if (policyValues.some((v) => v.includes('${')))
    staticAssumptions.push('policy-variables-literal');
  return {
    key: parsed.key.value,
    lookupKey: parsed.key.value.toLowerCase(),
    operator,
    policyValues,
    operand: operator.definition.compile(policyValues),
    range: parsed.range,
    staticAssumptions,
  };
}

function outcome(
  result: TriState,
  reason: ConditionReason,
  requestValues: string[] | null,
  assumptions: AssumptionId[],
): ConditionOutcome {
  return { result, reason, requestValues, assumptions };
}

const truth = (value: boolean): TriState => (value ? 'true' : 'false');

/** Evaluates a compiled condition against a prepared context. Never throws. */
export function evaluateCondition(
  condition: CompiledCondition,
  context: PreparedContext,
): ConditionOutcome {
  const { operator, operand } = condition;
  const { definition, setPrefix, ifExists } = operator;
  const assumptions = [...condition.staticAssumptions];
  const entry = context.entries.get(condition.lookupKey);

  if (entry && entry.key !== condition.key) {
    assumptions.push(
      differsInTagKey(entry.key, condition.key)
        ? 'tag-key-case-insensitive'
        : 'condition-key-case-insensitive',
    );
  }
  if (!entry && context.unknownWhenAbsent)
    return outcome('unknown', 'key-unknown', null, assumptions);

  if (definition.family === 'null') {
    const matched = operand.test(absenceAsText(entry !== undefined)) === 'match';
    return outcome(
      truth(matched),
      entry ? 'null-key-present' : 'null-key-absent',
      entry?.values ?? null,
      assumptions,
    );
  }

  if (!entry) {
    if (ifExists) {
      if (setPrefix) assumptions.push('if-exists-before-set-prefix');
      return outcome('true', 'key-absent-if-exists', null, assumptions);
    }
    if (setPrefix === 'ForAnyValue')
      return outcome('false', 'key-absent-for-any-value', null, assumptions);
    if (setPrefix === 'ForAllValues') {
      assumptions.push('missing-key-for-all-values');
      return outcome('true', 'key-absent-for-all-values', null, assumptions);
    }
    assumptions.push('missing-key-plain-operator');
    return definition.negated
      ? outcome('true', 'key-absent-negated', null, assumptions)
      : outcome('false', 'key-absent-positive', null, assumptions);
  }

  const values = entry.values;
  // A value satisfies the operator when it relates to a policy value (positive operators) or to
  // none of them (negated); an unparseable value satisfies neither (`unparseable-value-false`).
  let anySatisfied = false;
  let allSatisfied = true;
  let unparseable = false;
  let cleanFailure = false;
  for (const value of values) {
    const test = operand.test(value);
    if (test !== 'unparseable' && operand.comparisonAssumptions) {
      for (const id of operand.comparisonAssumptions(value))
        if (!assumptions.includes(id)) assumptions.push(id);
    }
    if (test === 'unparseable') {
      unparseable = true;
      allSatisfied = false;
    } else if ((test === 'match') !== definition.negated) {
      anySatisfied = true;
    } else {
      allSatisfied = false;
      cleanFailure = true;
    }
  }
  if (unparseable) assumptions.push('unparseable-value-false');
  const blameParsing = unparseable && !cleanFailure;

  if (setPrefix === 'ForAllValues') {
    if (values.length === 0) assumptions.push('missing-key-for-all-values');
    const reason = allSatisfied
      ? 'all-values-satisfied'
      : failed('some-value-unsatisfied', blameParsing);
    return outcome(truth(allSatisfied), reason, values, assumptions);
  }
  if (setPrefix === 'ForAnyValue') {
    const reason = anySatisfied
      ? 'any-value-satisfied'
      : failed('no-value-satisfied', blameParsing);
    return outcome(truth(anySatisfied), reason, values, assumptions);
  }
  if (values.length > 1) assumptions.push('multi-valued-without-prefix');
  if (definition.negated) {
    const reason = allSatisfied ? 'no-value-excluded' : failed('value-excluded', blameParsing);
    return outcome(truth(allSatisfied), reason, values, assumptions);
  }
  const reason = anySatisfied ? 'value-matched' : failed('no-value-matched', blameParsing);
  return outcome(truth(anySatisfied), reason, values, assumptions);
}

/** A failure is blamed on parsing only when no parseable value caused it. */
function failed(reason: ConditionReason, blameParsing: boolean): ConditionReason {
  return blameParsing ? 'unparseable-request-value' : reason;
}
