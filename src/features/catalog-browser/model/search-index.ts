import Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';
import type { CatalogFilters } from './filters';
import { hasActiveFilters, matchesFilters } from './filters';
import type { SearchDocument, SearchKind } from './search-documents';

/** Result groups in the order the page shows them. */
const searchKinds: readonly SearchKind[] = ['action', 'api', 'conditionKey', 'resourceType'];

const kindLabels: Record<SearchKind, string> = {
  action: 'Actions',
  api: 'APIs',
  conditionKey: 'Condition keys',
  resourceType: 'Resource types',
};

interface SearchGroup {
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
  /** Names (action, API, key, resource type) and their aliases: typos tolerated. */
  readonly names: Fuse<SearchDocument>;
  /** Descriptions: close matches only, so prose does not drown the names. */
  readonly texts: Fuse<SearchDocument>;
}

const common: IFuseOptions<SearchDocument> = {
  ignoreLocation: true,
  ignoreFieldNorm: true,
  minMatchCharLength: 2,
  includeScore: true,
};

// 0.4 admits two slips in a five-letter word ("shrae" for "share"); descriptions get 0.2.
const nameOptions: IFuseOptions<SearchDocument> = {
  ...common,
  keys: [
    { name: 'title', weight: 2 },
    { name: 'words', weight: 2 },
    { name: 'extra', weight: 1 },
  ],
  threshold: 0.4,
};
const textOptions: IFuseOptions<SearchDocument> = { ...common, keys: ['detail'], threshold: 0.2 };

/** Descriptions rank after names for an equally good match. */
const TEXT_PENALTY = 0.15;
/** Words this short match exactly (at a word start): fuzzy "ims" would also find "sms". */
const SHORT_WORD = 3;

/** The fuzzy indexes are built on the first search, so pages that never search never pay. */
export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  let names: Fuse<SearchDocument> | undefined;
  let texts: Fuse<SearchDocument> | undefined;
  return {
    documents,
    get names() {
      names ??= new Fuse(documents, nameOptions);
      return names;
    },
    get texts() {
      texts ??= new Fuse(documents, textOptions);
      return texts;
    },
  };
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
 * Each word of the query must match somewhere (a name or the description); documents rank by
 * their summed scores, so "list images" finds `ims:images:list`. An exact name comes first.
 */
function searchWords(index: SearchIndex, query: string): SearchDocument[] {
  const words = query
    .toLowerCase()
    .split(/[\s:/]+/)
    .filter((word) => word.length > 0);
  let scores: Map<SearchDocument, number> | null = null;
  for (const word of words) {
    const next = new Map<SearchDocument, number>();
    for (const [doc, score] of scoreWord(index, word)) {
      const previous = scores ? scores.get(doc) : 0;
      if (previous !== undefined) next.set(doc, previous + score);
    }
    scores = next;
    if (scores.size === 0) break;
  }
  const exact = query.toLowerCase();
  return [...(scores ?? new Map<SearchDocument, number>())]
    .sort((a, b) => rank(a, exact) - rank(b, exact) || a[1] - b[1])
    .map(([doc]) => doc);
}

const rank = ([doc]: [SearchDocument, number], exact: string) =>
  doc.title.toLowerCase() === exact ? 0 : 1;

/** How well one query word matches each document (0 is perfect); documents it misses are absent. */
function scoreWord(index: SearchIndex, word: string): Map<SearchDocument, number> {
  const scores = new Map<SearchDocument, number>();
  const keep = (doc: SearchDocument, score: number) => {
    const previous = scores.get(doc);
    if (previous === undefined || score < previous) scores.set(doc, score);
  };
  if (word.length <= SHORT_WORD) {
    const atWordStart = new RegExp(
      `(^|[^a-z0-9])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      'i',
    );
    for (const doc of index.documents) {
      if (atWordStart.test(doc.words) || atWordStart.test(doc.extra)) keep(doc, 0);
      else if (atWordStart.test(doc.detail)) keep(doc, TEXT_PENALTY);
    }
    return scores;
  }
  for (const result of index.names.search(word)) keep(result.item, result.score ?? 0);
  for (const result of index.texts.search(word))
    keep(result.item, (result.score ?? 0) + TEXT_PENALTY);
  return scores;
}
