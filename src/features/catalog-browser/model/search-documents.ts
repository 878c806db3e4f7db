import type { CatalogAction, GlobalConditionKey, ServiceCatalog } from '../../../catalog';
import type { Facets } from './filters';
import { actionPath, apiPath, globalKeysPath, servicePath } from './routes';

export type SearchKind = 'action' | 'api' | 'conditionKey' | 'resourceType';

/** One searchable thing, flattened from a catalog, with where to open it. */
export interface SearchDocument extends Facets {
  /** Unique across all catalogs. */
  id: string;
  kind: SearchKind;
  /** The catalog it belongs to; `global` for global condition keys. */
  catalogId: string;
  title: string;
  /** A short second line: description, the API's action, the key's type. */
  detail: string;
  /** The title split into words (`ims:images:list` → `ims images list`) for fuzzy matching. */
  words: string;
  /** Further searchable text: aliases, URN patterns, API titles. */
  extra: string;
  route: string;
}

const splitWords = (text: string) =>
  text
    .replace(/[{}<>]/g, '')
    .split(/[\s:/._-]+/)
    .filter(Boolean)
    .join(' ');

function actionFacets(catalog: ServiceCatalog, action: CatalogAction | undefined): Facets {
  return {
    models: [catalog.model],
    accessLevel: action?.accessLevel ?? null,
    resourceTypes: action?.resourceTypes.map((rt) => rt.type.toLowerCase()) ?? [],
    conditionKeys: action?.conditionKeys ?? [],
  };
}

const noFacets = { accessLevel: null, resourceTypes: [], conditionKeys: [] } as const;

/** Everything the search box looks through in one service catalog. */
export function catalogDocuments(catalog: ServiceCatalog): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const byName = new Map(catalog.actions.map((action) => [action.name.toLowerCase(), action]));
  for (const action of catalog.actions) {
    docs.push({
      ...actionFacets(catalog, action),
      id: `action|${catalog.id}|${action.name}`,
      kind: 'action',
      catalogId: catalog.id,
      title: action.name,
      detail: action.description,
      words: splitWords(action.name),
      extra: action.aliases.join(' '),
      route: actionPath(catalog.id, action.name),
    });
  }
  for (const api of catalog.apis) {
    const title = api.method ? `${api.method} ${api.path}` : api.path;
    docs.push({
      ...actionFacets(catalog, byName.get(api.action.toLowerCase())),
      id: `api|${catalog.id}|${api.id}`,
      kind: 'api',
      catalogId: catalog.id,
      title,
      detail: `needs ${api.action}`,
      words: splitWords(title),
      extra: [api.title ?? '', api.action].join(' '),
      route: apiPath(catalog.id, api.id),
    });
  }
  for (const key of catalog.conditionKeys) {
    docs.push({
      ...noFacets,
      models: [catalog.model],
      conditionKeys: [key.name],
      id: `conditionKey|${catalog.id}|${key.name}`,
      kind: 'conditionKey',
      catalogId: catalog.id,
      title: key.name,
      detail: key.description,
      words: splitWords(key.name),
      extra: key.type,
      route: servicePath(catalog.id, 'condition-keys'),
    });
  }
  for (const resourceType of catalog.resourceTypes) {
    docs.push({
      ...noFacets,
      models: [catalog.model],
      resourceTypes: [resourceType.name.toLowerCase()],
      id: `resourceType|${catalog.id}|${resourceType.name}`,
      kind: 'resourceType',
      catalogId: catalog.id,
      title: `${catalog.service}:${resourceType.name}`,
      detail: resourceType.urnPatterns.join('  '),
      words: splitWords(`${catalog.service} ${resourceType.name}`),
      extra: resourceType.urnPatterns.join(' '),
      route: servicePath(catalog.id, 'resources'),
    });
  }
  return docs;
}

/** Global (`g:`) condition keys, searchable beside the service keys. */
export function globalKeyDocuments(keys: readonly GlobalConditionKey[]): SearchDocument[] {
  return keys.map((key) => ({
    ...noFacets,
    models: key.models,
    conditionKeys: [key.name],
    id: `conditionKey|global|${key.name}`,
    kind: 'conditionKey',
    catalogId: 'global',
    title: key.name,
    detail: key.description,
    words: splitWords(key.name),
    extra: key.type,
    route: globalKeysPath,
  }));
}
