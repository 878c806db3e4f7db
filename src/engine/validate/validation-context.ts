import type { PolicyModel } from '../../catalog/catalog-types';
import { policyModelOf } from '../policy/parse-policy';
import type { CatalogLookup } from '../catalog/catalog-lookup';
import type {
  Located,
  ParsedPolicy,
  ParsedStatement,
  PolicyIssue,
  PolicyType,
  SourceRange,
} from '../policy/policy-types';
import { createIssue } from './check-registry';
import type { CheckCode } from './check-registry';
import { resolveStatementActions } from './statement-actions';
import type { StatementActions } from './statement-actions';

/** What every check reads, and where it reports. */
export interface ValidationContext {
  text: string;
  policy: ParsedPolicy;
  policyType: PolicyType;
  /** The model the policy's `Version` selects (`5.0` when the version is missing or invalid). */
  model: PolicyModel;
  /** The catalogs, or `null` when none were given. */
  lookup: CatalogLookup | null;
  /** The lookup when it holds catalogs of `model`, so action and resource checks can run. */
  catalog: CatalogLookup | null;
  report(code: CheckCode, message: string, range: SourceRange, hint?: string): void;
  /** The statement's `Action` list resolved against `catalog` (memoised per statement). */
  actionsOf(statement: ParsedStatement): StatementActions | null;
}

export function createContext(
  text: string,
  policy: ParsedPolicy,
  policyType: PolicyType,
  lookup: CatalogLookup | null,
  issues: PolicyIssue[],
): ValidationContext {
  const model = policyModelOf(policy);
  const catalog = lookup?.models.includes(model) ? lookup : null;
  const resolved = new Map<ParsedStatement, StatementActions | null>();
  return {
    text,
    policy,
    policyType,
    model,
    lookup,
    catalog,
    report: (code, message, range, hint) => issues.push(createIssue(code, message, range, hint)),
    actionsOf(statement) {
      if (!resolved.has(statement)) {
        resolved.set(statement, resolveStatementActions(statement, catalog, model));
      }
      return resolved.get(statement) ?? null;
    },
  };
}

/** A one-character range at the start of an element, for "missing" findings about it. */
export function openingOf(range: SourceRange): SourceRange {
  return { offset: range.offset, length: Math.min(1, range.length), path: range.path };
}

/** The written key `name` of a statement, if present (the last one when duplicated). */
export function keyOf(statement: ParsedStatement, name: string): Located<string> | undefined {
  return statement.keys?.findLast((key) => key.value === name);
}

/** `a`, `a` or `b`, `a`, `b` or `c` — user values in backticks, at most `limit` of them. */
export function listOf(values: readonly string[], limit = 3, conjunction = 'or'): string {
  const shown = values.slice(0, limit).map((value) => `\`${value}\``);
  const more = values.length > limit ? ` (${values.length - limit} more)` : '';
  if (shown.length <= 1) return `${shown.join('')}${more}`;
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown.at(-1)}${more}`;
}

/** "did you mean `x`?" when there are suggestions. */
export function didYouMean(suggestions: readonly string[]): string | undefined {
  return suggestions.length === 0 ? undefined : `did you mean ${listOf(suggestions)}?`;
}

/** The statement's `Resource` covers every resource: absent, or listing `*`. */
export function coversAllResources(statement: ParsedStatement): boolean {
  return (
    statement.notResource === null &&
    (statement.resource === null || statement.resource.some((r) => r.value === '*'))
  );
}
