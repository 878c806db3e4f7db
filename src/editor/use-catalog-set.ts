import { useMemo } from 'react';
import { useCatalogs } from '../data/use-catalogs';
import type { CatalogSet } from './diagnostics/diagnostics-protocol';

/**
 * The catalogs the editor checks against, once every file the index lists has settled (loaded or
 * failed): one stable set instead of a new one per arriving file, so the worker and the indexes
 * are built once. `null` until then, or when the index itself failed.
 */
export function useCatalogSet(): CatalogSet | null {
  const data = useCatalogs();
  const settled =
    data.index.status === 'success' &&
    data.services.every(({ load }) => load.status !== 'pending') &&
    data.globalConditionKeys.status !== 'pending';
  const { catalogs, globalConditionKeys } = data;
  return useMemo(() => {
    if (!settled) return null;
    const globalKeys =
      globalConditionKeys.status === 'success' ? globalConditionKeys.data.keys : [];
    return { catalogs, globalKeys };
  }, [settled, catalogs, globalConditionKeys]);
}
