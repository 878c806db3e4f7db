import { useMemo } from 'react';
import { useCatalogSet } from '../../data/use-catalog-set';
import { createPolicyCatalogs } from '../../language';
import type { PolicyCatalogs } from '../../language';

/** The catalogs indexed for the builder's pickers; `null` while they load. */
export function usePolicyCatalogs(): PolicyCatalogs | null {
  const set = useCatalogSet();
  return useMemo(() => (set ? createPolicyCatalogs(set.catalogs, set.globalKeys) : null), [set]);
}
