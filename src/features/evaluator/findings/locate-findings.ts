import { validatePolicy } from '../../../engine';
import type { CatalogLookup, PolicyIssue, PolicyType } from '../../../engine';
import { lineLocator } from '../../../text-formats/line-locator';

export interface Finding extends PolicyIssue {
  /** 1-based line and column of the finding in the draft text. */
  line: number;
  column: number;
}

/** The linter's findings for a draft, each placed on its line and column. */
export function locateFindings(
  text: string,
  policyType: PolicyType,
  lookup: CatalogLookup,
): Finding[] {
  if (!text) return [];
  const locate = lineLocator(text);
  return validatePolicy({ text, policyType, lookup }).issues.map((issue) => ({
    ...issue,
    ...locate(issue.range.offset),
  }));
}
