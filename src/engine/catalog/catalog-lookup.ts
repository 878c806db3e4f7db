import type {
  CatalogAction,
  CatalogApi,
  CatalogResourceType,
  GlobalConditionKey,
  PolicyModel,
  ServiceCatalog,
} from '../../catalog/catalog-types';
import { actionService, compileActionPattern, matchedName } from '../match/action';
import { splitUrn } from '../match/urn';
import {
  ConditionKeyIndex,
  familyParts,
  globalKeyInfo,
  inFamily,
  serviceKeyInfos,
} from './condition-key-index';
import type { ConditionKeyInfo } from './condition-key-index';
import { createNameIndex, nearestInIndex, nearestNames } from './edit-distance';
import type { NameIndex } from './edit-distance';

/**
 * Fast questions over a set of catalogs, built once per set. Names compare case-insensitively
 * (actions per reference §5, condition keys per assumption `condition-key-case-insensitive`).
 * Every query takes the policy model, because 5.0 and 1.1 names are separate vocabularies.
 */
export interface CatalogLookup {
  /** Models with at least one catalog, `5.0` first. */
  readonly models: readonly PolicyModel[];
  /** Global (`g:`) keys were given, so an unknown `g:` key can be reported. */
  readonly hasGlobalKeys: boolean;
  /** Lower-cased service prefixes with a catalog in `model`, sorted. */
  services(model: PolicyModel): readonly string[];
  serviceCatalog(service: string, model: PolicyModel): ServiceCatalog | undefined;
  action(name: string, model: PolicyModel): CatalogAction | undefined;
  actions(model: PolicyModel): readonly CatalogAction[];
  actionsOf(service: string, model: PolicyModel): readonly CatalogAction[];
  /** The actions of `model` that list `name` in their `aliases`. */
  aliasTargets(name: string, model: PolicyModel): readonly CatalogAction[];
  /**
   * The actions of `model` a pattern applies to (wildcards `*` and `?`, case-insensitive): by
   * their own name or through one of their aliases (reference §5 rule 6), in catalog order.
   */
  matchActions(pattern: string, model: PolicyModel): CatalogAction[];
  /** What `matchActions` returns, each with the alias it was reached through (`null`: its name). */
  reachActions(pattern: string, model: PolicyModel): ActionReach[];
  /**
   * A resource type by the service and type written in a URN: either the catalog's own service
   * and type name, or the first and fourth segment of one of its URN patterns (EIP's `publicip`
   * URNs start with `vpc:`). Types only named in action rows come back without URN patterns.
   */
  resourceType(service: string, type: string, model: PolicyModel): CatalogResourceType | undefined;
  /** A global key (any model) or a service key of `model`; families match any filled-in name. */
  conditionKey(name: string, model: PolicyModel): ConditionKeyInfo | undefined;
  /** Does the action's own key list name `key` (or a family it belongs to)? */
  actionSupportsKey(action: CatalogAction, key: string): boolean;
  /**
   * Does any action of `model` list `key`? Keys no action lists (most global keys) describe the
   * request and apply to every action; the others only to the actions that list them.
   */
  keyListedByActions(key: string, model: PolicyModel): boolean;
  /** Up to `count` documented key names (global, and service keys of `model`) closest to `name`. */
  nearestConditionKeys(name: string, model: PolicyModel, count: number): string[];
  apisOf(service: string, model: PolicyModel): readonly CatalogApi[];
  api(service: string, id: string, model: PolicyModel): CatalogApi | undefined;
  /** Up to `count` action names of `model` closest to `name`, for "did you mean". */
  nearestActions(name: string, model: PolicyModel, count: number): string[];
  nearestServices(name: string, model: PolicyModel, count: number): string[];
}

/** An action a pattern applies to, and how. */
export interface ActionReach {
  action: CatalogAction;
  /** The alias the pattern matched, when it did not match the action's own name. */
  alias: string | null;
}

