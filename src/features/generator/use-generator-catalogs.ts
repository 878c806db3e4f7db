import { useMemo } from 'react';
import type { ServiceCatalog } from '../../catalog';
import { useCatalogSet } from '../../data/use-catalog-set';
import { policyCatalogsOf } from '../../data/use-policy-catalogs';
import type { CatalogLookup } from '../../engine';

export interface GeneratorCatalogs {
  /** The identity-policy / SCP (5.0) catalogs: the generator writes 5.0 documents only. */
  catalogs: readonly ServiceCatalog[];
  lookup: CatalogLookup;
}

/** The 5.0 catalogs and the page's lookup (the generator asks it about 5.0 only); `null` while they load. */
export function useGeneratorCatalogs(): GeneratorCatalogs | null {
  const set = useCatalogSet();
  return useMemo(() => {
    if (!set) return null;
    const catalogs = set.catalogs.filter((catalog) => catalog.model === '5.0');
    return { catalogs, lookup: policyCatalogsOf(set).lookup };
  }, [set]);
}
