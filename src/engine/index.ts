/**
 * The engine's only entry point. Everything the UI, the CLI and the language service use is
 * exported here by name; inputs and outputs are plain JSON-serialisable data.
 */

// match
export {
  compileActionPattern,
  expandActionPattern,
  matchAction,
  matchedName,
  type ActionMatcher,
  type ActionNames,
} from './match/action';
export {
  compileResourcePattern,
  matchResource,
  splitUrn,
  type ResourceMatcher,
  type ResourceMatchReason,
  type ResourceMatchResult,
} from './match/urn';
export { compileWildcard, matchWildcard, type WildcardMatcher } from './match/wildcard';

// assumptions
export { ASSUMPTIONS, describeAssumption, type Assumption, type AssumptionId } from './assumptions';

// conditions
export type {
  ConditionExplanation,
  ConditionReason,
  OperatorFamily,
  TriState,
} from './conditions/condition-types';
export { parseBool } from './conditions/bool-operator';
export { parseIsoDate } from './conditions/date-operators';
export { isIpAddress, isIpRange } from './conditions/ip-operators';
export { parseNumber } from './conditions/number-operators';
export {
  OPERATOR_DEFINITIONS,
  resolveOperator,
  type OperatorProblem,
  type ResolvedOperator,
  type SetPrefix,
  type UnresolvedOperator,
} from './conditions/registry';

// evaluate
export { batchLineToInput, formatStatementRef, type BatchLine } from './evaluate/batch-line';
export {
  compilePolicySet,
  type CompiledPolicySet,
  type PolicySetInput,
} from './evaluate/compile-policy-set';
export { unreadablePolicy, type Unreadable } from './evaluate/compile-policy';
export { describeStatementRef, statementLabel, type Conclusion } from './evaluate/conclude';
export {
  decideRequest,
  decideWithAssumptions,
  evaluateCompiled,
  evaluateRequest,
  type EvaluateRequestInput,
} from './evaluate/evaluate-request';
export type {
  ActionMatchReason,
  Decision,
  EvaluationOptions,
  EvaluationProblem,
  EvaluationRequest,
  EvaluationResult,
  PolicyExplanation,
  PolicyInput,
  PolicyLayer,
  RequestContext,
  ResidualRequirement,
  ResourceReason,
  ScpLevelExplanation,
  StatementExplanation,
  StatementRef,
  StatementStatus,
} from './evaluate/evaluation-types';
export { FULL_ACCESS_SCP, FULL_ACCESS_SCP_DOCUMENT } from './evaluate/full-access-scp';

// matrix
export {
  computeApiMatrix,
  computeApiMatrixCompiled,
  type MatrixOptions,
} from './matrix/compute-api-matrix';
export { diffPolicySets } from './matrix/diff-policy-sets';
export { missingDependencyLabels } from './matrix/fold-status';
export {
  matrixRowCount,
  matrixRowReader,
  matrixRows,
  matrixTable,
  matrixVerdicts,
} from './matrix/matrix-rows';
export { unnamedResource } from './matrix/request-resource';
export { isEmptyScope, scopedUrn, type ResourceScope } from './matrix/scoped-urn';
export type {
  ActionVerdict,
  ApiColumns,
  ApiDependencyVerdict,
  ApiMatrix,
  ApiMatrixInput,
  ApiMatrixRow,
  ApiMatrixTable,
  ApiStatus,
  ChangeGroups,
  ChangeOutcome,
  MatrixChange,
  PolicySetDiff,
  VerdictColumns,
} from './matrix/matrix-types';

// documented system-policy tables
export {
  compareDocumentedOperations,
  documentedSupportText,
  SUPPORT_LABELS,
  type ComputedSupport,
  type OperationApiResult,
  type OperationComparison,
  type SystemPolicyComparison,
} from './documented/compare-operations';

// parse and validate
export { MAX_JSON_DEPTH, policyModelOf } from './policy/parse-policy';
export {
  readPolicyDocument,
  type MentionedCondition,
  type PolicyDocument,
  type PolicyMentions,
} from './policy/policy-document';
export {
  POLICY_ELEMENTS,
  STATEMENT_ELEMENTS,
  type StatementElement,
} from './policy/policy-grammar';
export { findExcessiveNesting } from './policy/json-nesting';
export { POLICY_TEXT_MAX_LENGTH, utf8ByteLimit, WORKSPACE_TEXT_MAX_LENGTH } from './text-limits';
export type {
  Effect,
  IssueSeverity,
  JsonPath,
  Located,
  ParsedCondition,
  ParsedPolicy,
  ParsedStatement,
  ParseResult,
  PolicyIssue,
  PolicyType,
  SourceRange,
} from './policy/policy-types';
export {
  validatePolicy,
  type ValidatePolicyInput,
  type ValidatePolicyResult,
} from './validate/validate-policy';
export { policySize, policyTooLarge, type PolicySize } from './validate/check-size';
export {
  createCatalogLookup,
  type ActionReach,
  type CatalogLookup,
} from './catalog/catalog-lookup';
export { documentedSpelling, type ConditionKeyInfo } from './catalog/condition-key-index';
export { editDistance } from './catalog/edit-distance';
export {
  CHECK_REGISTRY,
  listChecks,
  type CheckCode,
  type CheckDescription,
  type CheckGroup,
  type CheckInfo,
} from './validate/check-registry';
