/**
 * The parsed form of a policy document: every element keeps where it came from in the text, so
 * diagnostics, hover and explanations can point at it. Produced by `parsePolicy`; consumed by the
 * validator, the evaluator and the language service. Plain data, JSON-serialisable.
 */

/** A JSON path from the document root, e.g. `['Statement', 0, 'Action', 2]`. */
export type JsonPath = (string | number)[];

/** 0-based UTF-16 offset and length in the policy text, plus the JSON path of the element. */
export interface SourceRange {
  offset: number;
  length: number;
  path: JsonPath;
}

export interface Located<T> {
  value: T;
  range: SourceRange;
}

export type Effect = 'Allow' | 'Deny';

/** Which document a text is meant to be: it decides the validation rules, not the grammar. */
export type PolicyType = 'identity' | 'scp';

export interface ParsedCondition {
  /** Operator as written, e.g. `ForAnyValue:StringNotEqualsIfExists`. */
  operator: Located<string>;
  /** Condition key as written, e.g. `g:EnterpriseProjectId`. */
  key: Located<string>;
  /** Values, each a string (a bare string is normalised to a one-element list). */
  values: Located<string>[];
  /** Range of the key/value pair inside the operator block. */
  range: SourceRange;
}

export interface ParsedStatement {
  /** Position in the `Statement` array (0-based). */
  index: number;
  sid: Located<string> | null;
  /** `null` when missing or not `Allow`/`Deny` (the parser reports an issue). */
  effect: Located<Effect> | null;
  /** Present lists are normalised to arrays; `null` when the element is absent. */
  action: Located<string>[] | null;
  notAction: Located<string>[] | null;
  resource: Located<string>[] | null;
  notResource: Located<string>[] | null;
  /** `null` when there is no `Condition` element. */
  conditions: ParsedCondition[] | null;
  /** Every key written in the statement object, in order, duplicates included. */
  keys?: Located<string>[];
  range: SourceRange;
}

export interface ParsedPolicy {
  /** The `Version` value as written; `null` when absent or not a string. */
  version: Located<string> | null;
  statements: ParsedStatement[];
  /** Top-level keys other than `Version` and `Statement`, kept for validation. */
  unknownKeys: Located<string>[];
  /** Every top-level key, in order, duplicates included. */
  keys?: Located<string>[];
  range: SourceRange;
}

export type IssueSeverity = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

/** A parse or validation finding. Codes are stable (Access Analyzer codes where one exists). */
export interface PolicyIssue {
  code: string;
  severity: IssueSeverity;
  /** One line, lower case, no trailing period, user input in backticks. */
  message: string;
  /** What to do about it, when there is something to do. */
  hint?: string;
  range: SourceRange;
}

export interface ParseResult {
  /** `null` only when the text is not a JSON object at all. */
  policy: ParsedPolicy | null;
  issues: readonly PolicyIssue[];
}
