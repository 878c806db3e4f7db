import { useDeferredValue, useMemo } from 'react';
import { createCatalogLookup, validatePolicy } from '../engine';
import type { PolicyIssue } from '../engine';
import { useCatalogs } from '../data/use-catalogs';
import { useDraftsStore } from '../stores/drafts-store';

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

/**
 * The active draft's validation findings, checked against the loaded catalogs. The text is
 * deferred so that typing in the editor never waits for the linter.
 */
export function useDraftFindings() {
  const draft = useDraftsStore((state) => state.drafts.find((d) => d.id === state.activeDraftId));
  const { catalogs, globalConditionKeys } = useCatalogs();
  const globalKeys =
    globalConditionKeys.status === 'success' ? globalConditionKeys.data.keys : undefined;
  const lookup = useMemo(() => createCatalogLookup(catalogs, globalKeys), [catalogs, globalKeys]);
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
  return { draft, findings, catalogsLoaded: catalogs.length };
}
