import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { useKeyShortcut } from '../../lib/use-key-shortcut';
import { BrowserNav } from './browser-nav';
import { CatalogModelContext } from './catalog-model-context';
import { CatalogRoutes } from './catalog-routes';
import { moveActive } from './model/search-rows';
import { SearchBox } from './search-box';
import { optionId } from './search-ids';
import { useCatalogModel } from './use-catalog-model';
import { useSearchState } from './use-search-state';

/**
 * The left pane: one search box over every catalog, section links, and the routed page. The
 * search box is a combobox: arrows move through the results, Enter opens, Escape clears.
 */
export function CatalogBrowser() {
  const model = useCatalogModel();
  const search = useSearchState(model.searchIndex);
  const [, navigate] = useLocation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState({ index: -1, rows: search.rows });
  // A new result list starts with nothing active (derived during render, not in an effect).
  const activeIndex = active.rows === search.rows ? active.index : -1;
  const optionCount = search.optionRows.length;

  useKeyShortcut('/', (event) => {
    event.preventDefault();
    inputRef.current?.focus();
    inputRef.current?.select();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!search.onSearchPage) return;
      event.preventDefault();
      setActive({
        index: moveActive(activeIndex, event.key === 'ArrowDown' ? 1 : -1, optionCount),
        rows: search.rows,
      });
    } else if (event.key === 'Enter' && search.onSearchPage) {
      const row = activeIndex >= 0 ? search.rows[search.optionRows[activeIndex] ?? -1] : undefined;
      const route = row?.type === 'option' ? row.doc.route : search.firstResultRoute();
      if (route) {
        event.preventDefault();
        navigate(route);
      }
    } else if (event.key === 'Escape' && search.query) {
      event.preventDefault();
      search.setQuery('');
    }
  };

  return (
    <CatalogModelContext.Provider value={model}>
      <div className="flex h-full min-h-0 flex-col">
        <SearchBox
          ref={inputRef}
          value={search.query}
          onChange={search.setQuery}
          onKeyDown={onKeyDown}
          expanded={search.onSearchPage && optionCount > 0}
          activeOptionId={
            search.onSearchPage && activeIndex >= 0 ? optionId(activeIndex) : undefined
          }
        />
        <BrowserNav />
        <div className="flex min-h-0 flex-1 flex-col">
          <CatalogRoutes search={search} activeIndex={activeIndex} />
        </div>
      </div>
    </CatalogModelContext.Provider>
  );
}
