import type {
  CatalogAction,
  CatalogConditionKey,
  ConditionKeyType,
  GlobalConditionKey,
  PolicyModel,
  ServiceCatalog,
} from '../../../catalog';

export interface ActionRef {
  catalog: ServiceCatalog;
  action: CatalogAction;
}

/** Finds actions by name (case-insensitive, as the engine matches them) within one model. */
export function createActionLookup(catalogs: readonly ServiceCatalog[]) {
  const byKey = new Map<string, ActionRef>();
  for (const catalog of catalogs) {
    for (const action of catalog.actions) {
      const key = `${catalog.model}|${action.name.toLowerCase()}`;
      if (!byKey.has(key)) byKey.set(key, { catalog, action });
    }
  }
  return (model: PolicyModel, name: string): ActionRef | undefined =>
    byKey.get(`${model}|${name.toLowerCase()}`);
}

export type ActionLookup = ReturnType<typeof createActionLookup>;

export interface ResolvedConditionKey {
  name: string;
  type: ConditionKeyType | null;
  multiValued: boolean | null;
  description: string;
  /** Where the key is defined: the service's own table, the global keys, or nowhere we know. */
  origin: 'service' | 'global' | 'unknown';
}

/** `g:ResourceTag/<tag-key>` stands for a family: `<...>` matches any non-empty text. */
function familyMatches(pattern: string, name: string): boolean {
  if (!pattern.includes('<')) return false;
  const source = pattern
    .split(/<[^>]+>/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+');
  return new RegExp(`^${source}$`, 'i').test(name);
}

/** Explains a condition key an action lists, from its service's table or the global keys. */
export function resolveConditionKey(
  name: string,
  serviceKeys: readonly CatalogConditionKey[],
  globalKeys: readonly GlobalConditionKey[],
): ResolvedConditionKey {
  const lower = name.toLowerCase();
  const own = serviceKeys.find((key) => key.name.toLowerCase() === lower);
  if (own) return { ...pick(own), origin: 'service' };
  const global =
    globalKeys.find((key) => key.name.toLowerCase() === lower) ??
    globalKeys.find((key) => familyMatches(key.name, name));
  if (global) return { ...pick(global), name, origin: 'global' };
  return { name, type: null, multiValued: null, description: '', origin: 'unknown' };
}

function pick(key: CatalogConditionKey | GlobalConditionKey) {
  return {
    name: key.name,
    type: key.type,
    multiValued: key.multiValued,
    description: key.description,
  };
}
