import type { SearchDocument, SearchKind } from './search-documents';
import type { SearchResults } from './search-index';

/** A row of the flattened results list: a group heading or one result (an option). */
export type SearchRow =
  | { type: 'heading'; key: string; label: string; count: number }
  | { type: 'option'; key: string; doc: SearchDocument; optionIndex: number };

/**
 * Flattens grouped results into rows for one virtualised list, and maps each option (what the
 * arrow keys move through) back to its row so the list can scroll it into view.
 */
export function toSearchRows(results: SearchResults): { rows: SearchRow[]; optionRows: number[] } {
  const rows: SearchRow[] = [];
  const optionRows: number[] = [];
  for (const group of results.groups) {
    rows.push({
      type: 'heading',
      key: `heading|${group.kind}`,
      label: group.label,
      count: group.items.length,
    });
    for (const doc of group.items) {
      optionRows.push(rows.length);
      rows.push({ type: 'option', key: doc.id, doc, optionIndex: optionRows.length - 1 });
    }
  }
  return { rows, optionRows };
}

const nouns: Record<SearchKind, [string, string]> = {
  action: ['action', 'actions'],
  api: ['API', 'APIs'],
  conditionKey: ['condition key', 'condition keys'],
  resourceType: ['resource type', 'resource types'],
};

/** "12 results: 5 actions, 7 APIs" — what the live region announces. */
export function describeResults(results: SearchResults): string {
  if (results.total === 0) return 'No results';
  const parts = results.groups.map((group) => {
    const [one, many] = nouns[group.kind];
    return `${group.items.length} ${group.items.length === 1 ? one : many}`;
  });
  return `${results.total} ${results.total === 1 ? 'result' : 'results'}: ${parts.join(', ')}`;
}

/** Moves the keyboard-active option, wrapping at both ends; -1 means none is active yet. */
export function moveActive(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return (current + delta + count) % count;
}
