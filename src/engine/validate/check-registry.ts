import type { IssueSeverity, PolicyIssue, SourceRange } from '../policy/policy-types';

/** Which part of the linter a check belongs to; the docs and the problems panel group by it. */
export type CheckGroup =
  'syntax' | 'structure' | 'size' | 'actions' | 'resources' | 'conditions' | 'scp' | 'security';

/** One row of the check table: what the editor, the CLI and the docs show about a code. */
export interface CheckInfo {
  severity: IssueSeverity;
  group: CheckGroup;
  /** One line, lower case, no trailing period. */
  summary: string;
}

/**
 * Every code the parser and the validator can emit. Codes in capitals with underscores; Huawei
 * Access Analyzer codes are reused where one exists (JSON_SYNTAX_ERROR, INVALID_POLICY_ELEMENT,
 * UNSUPPORTED_PRINCIPAL, DATA_TYPE_MISMATCH, INVALID_VERSION, MISSING_VERSION, MISSING_STATEMENT).
 * Severities live here and nowhere else.
 */
export const CHECK_REGISTRY = {
  // syntax: the text as JSON (reported by parsePolicy)
  JSON_SYNTAX_ERROR: {
    severity: 'ERROR',
    group: 'syntax',
    summary: 'the text is not strict JSON (comments and trailing commas included)',
  },
  JSON_TOO_DEEP: {
    severity: 'ERROR',
    group: 'syntax',
    summary: 'the JSON nests deeper than any policy can, so it is not read further',
  },
  DUPLICATE_KEY: {
    severity: 'ERROR',
    group: 'syntax',
    summary: 'a key appears twice in one object; the last one is used',
  },
  DATA_TYPE_MISMATCH: {
    severity: 'ERROR',
    group: 'syntax',
    summary: 'an element has the wrong JSON type (for example a number where a string is expected)',
  },
  STRING_NOT_ARRAY: {
    severity: 'SUGGESTION',
    group: 'syntax',
    summary: 'a bare string where the grammar expects an array; it is read as a one-element array',
  },
  STATEMENT_NOT_ARRAY: {
    severity: 'WARNING',
    group: 'syntax',
    summary: '`Statement` is a single object; the grammar expects an array of statements',
  },
  CONDITION_VALUE_NOT_STRING: {
    severity: 'WARNING',
    group: 'syntax',
    summary: 'a condition value is a number or boolean; condition values are strings',
  },
  EMPTY_ARRAY: {
    severity: 'ERROR',
    group: 'syntax',
    summary: 'an element that needs at least one entry is an empty array',
  },
  EMPTY_CONDITION: {
    severity: 'WARNING',
    group: 'syntax',
    summary: 'a `Condition` block or operator block is empty',
  },
  INVALID_EFFECT: {
    severity: 'ERROR',
    group: 'syntax',
    summary: '`Effect` is neither `Allow` nor `Deny`',
  },

  // structure: elements and their combinations
  MISSING_VERSION: {
    severity: 'ERROR',
    group: 'structure',
    summary: 'the policy has no `Version`',
  },
  INVALID_VERSION: {
    severity: 'ERROR',
    group: 'structure',
    summary:
      '`Version` is not one this policy type accepts (`5.0`, or `1.1` for legacy identity policies)',
  },
  MISSING_STATEMENT: {
    severity: 'ERROR',
    group: 'structure',
    summary: 'the policy has no `Statement`',
  },
  INVALID_POLICY_ELEMENT: {
    severity: 'ERROR',
    group: 'structure',
    summary: 'an element name the grammar does not know (names are case-sensitive)',
  },
  LEGACY_UNSUPPORTED_ELEMENT: {
    severity: 'ERROR',
    group: 'structure',
    summary:
      'an element that version `1.1` policies do not have (`Sid`, `NotAction`, `NotResource`)',
  },
  UNSUPPORTED_PRINCIPAL: {
    severity: 'ERROR',
    group: 'structure',
    summary: '`Principal` is not supported in identity policies and SCPs',
  },
  MISSING_EFFECT: { severity: 'ERROR', group: 'structure', summary: 'a statement has no `Effect`' },
  MISSING_ACTION: {
    severity: 'ERROR',
    group: 'structure',
    summary: 'a statement has neither `Action` nor `NotAction`',
  },
  ACTION_WITH_NOT_ACTION: {
    severity: 'ERROR',
    group: 'structure',
    summary: 'a statement has both `Action` and `NotAction`',
  },
  RESOURCE_WITH_NOT_RESOURCE: {
    severity: 'ERROR',
    group: 'structure',
    summary: 'a statement has both `Resource` and `NotResource`',
  },
  DUPLICATE_SID: {
    severity: 'WARNING',
    group: 'structure',
    summary: 'two statements share a `Sid`',
  },
  DUPLICATE_VALUE: {
    severity: 'SUGGESTION',
    group: 'structure',
    summary: 'the same value is listed twice in one element',
  },
  POLICY_VARIABLE: {
    severity: 'WARNING',
    group: 'structure',
    summary:
      'a `${...}` policy variable; Huawei Cloud does not document them, so it is taken literally',
  },

  // size: documented limits
  POLICY_SIZE_EXCEEDED: {
    severity: 'ERROR',
    group: 'size',
    summary:
      'the policy is longer than its type allows (identity 6,144 UTF-8 bytes, legacy 6,144 characters, SCP 5,120 characters)',
  },
  LEGACY_LIMIT_EXCEEDED: {
    severity: 'WARNING',
    group: 'size',
    summary:
      'a version `1.1` policy exceeds the older documented limits (8 statements, 100 actions, 10 resources of 128 characters, 10 conditions)',
  },

  // actions
  INVALID_ACTION_FORMAT: {
    severity: 'ERROR',
    group: 'actions',
    summary: 'an action is not of the form `service:resourceType:operation` (or `*`)',
  },
  LEGACY_SERVICE_NOT_LOWERCASE: {
    severity: 'ERROR',
    group: 'actions',
    summary: 'version `1.1` requires the service part of an action in lower case',
  },
  UNKNOWN_SERVICE: {
    severity: 'WARNING',
    group: 'actions',
    summary: 'the service of an action is not in the loaded catalogs',
  },
  UNKNOWN_ACTION: {
    severity: 'ERROR',
    group: 'actions',
    summary: 'the action is not in its service catalog; the nearest names are suggested',
  },
  UNLISTED_ACTION: {
    severity: 'WARNING',
    group: 'actions',
    summary:
      'the action is not in a catalog that may not name every action (partial capture, or a legacy `1.1` table)',
  },
  WILDCARD_MATCHES_NOTHING: {
    severity: 'WARNING',
    group: 'actions',
    summary: 'an action pattern matches no action of its service',
  },
  ACTION_OF_OTHER_MODEL: {
    severity: 'ERROR',
    group: 'actions',
    summary: 'an action of the other policy model (`1.1` name in a `5.0` policy or the reverse)',
  },
  ACTION_ALIAS: {
    severity: 'SUGGESTION',
    group: 'actions',
    summary:
      'an entry reaches actions through their aliases (an alias, or a pattern matching one); their own names are clearer',
  },
  ALIAS_REACHES_OTHER_SERVICE: {
    severity: 'WARNING',
    group: 'actions',
    summary:
      "a `Deny` or `NotAction` entry also reaches another service's actions through their aliases (EIP actions answer to VPC names)",
  },
  REDUNDANT_ACTION: {
    severity: 'SUGGESTION',
    group: 'actions',
    summary: 'an action is already covered by a wildcard in the same statement',
  },
  STATEMENT_NEVER_APPLIES: {
    severity: 'WARNING',
    group: 'actions',
    summary:
      'a statement can never apply (`NotAction` or `NotResource` of `*`, or contradictory conditions)',
  },

  // resources
  INVALID_URN_FORMAT: {
    severity: 'ERROR',
    group: 'resources',
    summary: 'a resource is neither `*` nor a URN `service:region:account:type:path`',
  },
  UNKNOWN_RESOURCE_TYPE: {
    severity: 'WARNING',
    group: 'resources',
    summary: 'the resource type of a URN is not in its service catalog',
  },
  RESOURCE_TYPE_MISMATCH: {
    severity: 'WARNING',
    group: 'resources',
    summary: 'no action of the statement takes the resource type of this URN',
  },
  RESOURCE_NOT_SUPPORTED: {
    severity: 'WARNING',
    group: 'resources',
    summary: 'actions without resource types only match `Resource` `*`',
  },
  URN_SERVICE_MISMATCH: {
    severity: 'WARNING',
    group: 'resources',
    summary: 'the service of a URN matches none of the statement actions',
  },

  // conditions
  UNKNOWN_OPERATOR: {
    severity: 'ERROR',
    group: 'conditions',
    summary: 'a condition operator that is not in the language (names are case-sensitive)',
  },
  UNSUPPORTED_AWS_OPERATOR: {
    severity: 'WARNING',
    group: 'conditions',
    summary:
      'an AWS operator spelling Huawei does not document (`Numeric*`, `DateEquals`, `Arn*`, ...)',
  },
  LEGACY_OPERATOR_ALIAS: {
    severity: 'SUGGESTION',
    group: 'conditions',
    summary: 'a legacy `...AnyOf` operator; it behaves as its base operator',
  },
  LEGACY_NULL_OPERATOR: {
    severity: 'ERROR',
    group: 'conditions',
    summary: '`IsNull`, `IsNotNull` and `IsNullOrEmpty` are legacy and not evaluated; use `Null`',
  },
  INVALID_OPERATOR_MODIFIER: {
    severity: 'ERROR',
    group: 'conditions',
    summary:
      '`IfExists` or a set prefix used with `Null`, or a prefix that is not `ForAnyValue`/`ForAllValues`',
  },
  IF_EXISTS_IN_DENY: {
    severity: 'WARNING',
    group: 'conditions',
    summary:
      'an `…IfExists` operator in a 5.0 Deny: sources disagree on whether the Deny applies when the key is absent',
  },
  STRING_LIKE_WITH_WILDCARD: {
    severity: 'WARNING',
    group: 'conditions',
    summary: '`StringLike` matches a substring, so `*` and `?` in its values are literal',
  },
  INVALID_CONDITION_KEY_FORMAT: {
    severity: 'ERROR',
    group: 'conditions',
    summary: 'a condition key is not of the form `service:name` or `g:name`',
  },
  UNKNOWN_CONDITION_KEY: {
    severity: 'WARNING',
    group: 'conditions',
    summary: 'a condition key that is neither global nor in its service catalog',
  },
  AWS_CONDITION_KEY: {
    severity: 'WARNING',
    group: 'conditions',
    summary: 'an AWS `aws:` condition key; Huawei Cloud global keys start with `g:`',
  },
  CONDITION_KEY_CASE: {
    severity: 'SUGGESTION',
    group: 'conditions',
    summary: 'a condition key written in a different case from its documented name',
  },
  CONDITION_KEY_MODEL_MISMATCH: {
    severity: 'WARNING',
    group: 'conditions',
    summary: 'a global key documented only for the other policy model',
  },
  CONDITION_KEY_NOT_SUPPORTED: {
    severity: 'WARNING',
    group: 'conditions',
    summary: 'none of the statement actions supports this condition key',
  },
  OPERATOR_TYPE_MISMATCH: {
    severity: 'WARNING',
    group: 'conditions',
    summary: 'the operator does not fit the key type (for example `Bool` on a string key)',
  },
  SET_OPERATOR_ON_SINGLE_VALUED_KEY: {
    severity: 'WARNING',
    group: 'conditions',
    summary: '`ForAllValues`/`ForAnyValue` on a single-valued key',
  },
  MISSING_SET_OPERATOR: {
    severity: 'SUGGESTION',
    group: 'conditions',
    summary: 'a multi-valued key without `ForAllValues`/`ForAnyValue`',
  },
  INVALID_DATE_VALUE: {
    severity: 'ERROR',
    group: 'conditions',
    summary: 'a date operator value is not an ISO 8601 date',
  },
  INVALID_NUMBER_VALUE: {
    severity: 'ERROR',
    group: 'conditions',
    summary: 'a number operator value is not a number',
  },
  INVALID_IP_VALUE: {
    severity: 'ERROR',
    group: 'conditions',
    summary: 'an IP operator value is not an IPv4/IPv6 address or CIDR block',
  },
  INVALID_BOOLEAN_VALUE: {
    severity: 'ERROR',
    group: 'conditions',
    summary: 'a `Bool` or `Null` value is not `true` or `false`',
  },

  // scp
  SCP_ALLOW_WITH_CONDITION: {
    severity: 'ERROR',
    group: 'scp',
    summary: 'an SCP statement with `Effect` `Allow` must not have a `Condition`',
  },
  SCP_ALLOW_SPECIFIC_RESOURCE: {
    severity: 'WARNING',
    group: 'scp',
    summary: '`Allow` statements of SCPs are documented with `Resource` `*` only',
  },
  SCP_ALLOW_LIST_WITHOUT_SIGN_IN: {
    severity: 'SUGGESTION',
    group: 'scp',
    summary:
      'an allow-list SCP that does not allow `iamToken::*` and `signin::*` can break sign-in',
  },

  // security: broad or risky grants
  FULL_ACCESS_GRANT: {
    severity: 'SECURITY_WARNING',
    group: 'security',
    summary: 'an identity policy allows every action on every resource',
  },
  SERVICE_WIDE_GRANT: {
    severity: 'WARNING',
    group: 'security',
    summary: 'a statement allows every action of a service on every resource',
  },
  PERMISSION_MANAGEMENT_GRANT: {
    severity: 'SECURITY_WARNING',
    group: 'security',
    summary:
      'a statement allows `permission_management` actions on every resource without conditions',
  },
  ALLOW_WITH_NOT_ACTION: {
    severity: 'SECURITY_WARNING',
    group: 'security',
    summary: '`Allow` with `NotAction` grants every action not listed, including future ones',
  },
  ALLOW_WITH_NOT_RESOURCE: {
    severity: 'SECURITY_WARNING',
    group: 'security',
    summary: '`Allow` with `NotResource` grants every resource not listed',
  },
  FOR_ALL_VALUES_ALLOWS_ABSENT_KEY: {
    severity: 'SECURITY_WARNING',
    group: 'security',
    summary: '`ForAllValues` in an `Allow` is also true when the key is absent from the request',
  },
} as const satisfies Record<string, CheckInfo>;

export type CheckCode = keyof typeof CHECK_REGISTRY;

/** A registry row with its code, for tables in the docs and the problems panel. */
export interface CheckDescription extends CheckInfo {
  code: CheckCode;
}

/** All checks in registry order. */
export function listChecks(): CheckDescription[] {
  return (Object.keys(CHECK_REGISTRY) as CheckCode[]).map((code) => ({
    code,
    ...CHECK_REGISTRY[code],
  }));
}

/** Builds an issue whose severity comes from the registry, so no check can pick its own. */
export function createIssue(
  code: CheckCode,
  message: string,
  range: SourceRange,
  hint?: string,
): PolicyIssue {
  const issue: PolicyIssue = { code, severity: CHECK_REGISTRY[code].severity, message, range };
  if (hint !== undefined) issue.hint = hint;
  return issue;
}
