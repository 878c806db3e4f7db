import clsx from 'clsx';
import { useLocation } from 'wouter';
import { Badge } from '../../../components/ui/badge';
import { DownloadJsonButton } from '../../../components/ui/download-json-button';
import { EmptyState } from '../../../components/ui/empty-state';
import { VirtualList } from '../../../components/ui/virtual-list';
import { FilterBar } from '../filter-bar';
import { hasActiveFilters } from '../model/filters';
import { describeResults } from '../model/search-rows';
import type { SearchRow } from '../model/search-rows';
import { optionId, searchListId } from '../search-ids';
import type { SearchState } from '../use-search-state';

interface SearchPageProps {
  search: SearchState;
  activeIndex: number;
}

/** Results grouped by kind in one virtualised listbox that the search box drives. */
export function SearchPage({ search, activeIndex }: SearchPageProps) {
  const [, navigate] = useLocation();
  const idle = !search.query.trim() && !hasActiveFilters(search.filters);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <h2 className="sr-only">Search results</h2>
      <FilterBar filters={search.filters} choices={search.choices} onChange={search.setFilters} />
      <div className="flex items-center justify-between gap-2 px-3 pb-1">
        <p
          role="status"
          className={clsx(
            'text-xs text-slate-600 dark:text-slate-300',
            search.stale && 'opacity-60',
          )}
        >
          {idle ? '' : describeResults(search.results)}
        </p>
        {idle ? null : (
          <DownloadJsonButton
            name={`search-${search.query || 'filtered'}`}
            data={() => ({
              query: search.query,
              filters: search.filters,
              groups: search.results.groups.map((group) => ({
                kind: group.kind,
                items: group.items.map(({ kind, catalogId, title, detail }) => ({
                  kind,
                  catalogId,
                  title,
                  detail,
                })),
              })),
            })}
          />
        )}
      </div>
      {idle ? (
        <EmptyState title="Search the catalogs">
          <p>Type an action name, a description, an API path or a condition key. Typos are fine.</p>
          <p>Or pick a filter to list everything that has it.</p>
        </EmptyState>
      ) : (
        <VirtualList
          id={searchListId}
          role="listbox"
          label="Search results"
          items={search.rows}
          estimateSize={(row) => (row.type === 'heading' ? 30 : 52)}
          getKey={(row) => row.key}
          activeIndex={activeIndex >= 0 ? (search.optionRows[activeIndex] ?? null) : null}
          renderItem={(row) => (
            <ResultRow
              row={row}
              active={row.type === 'option' && row.optionIndex === activeIndex}
              onOpen={navigate}
            />
          )}
        />
      )}
    </div>
  );
}

const kindNames = {
  action: 'Action',
  api: 'API',
  conditionKey: 'Condition key',
  resourceType: 'Resource type',
};

function ResultRow({
  row,
  active,
  onOpen,
}: {
  row: SearchRow;
  active: boolean;
  onOpen: (to: string) => void;
}) {
  if (row.type === 'heading') {
    return (
      <div
        aria-hidden="true"
        className="bg-slate-100 px-3 py-1 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:bg-slate-800 dark:text-slate-200"
      >
        {row.label} <span className="font-normal">({row.count})</span>
      </div>
    );
  }
  const { doc } = row;
  return (
    <div
      id={optionId(row.optionIndex)}
      role="option"
      aria-selected={active}
      onClick={() => onOpen(doc.route)}
      className={clsx(
        'cursor-pointer border-l-2 px-3 py-1.5',
        active
          ? 'border-sky-600 bg-sky-50 dark:bg-sky-950'
          : 'border-transparent hover:bg-slate-50 dark:hover:bg-slate-800/60',
      )}
    >
      <div className="flex items-center gap-1.5">
        <span className="sr-only">{kindNames[doc.kind]}: </span>
        <span className="min-w-0 truncate font-mono text-[0.8125rem]">{doc.title}</span>
        <Badge>{doc.catalogId}</Badge>
      </div>
      <p className="truncate text-xs text-slate-600 dark:text-slate-300">{doc.detail}</p>
    </div>
  );
}
