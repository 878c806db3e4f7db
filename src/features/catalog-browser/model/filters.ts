import type { AccessLevel, PolicyModel } from '../../../catalog';

/** Filters of the search page and the service action lists; absent means "any". */
export interface CatalogFilters {
  accessLevel?: AccessLevel;
  /** Lower-cased resource type name. */
  resourceType?: string;
  conditionKey?: string;
  model?: PolicyModel;
}

/** The properties an item exposes to the filters. */
export interface Facets {
  models: readonly PolicyModel[];
  accessLevel: AccessLevel | null;
  /** Lower-cased resource type names. */
  resourceTypes: readonly string[];
  conditionKeys: readonly string[];
}

const accessLevels: readonly AccessLevel[] = [
  'list',
  'read',
  'write',
  'permission_management',
  'tagging',
];
export const policyModels: readonly PolicyModel[] = ['5.0', '1.1'];

/** A filter keeps only the items that have the property it asks for. */
export function matchesFilters(facets: Facets, filters: CatalogFilters): boolean {
  if (filters.model && !facets.models.includes(filters.model)) return false;
  if (filters.accessLevel && facets.accessLevel !== filters.accessLevel) return false;
  if (filters.resourceType && !facets.resourceTypes.includes(filters.resourceType)) return false;
  if (filters.conditionKey) {
    const wanted = filters.conditionKey.toLowerCase();
    if (!facets.conditionKeys.some((key) => key.toLowerCase() === wanted)) return false;
  }
  return true;
}

export function hasActiveFilters(filters: CatalogFilters): boolean {
  return Boolean(
    filters.accessLevel || filters.resourceType || filters.conditionKey || filters.model,
  );
}

/** The choices each filter offers, collected from the items (sorted, distinct). */
export function filterChoices(items: readonly Facets[]) {
  const levels = new Set<AccessLevel>();
  const resourceTypes = new Set<string>();
  const conditionKeys = new Set<string>();
  const models = new Set<PolicyModel>();
  for (const item of items) {
    if (item.accessLevel) levels.add(item.accessLevel);
    item.resourceTypes.forEach((type) => resourceTypes.add(type));
    item.conditionKeys.forEach((key) => conditionKeys.add(key));
    item.models.forEach((model) => models.add(model));
  }
  const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return {
    accessLevels: accessLevels.filter((level) => levels.has(level)),
    resourceTypes: sorted(resourceTypes),
    conditionKeys: sorted(conditionKeys),
    models: policyModels.filter((model) => models.has(model)),
  };
}

const paramNames = {
  accessLevel: 'level',
  resourceType: 'resource',
  conditionKey: 'key',
  model: 'model',
} as const;

/** Reads filters from a route query, ignoring values that are not valid choices. */
export function filtersFromParams(params: URLSearchParams): CatalogFilters {
  const filters: CatalogFilters = {};
  const level = params.get(paramNames.accessLevel);
  if (level && (accessLevels as readonly string[]).includes(level)) {
    filters.accessLevel = level as AccessLevel;
  }
  const model = params.get(paramNames.model);
  if (model && (policyModels as readonly string[]).includes(model)) {
    filters.model = model as PolicyModel;
  }
  const resourceType = params.get(paramNames.resourceType)?.trim().toLowerCase();
  if (resourceType) filters.resourceType = resourceType;
  const conditionKey = params.get(paramNames.conditionKey)?.trim();
  if (conditionKey) filters.conditionKey = conditionKey;
  return filters;
}

export function filtersToParams(filters: CatalogFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(paramNames) as [keyof CatalogFilters, string][]) {
    const value = filters[field];
    if (value) params.set(name, value);
  }
  return params;
}
