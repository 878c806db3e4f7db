import { createContext, useContext } from 'react';
import type { CatalogModel } from './use-catalog-model';

/** The browser's pages share one catalog model (and one search index) through this context. */
export const CatalogModelContext = createContext<CatalogModel | null>(null);

export function useCatalogModelContext(): CatalogModel {
  const model = useContext(CatalogModelContext);
  // INVARIANT: every page renders inside <CatalogBrowser>, which provides the model.
  if (!model) throw new Error('catalog pages must render inside the catalog browser');
  return model;
}