interface ModelIndex {
  catalogs: Map<string, ServiceCatalog>;
  actions: Map<string, CatalogAction>;
  actionsByService: Map<string, CatalogAction[]>;
  allActions: CatalogAction[];
  /** Position of each action in `allActions`. */
  positions: Map<CatalogAction, number>;
  aliasTargets: Map<string, CatalogAction[]>;
  /**
   * Per lower-cased service: the actions a pattern naming that service can reach, its own and
   * those with an alias in it (EIP actions answer to VPC names), in catalog order.
   */
  reachable: Map<string, CatalogAction[]>;
  resourceTypes: Map<string, CatalogResourceType>;
  apis: Map<string, CatalogApi>;
  keys: ConditionKeyIndex;
  keyNames: string[];
  /** Every key some action lists, as one pseudo-action's key set. */
  listedKeys: ActionKeys;
}

const EMPTY: readonly never[] = [];

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function emptyModelIndex(): ModelIndex {
  return {
    catalogs: new Map(),
    actions: new Map(),
    actionsByService: new Map(),
    allActions: [],
    positions: new Map(),
    aliasTargets: new Map(),
    reachable: new Map(),
    resourceTypes: new Map(),
    apis: new Map(),
    keys: new ConditionKeyIndex(),
    keyNames: [],
    listedKeys: { exact: new Set(), families: [] },
  };
}

function addCatalog(index: ModelIndex, catalog: ServiceCatalog): void {
  const service = catalog.service.toLowerCase();
  if (!index.catalogs.has(service)) index.catalogs.set(service, catalog);
  for (const action of catalog.actions) {
    addKeys(index.listedKeys, action.conditionKeys);
    const lower = action.name.toLowerCase();
    if (index.actions.has(lower)) continue;
    index.actions.set(lower, action);
    index.positions.set(action, index.allActions.length);
    index.allActions.push(action);
    const own = actionService(action.name);
    pushTo(index.actionsByService, own, action);
    for (const alias of action.aliases) pushTo(index.aliasTargets, alias.toLowerCase(), action);
    for (const service of new Set([own, ...action.aliases.map(actionService)]))
      pushTo(index.reachable, service, action);
  }
  for (const type of catalog.resourceTypes) {
    const keys = [`${service}:${type.name.toLowerCase()}`];
    for (const pattern of type.urnPatterns) {
      const segments = splitUrn(pattern);
      if (segments) keys.push(`${segments[0]}:${segments[3]}`.toLowerCase());
    }
    for (const key of keys) if (!index.resourceTypes.has(key)) index.resourceTypes.set(key, type);
  }
  // Partial captures name resource types in action rows without the resource table.
  for (const action of catalog.actions) {
    for (const { type } of action.resourceTypes) {
      const key = `${service}:${type.toLowerCase()}`;
      if (!index.resourceTypes.has(key)) {
        index.resourceTypes.set(key, { name: type, urnPatterns: [], source: action.source });
      }
    }
  }
  for (const api of catalog.apis) index.apis.set(`${service} ${api.id}`, api);
  for (const info of serviceKeyInfos(catalog)) {
    index.keys.add(info);
    index.keyNames.push(info.name);
  }
}

/** An action's key list as exact lower-cased names plus families. */
interface ActionKeys {
  exact: Set<string>;
  families: [string, string][];
}

function addKeys(keys: ActionKeys, names: readonly string[]): void {
  for (const name of names) {
    const parts = familyParts(name);
    if (parts) keys.families.push(parts);
    else keys.exact.add(name.toLowerCase());
  }
}

function hasKey(keys: ActionKeys, key: string): boolean {
  const lower = key.toLowerCase();
  return keys.exact.has(lower) || keys.families.some((parts) => inFamily(lower, parts));
}

/**
 * The actions a name can be, before matching: the action of that name and those answering to it
 * as an alias, in catalog order.
 */
function literalCandidates(index: ModelIndex, name: string): CatalogAction[] {
  const lower = name.toLowerCase();
  const own = index.actions.get(lower);
  const targets: readonly CatalogAction[] = index.aliasTargets.get(lower) ?? EMPTY;
  const candidates = own && !targets.includes(own) ? [own, ...targets] : [...targets];
  const position = (action: CatalogAction) => index.positions.get(action) ?? 0;
  return candidates.sort((a, b) => position(a) - position(b));
}

