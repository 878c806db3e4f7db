import { useMemo } from 'react';
import type { CatalogSet } from '../catalog';
import { useCatalogs } from './use-catalogs';

const NO_CATALOGS: CatalogSet = { catalogs: [], globalKeys: [] };

/**
 * The catalogs the analysis worker checks and evaluates against, once every file the index lists has settled (loaded or
 * failed): one stable set instead of a new one per arriving file, so the worker and the indexes
 * are built once. `null` until then; an empty set when the index itself failed (the catalog
 * pane reports why), so the editor stops waiting and checks the grammar.
 */
export function useCatalogSet(): CatalogSet | null {
  const data = useCatalogs();
  const settled =
    data.index.status === 'success' &&
    data.services.every(({ load }) => load.status !== 'pending') &&
    data.globalConditionKeys.status !== 'pending';
  const failed = data.index.status === 'error';
  const { catalogs, globalConditionKeys } = data;
  return useMemo(() => {
    if (failed) return NO_CATALOGS;
    if (!settled) return null;
    const globalKeys =
      globalConditionKeys.status === 'success' ? globalConditionKeys.data.keys : [];
    return { catalogs, globalKeys };
  }, [failed, settled, catalogs, globalConditionKeys]);
}
