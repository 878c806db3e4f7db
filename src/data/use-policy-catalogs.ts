import type { CatalogSet } from '../catalog';
import { createPolicyCatalogs } from '../language';
import type { PolicyCatalogs } from '../language';
import { useCatalogSet } from './use-catalog-set';

const indexed = new WeakMap<CatalogSet, PolicyCatalogs>();

/**
 * The catalog set indexed for the main thread's readers (completion and hover, the builder's
 * pickers, the generator, the evaluator's inputs and simulator): built once per set, however many
 * views ask. The analysis worker builds its own once, off the main thread.
 */
export function policyCatalogsOf(set: CatalogSet): PolicyCatalogs {
  let built = indexed.get(set);
  if (built === undefined) {
    built = createPolicyCatalogs(set.catalogs, set.globalKeys);
    indexed.set(set, built);
  }
  return built;
}

/** The settled catalog set, indexed; `null` while the catalogs load. */
export function usePolicyCatalogs(): PolicyCatalogs | null {
  const set = useCatalogSet();
  return set ? policyCatalogsOf(set) : null;
}
