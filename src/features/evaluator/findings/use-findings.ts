import { useDeferredValue, useMemo } from 'react';
import { validatePolicy } from '../../../engine';
import type { CatalogLookup, PolicyIssue } from '../../../engine';
import { useDraftsStore } from '../../../stores/drafts-store';

export interface Finding extends PolicyIssue {
  /** 1-based line and column of the finding in the draft text. */
  line: number;
  column: number;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The active draft's validation findings; the text is deferred so typing never waits for them. */
export function useFindings(lookup: CatalogLookup) {
  const draft = useDraftsStore((s) => s.drafts.find((d) => d.id === s.activeDraftId));
  const text = useDeferredValue(draft?.text ?? '');
  const policyType = draft?.policyType ?? 'identity';
  const findings = useMemo<Finding[]>(
    () =>
      text
        ? validatePolicy({ text, policyType, lookup }).issues.map((issue) => ({
            ...issue,
            ...lineAndColumn(text, issue.range.offset),
          }))
        : [],
    [text, policyType, lookup],
  );
  return { draft, findings };
}
