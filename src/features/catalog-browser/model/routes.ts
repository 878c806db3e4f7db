import type { CatalogFilters } from './filters';
import { filtersToParams } from './filters';

/**
 * Route paths of the catalog browser (hash routes: `#/services/ims-5.0`). Names keep their `:`
 * and API ids their `/` so a deep link stays readable; everything else is percent-encoded.
 */
function encodeSegment(value: string, keepSlash = false): string {
  let encoded = encodeURIComponent(value).replace(/%3A/gi, ':');
  if (keepSlash) encoded = encoded.replace(/%2F/gi, '/');
  return encoded;
}

/** Reverses `encodeSegment`; a malformed escape is kept as written rather than thrown. */
export function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export type ServiceTab = 'actions' | 'apis' | 'resources' | 'condition-keys' | 'warnings';

export const homePath = '/';
export const globalKeysPath = '/global-condition-keys';
export const systemPoliciesPath = '/system-policies';
export const allApisPath = '/apis';

export const servicePath = (catalogId: string, tab: ServiceTab = 'actions') =>
  `/services/${encodeSegment(catalogId)}${tab === 'actions' ? '' : `/${tab}`}`;

export const actionPath = (catalogId: string, action: string) =>
  `/services/${encodeSegment(catalogId)}/actions/${encodeSegment(action)}`;

export const apiPath = (catalogId: string, apiId: string) =>
  `/apis/${encodeSegment(catalogId)}/${encodeSegment(apiId, true)}`;

export const systemPolicyPath = (id: string) => `${systemPoliciesPath}/${encodeSegment(id)}`;

export function searchPath(query: string, filters: CatalogFilters = {}): string {
  const params = filtersToParams(filters);
  if (query) params.set('q', query);
  params.sort();
  const search = params.toString();
  return search ? `/search?${search}` : '/search';
}
