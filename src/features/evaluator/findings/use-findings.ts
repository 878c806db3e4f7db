import { useDeferredValue, useMemo } from 'react';
import { validatePolicy } from '../../../engine';
import type { CatalogLookup, PolicyIssue } from '../../../engine';
import { lineLocator } from '../../../lib/line-locator';
import { useDraftsStore } from '../../../stores/drafts-store';

export interface Finding extends PolicyIssue {
  /** 1-based line and column of the finding in the draft text. */
  line: number;
  column: number;
}

/** The active draft's validation findings; the text is deferred so typing never waits for them. */
export function useFindings(lookup: CatalogLookup) {
  const draft = useDraftsStore((s) => s.drafts.find((d) => d.id === s.activeDraftId));
  const text = useDeferredValue(draft?.text ?? '');
  const policyType = draft?.policyType ?? 'identity';
  const findings = useMemo<Finding[]>(() => {
    if (!text) return [];
    const locate = lineLocator(text);
    return validatePolicy({ text, policyType, lookup }).issues.map((issue) => ({
      ...issue,
      ...locate(issue.range.offset),
    }));
  }, [text, policyType, lookup]);
  return { draft, findings };
}