/** The engine's action matching (by name or alias) over the candidates the indexes allow. */
function reach(index: ModelIndex | undefined, pattern: string): ActionReach[] {
  if (!index) return [];
  const matcher = compileActionPattern(pattern);
  const candidates = !matcher.hasWildcard
    ? literalCandidates(index, pattern)
    : matcher.service === null
      ? index.allActions
      : (index.reachable.get(matcher.service) ?? EMPTY);
  const reached: ActionReach[] = [];
  for (const action of candidates) {
    const name = matchedName(matcher, action.name, action.aliases);
    if (name !== null) reached.push({ action, alias: name === action.name ? null : name });
  }
  return reached;
}

/** Builds the lookup; linear in the size of the catalogs. */
export function createCatalogLookup(
  catalogs: readonly ServiceCatalog[],
  globalKeys: readonly GlobalConditionKey[] = [],
): CatalogLookup {
  const byModel = new Map<PolicyModel, ModelIndex>();
  for (const catalog of catalogs) {
    let index = byModel.get(catalog.model);
    if (!index) {
      index = emptyModelIndex();
      byModel.set(catalog.model, index);
    }
    addCatalog(index, catalog);
  }
  const globals = new ConditionKeyIndex();
  for (const key of globalKeys) globals.add(globalKeyInfo(key));
  const globalNames = globalKeys.map((key) => key.name);
  const sortedServices = new Map(
    [...byModel].map(([model, index]) => [model, [...index.catalogs.keys()].sort()]),
  );
  const keysByAction = new WeakMap<CatalogAction, ActionKeys>();
  // Action names per model and service (empty service: all of the model), built on first use.
  const nameIndexes = new Map<string, NameIndex>();
  const model = (m: PolicyModel): ModelIndex | undefined => byModel.get(m);

  return {
    models: (['5.0', '1.1'] as const).filter((m) => byModel.has(m)),
    hasGlobalKeys: globalKeys.length > 0,
    services: (m) => sortedServices.get(m) ?? EMPTY,
    serviceCatalog: (service, m) => model(m)?.catalogs.get(service.toLowerCase()),
    action: (name, m) => model(m)?.actions.get(name.toLowerCase()),
    actions: (m) => model(m)?.allActions ?? EMPTY,
    actionsOf: (service, m) => model(m)?.actionsByService.get(service.toLowerCase()) ?? EMPTY,
    aliasTargets: (name, m) => model(m)?.aliasTargets.get(name.toLowerCase()) ?? EMPTY,
    matchActions(pattern, m) {
      return reach(model(m), pattern).map((reached) => reached.action);
    },
    reachActions: (pattern, m) => reach(model(m), pattern),
    resourceType: (service, type, m) =>
      model(m)?.resourceTypes.get(`${service.toLowerCase()}:${type.toLowerCase()}`),
    conditionKey: (name, m) => globals.find(name) ?? model(m)?.keys.find(name),
    actionSupportsKey(action, key) {
      let keys = keysByAction.get(action);
      if (!keys) {
        keys = { exact: new Set(), families: [] };
        addKeys(keys, action.conditionKeys);
        keysByAction.set(action, keys);
      }
      return hasKey(keys, key);
    },
    keyListedByActions(key, m) {
      const index = model(m);
      return index !== undefined && hasKey(index.listedKeys, key);
    },
    nearestConditionKeys: (name, m, count) =>
      nearestNames(name, [...globalNames, ...(model(m)?.keyNames ?? EMPTY)], count),
    apisOf: (service, m) => model(m)?.catalogs.get(service.toLowerCase())?.apis ?? EMPTY,
    api: (service, id, m) => model(m)?.apis.get(`${service.toLowerCase()} ${id}`),
    nearestActions(name, m, count) {
      const index = model(m);
      if (!index) return [];
      const service = actionService(name);
      const key = `${m} ${index.actionsByService.has(service) ? service : ''}`;
      let names = nameIndexes.get(key);
      if (!names) {
        const actions = index.actionsByService.get(service) ?? index.allActions;
        names = createNameIndex(actions.map((action) => action.name));
        nameIndexes.set(key, names);
      }
      return nearestInIndex(name, names, count);
    },
    nearestServices: (name, m, count) => nearestNames(name, sortedServices.get(m) ?? EMPTY, count),
  };
}
