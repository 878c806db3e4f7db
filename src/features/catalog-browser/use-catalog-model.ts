import { useMemo } from 'react';
import type { GlobalConditionKey, SystemPolicy } from '../../catalog';
import { useCatalogs } from '../../data/use-catalogs';
import type { CatalogData } from '../../data/use-catalogs';
import { createActionLookup } from './model/catalog-lookup';
import type { ActionLookup } from './model/catalog-lookup';
import { catalogDocuments, globalKeyDocuments } from './model/search-documents';
import { createSearchIndex } from './model/search-index';
import type { SearchIndex } from './model/search-index';

export interface CatalogModel extends CatalogData {
  lookup: ActionLookup;
  searchIndex: SearchIndex;
  globalKeys: GlobalConditionKey[];
  policies: SystemPolicy[];
}

const none: never[] = [];

/** The loaded catalogs plus the indexes the browser pages share, rebuilt only when data changes. */
export function useCatalogModel(): CatalogModel {
  const data = useCatalogs();
  const { catalogs, globalConditionKeys, systemPolicies } = data;
  const globalKeys =
    globalConditionKeys.status === 'success' ? globalConditionKeys.data.keys : none;
  const policies = systemPolicies.status === 'success' ? systemPolicies.data.policies : none;
  const lookup = useMemo(() => createActionLookup(catalogs), [catalogs]);
  const searchIndex = useMemo(
    () =>
      createSearchIndex([...catalogs.flatMap(catalogDocuments), ...globalKeyDocuments(globalKeys)]),
    [catalogs, globalKeys],
  );
  return useMemo(
    () => ({ ...data, lookup, searchIndex, globalKeys, policies }),
    [data, lookup, searchIndex, globalKeys, policies],
  );
}
