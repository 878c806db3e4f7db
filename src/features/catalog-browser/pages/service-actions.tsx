import { useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { Badge } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { VirtualList } from '../../../components/ui/virtual-list';
import type { CatalogAction, ServiceCatalog } from '../../../catalog';
import { AddToPolicyButton } from '../add-to-policy-button';
import { CatalogLink } from '../catalog-link';
import { FilterBar } from '../filter-bar';
import { accessLevelLabels } from '../labels';
import {
  filterChoices,
  filtersFromParams,
  filtersToParams,
  matchesFilters,
} from '../model/filters';
import type { CatalogFilters, Facets } from '../model/filters';
import { actionPath } from '../model/routes';

const facetsOf = (catalog: ServiceCatalog, action: CatalogAction): Facets => ({
  models: [catalog.model],
  accessLevel: action.accessLevel,
  resourceTypes: action.resourceTypes.map((rt) => rt.type.toLowerCase()),
  conditionKeys: action.conditionKeys,
});

/** The service's actions, filterable (filters live in the route), in a virtualised list. */
export function ServiceActions({ catalog }: { catalog: ServiceCatalog }) {
  const [location, navigate] = useLocation();
  const search = useSearch();
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(search)), [search]);
  const choices = useMemo(
    () => filterChoices(catalog.actions.map((a) => facetsOf(catalog, a))),
    [catalog],
  );
  const actions = useMemo(
    () => catalog.actions.filter((action) => matchesFilters(facetsOf(catalog, action), filters)),
    [catalog, filters],
  );
  const setFilters = (next: CatalogFilters) => {
    const query = filtersToParams(next).toString();
    navigate(query ? `${location}?${query}` : location, { replace: true });
  };
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <FilterBar filters={filters} choices={choices} onChange={setFilters} showModel={false} />
      <p role="status" className="px-3 pb-1 text-xs text-slate-600 dark:text-slate-300">
        {`${actions.length} of ${catalog.actions.length} actions`}
      </p>
      {actions.length === 0 ? (
        <EmptyState title="No action matches these filters" />
      ) : (
        <VirtualList
          label={`${catalog.id} actions`}
          items={actions}
          estimateSize={56}
          getKey={(action) => action.name}
          renderItem={(action) => (
            <div className="flex items-start gap-2 border-b border-slate-100 px-3 py-1.5 dark:border-slate-800">
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-1.5">
                  <CatalogLink to={actionPath(catalog.id, action.name)} mono>
                    {action.name}
                  </CatalogLink>
                  {action.accessLevel ? (
                    <Badge>{accessLevelLabels[action.accessLevel]}</Badge>
                  ) : null}
                </div>
                <p className="line-clamp-2 text-xs text-slate-600 dark:text-slate-300">
                  {action.description}
                </p>
              </div>
              <AddToPolicyButton item={{ kind: 'action', value: action.name }} compact />
            </div>
          )}
        />
      )}
    </div>
  );
}
