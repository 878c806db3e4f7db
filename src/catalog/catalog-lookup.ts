/**
 * Small lookup indexes over a service catalog. Action names compare case-insensitively
 * (policy-language.md §5), so every map is keyed by the lower-cased name.
 */
import type { CatalogAction, CatalogApi, PolicyModel, ServiceCatalog } from './catalog-types';

/** The catalog id for a service and model, e.g. `ims-5.0`. */
export function catalogId(service: string, model: PolicyModel): string {
  return `${service.toLowerCase()}-${model}`;
}

/** Actions by lower-cased name; on a clash the first listed action wins. */
export function indexActionsByName(catalog: ServiceCatalog): Map<string, CatalogAction> {
  const byName = new Map<string, CatalogAction>();
  for (const action of catalog.actions) {
    const key = action.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, action);
  }
  return byName;
}

/** Actions by lower-cased alias (v5 Alias column, which holds legacy names). */
export function indexActionsByAlias(catalog: ServiceCatalog): Map<string, CatalogAction[]> {
  const byAlias = new Map<string, CatalogAction[]>();
  for (const action of catalog.actions) {
    for (const alias of action.aliases) {
      const key = alias.toLowerCase();
      byAlias.set(key, [...(byAlias.get(key) ?? []), action]);
    }
  }
  return byAlias;
}

/** APIs grouped by the lower-cased action that authorises them. */
export function indexApisByAction(catalog: ServiceCatalog): Map<string, CatalogApi[]> {
  const byAction = new Map<string, CatalogApi[]>();
  for (const api of catalog.apis) {
    const key = api.action.toLowerCase();
    byAction.set(key, [...(byAction.get(key) ?? []), api]);
  }
  return byAction;
}
