/**
 * The operator contract and the data a condition's evaluation returns. Each operator family
 * (string, glob, number, date, bool, ip, existence) implements {@link OperatorDefinition}; the
 * registry resolves written operator names (prefixes, `IfExists`, legacy aliases) onto them.
 */
import type { AssumptionId } from '../assumptions';
import type { ConditionKeyType } from '../../catalog/catalog-types';
import type { SourceRange } from '../policy/policy-types';

/** Three-valued truth: `unknown` only arises in partial evaluation (unknown context). */
export type TriState = 'true' | 'false' | 'unknown';

export type OperatorFamily =
  'string' | 'string-match' | 'number' | 'date' | 'bool' | 'ip' | 'null' | 'legacy-null';

/** One request value against all policy values, in the operator's positive form. */
type ValueTest = 'match' | 'no-match' | 'unparseable';

/** Policy values prepared once per condition. */
export interface CompiledOperand {
  /** Positive form: does `value` relate to some policy value (equals, starts with, in CIDR...)? */
  test: (value: string) => ValueTest;
  /** Policy values that are not valid for the operator's type; they never match. */
  invalidPolicyValues: string[];
  /**
   * Assumptions comparing a parseable request value with the policy values rests on (a date
   * without a zone read as UTC); absent for families that compare without one.
   */
  comparisonAssumptions?: (value: string) => readonly AssumptionId[];
}

export interface OperatorDefinition {
  /** Documented base name, e.g. `StringNotEquals`. */
  name: string;
  family: OperatorFamily;
  /** Negated operators are true when a value relates to none of the policy values. */
  negated: boolean;
  /** The key type the operator expects (`existence` for `Null`). */
  valueType: ConditionKeyType | 'existence';
  /** Whether the comparison ignores case (strings only; informs explanations and the linter). */
  ignoreCase: boolean;
  /** Verb phrase for sentences, positive form: `equals`, `starts with`, `is in`. */
  verb: string;
  /** Verb phrase for the negated form: `does not equal`, `is not in`. */
  negatedVerb: string;
  compile: (policyValues: readonly string[]) => CompiledOperand;
}

/** Why a condition came out true, false or unknown: stable keys the UI can translate. */
export type ConditionReason =
  | 'value-matched'
  | 'no-value-matched'
  | 'value-excluded'
  | 'no-value-excluded'
  | 'any-value-satisfied'
  | 'no-value-satisfied'
  | 'all-values-satisfied'
  | 'some-value-unsatisfied'
  | 'key-absent-if-exists'
  | 'key-absent-for-any-value'
  | 'key-absent-for-all-values'
  | 'key-absent-positive'
  | 'key-absent-negated'
  | 'null-key-absent'
  | 'null-key-present'
  | 'unparseable-request-value'
  | 'key-unknown';

/** A condition's evaluation, explained: what was compared, the result and why. */
export interface ConditionExplanation {
  /** Condition key as written in the policy. */
  key: string;
  /** Operator as written, e.g. `ForAnyValue:StringEqualsIfExists`. */
  operator: string;
  policyValues: string[];
  /** The request's values for the key; `null` when the key is absent or unknown. */
  requestValues: string[] | null;
  result: TriState;
  reason: ConditionReason;
  /** One line a person can read, e.g. "`g:UserName` is `bob`, which does not equal `alice`". */
  sentence: string;
  assumptions: AssumptionId[];
  range: SourceRange;
}
