import Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';
import type { CatalogFilters } from './filters';
import { hasActiveFilters, matchesFilters } from './filters';
import type { SearchDocument, SearchKind } from './search-documents';

/** Result groups in the order the page shows them. */
export const searchKinds: readonly SearchKind[] = ['action', 'api', 'conditionKey', 'resourceType'];

export const kindLabels: Record<SearchKind, string> = {
  action: 'Actions',
  api: 'APIs',
  conditionKey: 'Condition keys',
  resourceType: 'Resource types',
};

export interface SearchGroup {
  kind: SearchKind;
  label: string;
  items: SearchDocument[];
}

export interface SearchResults {
  groups: SearchGroup[];
  total: number;
}

export interface SearchIndex {
  documents: readonly SearchDocument[];
  fuse: Fuse<SearchDocument>;
}

// Titles weigh most; descriptions still find an action by what it does. `ignoreLocation` lets a
// word match anywhere in a long description; the threshold admits a typo or two per word.
const fuseOptions: IFuseOptions<SearchDocument> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'words', weight: 3 },
    { name: 'extra', weight: 1.5 },
    { name: 'detail', weight: 1 },
  ],
  threshold: 0.34,
  ignoreLocation: true,
  minMatchCharLength: 2,
  includeScore: true,
  useExtendedSearch: false,
};

export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  return { documents, fuse: new Fuse(documents, fuseOptions) };
}

/**
 * Fuzzy search, then filters, grouped by kind (best match first within a group). An empty query
 * with filters lists everything the filters keep; with neither, there is nothing to show.
 */
export function searchCatalogs(
  index: SearchIndex,
  query: string,
  filters: CatalogFilters = {},
): SearchResults {
  const trimmed = query.trim();
  let hits: SearchDocument[];
  if (trimmed) {
    hits = searchWords(index, trimmed);
  } else if (hasActiveFilters(filters)) {
    hits = [...index.documents];
  } else {
    hits = [];
  }
  const kept = hits.filter((doc) => matchesFilters(doc, filters));
  const groups = searchKinds
    .map((kind) => ({
      kind,
      label: kindLabels[kind],
      items: kept.filter((doc) => doc.kind === kind),
    }))
    .filter((group) => group.items.length > 0);
  return { groups, total: kept.length };
}

/**
 * Each word of the query must match (fuzzily) somewhere; documents are ranked by their summed
 * scores. Searching word by word keeps "list images" from missing `ims:images:list`.
 */
function searchWords(index: SearchIndex, query: string): SearchDocument[] {
  const words = query.split(/[\s:/]+/).filter((word) => word.length > 0);
  const ranked =
    words.length <= 1 ? index.fuse.search(query).map((r) => r.item) : rankByAllWords(index, words);
  // An exact name (`ims:images:list`, `GET /v2/images`) always comes first.
  const exact = query.toLowerCase();
  const exactHits = ranked.filter((doc) => doc.title.toLowerCase() === exact);
  return exactHits.length
    ? [...exactHits, ...ranked.filter((doc) => !exactHits.includes(doc))]
    : ranked;
}

function rankByAllWords(index: SearchIndex, words: string[]): SearchDocument[] {
  let scores: Map<SearchDocument, number> | null = null;
  for (const word of words) {
    const next = new Map<SearchDocument, number>();
    for (const result of index.fuse.search(word)) {
      const previous = scores ? scores.get(result.item) : 0;
      if (previous !== undefined) next.set(result.item, previous + (result.score ?? 0));
    }
    scores = next;
    if (scores.size === 0) break;
  }
  return [...(scores ?? new Map<SearchDocument, number>())]
    .sort((a, b) => a[1] - b[1])
    .map(([doc]) => doc);
}
