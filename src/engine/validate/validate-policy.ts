import type { CatalogLookup } from '../catalog/catalog-lookup';
import { parsePolicy } from '../policy/policy-document';
import type { ParsedPolicy, PolicyIssue, PolicyType } from '../policy/policy-types';
import { checkActions } from './check-actions';
import { checkConditionKeys } from './check-condition-keys';
import { checkConditionOperators } from './check-condition-operators';
import { checkNeverApplies } from './check-never-applies';
import { checkResources } from './check-resources';
import { checkScp } from './check-scp';
import { checkSecurity } from './check-security';
import { createIssue } from './check-registry';
import {
  checkSize,
  FULL_CHECK_MAX_SIZE_FACTOR,
  policySize,
  policyTooLarge,
  SIZE_HINT,
} from './check-size';
import { checkStructure } from './check-structure';
import { checkValues } from './check-values';
import { createContext } from './validation-context';
import type { ValidationContext } from './validation-context';

export interface ValidatePolicyInput {
  text: string;
  policyType: PolicyType;
  /** Catalogs for the catalog-aware checks; without them only the grammar is checked. */
  lookup?: CatalogLookup;
}

export interface ValidatePolicyResult {
  /** Parse and validation findings, in text order. */
  issues: PolicyIssue[];
  /** The parsed document, `null` when the text is not a JSON object or too large to read. */
  policy: ParsedPolicy | null;
}

/** The check groups, each a file; the order only decides ties at one text position. */
const CHECK_GROUPS: readonly ((context: ValidationContext) => void)[] = [
  checkStructure,
  checkSize,
  checkValues,
  checkActions,
  checkResources,
  checkConditionOperators,
  checkConditionKeys,
  checkNeverApplies,
  checkScp,
  checkSecurity,
];

/**
 * Lints a policy: parse issues plus every check of the registry that applies to the policy type
 * and its version's model (`5.0`, or legacy `1.1`). Never throws. A text far past its type's size
 * limit gets the size finding only, unread (`policy` is then `null`).
 */
export function validatePolicy(input: ValidatePolicyInput): ValidatePolicyResult {
  const tooLarge = policyTooLarge(input.text, input.policyType);
  if (tooLarge !== null) {
    const { message, range } = tooLarge;
    return {
      issues: [createIssue('POLICY_SIZE_EXCEEDED', message, range, SIZE_HINT)],
      policy: null,
    };
  }
  const parsed = parsePolicy(input.text);
  const { policy } = parsed;
  // The parse may be shared with other callers: the checks add to a copy of its issues.
  const issues = [...parsed.issues];
  if (policy === null) return { issues, policy };
  const context = createContext(input.text, policy, input.policyType, input.lookup ?? null, issues);
  const size = policySize(input.text, input.policyType, context.model);
  const checks = size.used > FULL_CHECK_MAX_SIZE_FACTOR * size.limit ? [checkSize] : CHECK_GROUPS;
  for (const check of checks) check(context);
  // The sort is stable: findings at one position keep the order the checks made them in.
  issues.sort((a, b) => a.range.offset - b.range.offset);
  return { issues, policy };
}
