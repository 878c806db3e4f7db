import type { CatalogApi, ServiceCatalog } from '../../../catalog';
import type { ActionLookup } from './catalog-lookup';

/** One row of the API browser: an API and the action that authorises it. */
export interface ApiRow {
  catalogId: string;
  model: ServiceCatalog['model'];
  api: CatalogApi;
}

/** Every API of the loaded catalogs, optionally narrowed by a plain text filter. */
export function listApis(catalogs: readonly ServiceCatalog[], text = ''): ApiRow[] {
  const needle = text.trim().toLowerCase();
  return catalogs.flatMap((catalog) =>
    catalog.apis
      .filter(
        (api) =>
          !needle ||
          `${api.method ?? ''} ${api.path} ${api.action} ${api.title ?? ''}`
            .toLowerCase()
            .includes(needle),
      )
      .map((api) => ({ catalogId: catalog.id, model: catalog.model, api })),
  );
}

export interface ApiActionLink {
  action: string;
  condition?: string;
  /** The catalog describing the action, when one is loaded. */
  catalogId: string | null;
}

/** What the API page shows: the API, its action and the dependencies, linked where known. */
export interface ApiView {
  catalogId: string;
  serviceName: string;
  model: ServiceCatalog['model'];
  api: CatalogApi;
  action: ApiActionLink;
  dependencies: ApiActionLink[];
}

export function buildApiView(
  catalog: ServiceCatalog,
  api: CatalogApi,
  lookup: ActionLookup,
): ApiView {
  const link = (action: string, condition?: string): ApiActionLink => ({
    action,
    ...(condition ? { condition } : {}),
    catalogId: lookup(catalog.model, action)?.catalog.id ?? null,
  });
  return {
    catalogId: catalog.id,
    serviceName: catalog.serviceName,
    model: catalog.model,
    api,
    action: link(api.action),
    dependencies: api.dependencies.map((dependency) =>
      link(dependency.action, dependency.condition),
    ),
  };
}
