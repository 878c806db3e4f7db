import type {
  CatalogAction,
  CatalogApi,
  GlobalConditionKey,
  PolicyModel,
  ServiceCatalog,
} from '../catalog';
import { createCatalogLookup } from '../engine';
import type { CatalogLookup } from '../engine';

/**
 * What the language service knows about the catalogs: the engine's lookup plus the few indexes it
 * lacks (global key list, APIs per action, key descriptions). Built once per catalog set and
 * passed explicitly to every service function; nothing here is global.
 */
export interface PolicyCatalogs {
  readonly lookup: CatalogLookup;
  /** Every global (`g:`) key, in file order. */
  readonly globalKeys: readonly GlobalConditionKey[];
  /** The APIs an action authorises (same model), in catalog order. */
  apisOf(action: CatalogAction, model: PolicyModel): readonly CatalogApi[];
  /** The documented description of a key (global, or a service key of `model`). */
  keyDescription(name: string, model: PolicyModel): string | undefined;
  /** Every action of `model` whose own key list names `key` (or its family). */
  actionsTakingKey(key: string, model: PolicyModel): readonly CatalogAction[];
}

const NONE: readonly never[] = [];

/** Indexes the catalogs for the language service; linear in their size. */
export function createPolicyCatalogs(
  catalogs: readonly ServiceCatalog[],
  globalKeys: readonly GlobalConditionKey[],
): PolicyCatalogs {
  const lookup = createCatalogLookup(catalogs, globalKeys);
  const apis = new Map<string, CatalogApi[]>();
  const descriptions = new Map<string, string>();
  for (const catalog of catalogs) {
    for (const api of catalog.apis) {
      const id = `${catalog.model} ${api.action.toLowerCase()}`;
      const list = apis.get(id);
      if (list) list.push(api);
      else apis.set(id, [api]);
    }
    for (const key of catalog.conditionKeys) {
      descriptions.set(`${catalog.model} ${key.name.toLowerCase()}`, key.description);
    }
  }
  const globalDescriptions = new Map(globalKeys.map((k) => [k.name.toLowerCase(), k.description]));
  const takers = new Map<string, CatalogAction[]>();
  return {
    lookup,
    globalKeys,
    apisOf: (action, model) => apis.get(`${model} ${action.name.toLowerCase()}`) ?? NONE,
    keyDescription(name, model) {
      const info = lookup.conditionKey(name, model);
      if (!info) return undefined;
      const lower = info.name.toLowerCase();
      return globalDescriptions.get(lower) ?? descriptions.get(`${model} ${lower}`);
    },
    actionsTakingKey(key, model) {
      const id = `${model} ${key.toLowerCase()}`;
      let list = takers.get(id);
      if (!list) {
        list = lookup.actions(model).filter((action) => lookup.actionSupportsKey(action, key));
        takers.set(id, list);
      }
      return list;
    },
  };
}
