import { useDeferredValue, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { SearchIndex } from './model/search-index';
import { searchCatalogs } from './model/search-index';
import { filterChoices, filtersFromParams } from './model/filters';
import type { CatalogFilters } from './model/filters';
import { searchPath } from './model/routes';
import { toSearchRows } from './model/search-rows';

/**
 * The search page's state lives in its route (`#/search?q=…&level=…`), so every search is a
 * deep link. Results are computed from a deferred query so typing stays responsive.
 */
export function useSearchState(index: SearchIndex) {
  const [location, navigate] = useLocation();
  const search = useSearch();
  const onSearchPage = location === '/search';
  const query = onSearchPage ? (new URLSearchParams(search).get('q') ?? '') : '';
  const filters = useMemo(
    () => (onSearchPage ? filtersFromParams(new URLSearchParams(search)) : {}),
    [onSearchPage, search],
  );
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(
    () => searchCatalogs(index, deferredQuery, filters),
    [index, deferredQuery, filters],
  );
  const list = useMemo(() => toSearchRows(results), [results]);
  const choices = useMemo(() => filterChoices(index.documents), [index]);

  const update = (nextQuery: string, nextFilters: CatalogFilters) =>
    navigate(searchPath(nextQuery, nextFilters), { replace: onSearchPage });

  return {
    onSearchPage,
    query,
    filters,
    results,
    ...list,
    choices,
    setQuery: (next: string) => update(next, filters),
    setFilters: (next: CatalogFilters) => update(query, next),
    stale: deferredQuery !== query,
    /**
     * Where Enter goes when no option is highlighted: the first result for the query as typed,
     * even while the list below still shows an older (deferred) query.
     */
    firstResultRoute: (): string | undefined => {
      const current = deferredQuery === query ? results : searchCatalogs(index, query, filters);
      return current.groups[0]?.items[0]?.route;
    },
  };
}

export type SearchState = ReturnType<typeof useSearchState>;
