/**
 * The actions a matrix over one list of catalogs can ask about, numbered once ("slots"): every
 * catalog action, then every API action or dependency name that no catalog lists as written. A
 * slot keeps the catalog action its name resolves to (exactly, else ignoring case; for a name two
 * catalogs list, the later catalog's), and each API keeps the slots of its action and dependencies.
 *
 * Numbering 100,000 actions takes longer than deciding them, and the workbench recomputes the
 * matrix over the same catalogs on every edit, so the numbering is kept per catalog list (weakly,
 * so a dropped list frees it) and reused while the list holds the same catalogs.
 */
import type { CatalogAction, CatalogApi, ServiceCatalog } from '../../catalog/catalog-types';

/** The slots of one catalog's APIs, by API position. */
export interface ApiSlots {
  own: Int32Array;
  /** API `i`'s dependency slots are `dependencies[dependencyStart[i] .. dependencyStart[i + 1]]`. */
  dependencyStart: Int32Array;
  dependencies: Int32Array;
  /** Per dependency: 1 when the catalog says it is needed only in some situations. */
  conditional: Uint8Array;
}

export interface ActionSlots {
  /** Per slot: the name as written. */
  names: readonly string[];
  /** Per slot: the catalog action the name resolves to, if any. */
  actions: readonly (CatalogAction | null)[];
  /** Per slot: the catalog of that action (its resource types' URN patterns). */
  owners: readonly (ServiceCatalog | null)[];
  /** The slot of a name as written, if it has one. */
  slotOf: ReadonlyMap<string, number>;
  /** Per catalog: the slots of its actions, in catalog order. */
  catalogActions: ReadonlyMap<ServiceCatalog, Int32Array>;
  apis: ReadonlyMap<ServiceCatalog, ApiSlots>;
}

function numberActions(catalogs: readonly ServiceCatalog[]): ActionSlots {
  const names: string[] = [];
  const actions: (CatalogAction | null)[] = [];
  const owners: (ServiceCatalog | null)[] = [];
  const slotOf = new Map<string, number>();
  const catalogActions = new Map<ServiceCatalog, Int32Array>();
  for (const catalog of catalogs) {
    const own = new Int32Array(catalog.actions.length);
    catalog.actions.forEach((action, i) => {
      let slot = slotOf.get(action.name);
      if (slot === undefined) {
        slot = names.length;
        slotOf.set(action.name, slot);
        names.push(action.name);
        actions.push(action);
        owners.push(catalog);
      } else {
        actions[slot] = action;
        owners[slot] = catalog;
      }
      own[i] = slot;
    });
    catalogActions.set(catalog, own);
  }

  let folded: Map<string, [CatalogAction, ServiceCatalog]> | null = null;
  const slotFor = (name: string): number => {
    const known = slotOf.get(name);
    if (known !== undefined) return known;
    folded ??= new Map(
      catalogs.flatMap((c) => c.actions.map((a) => [a.name.toLowerCase(), [a, c]] as const)),
    );
    const [action, owner] = folded.get(name.toLowerCase()) ?? [null, null];
    const slot = names.length;
    slotOf.set(name, slot);
    names.push(name);
    actions.push(action);
    owners.push(owner);
    return slot;
  };
  const apis = new Map<ServiceCatalog, ApiSlots>();
  for (const catalog of catalogs) apis.set(catalog, numberApis(catalog.apis, slotFor));
  return { names, actions, owners, slotOf, catalogActions, apis };
}

function numberApis(apis: readonly CatalogApi[], slotFor: (name: string) => number): ApiSlots {
  const own = new Int32Array(apis.length);
  const dependencyStart = new Int32Array(apis.length + 1);
  let total = 0;
  for (const api of apis) total += api.dependencies.length;
  const dependencies = new Int32Array(total);
  const conditional = new Uint8Array(total);
  let next = 0;
  apis.forEach((api, i) => {
    own[i] = slotFor(api.action);
    dependencyStart[i] = next;
    for (const dependency of api.dependencies) {
      if (dependency.condition !== undefined) conditional[next] = 1;
      dependencies[next++] = slotFor(dependency.action);
    }
  });
  dependencyStart[apis.length] = next;
  return { own, dependencyStart, dependencies, conditional };
}

interface Numbered {
  catalogs: readonly ServiceCatalog[];
  slots: ActionSlots;
}

const numberedLists = new WeakMap<readonly ServiceCatalog[], Numbered[]>();
/** Selections kept per list: callers select one model's catalogs, and there are two models. */
const MAX_SELECTIONS = 2;

const sameCatalogs = (a: readonly ServiceCatalog[], b: readonly ServiceCatalog[]): boolean =>
  a.length === b.length && a.every((catalog, i) => catalog === b[i]);

/**
 * The slots of `catalogs`, a selection (such as one model's catalogs) of the caller's `list`;
 * numbered on first use and reused for later calls with the same list and selection.
 */
export function actionSlots(
  list: readonly ServiceCatalog[],
  catalogs: readonly ServiceCatalog[],
): ActionSlots {
  let numbered = numberedLists.get(list);
  if (!numbered) {
    numbered = [];
    numberedLists.set(list, numbered);
  }
  const reusable = numbered.find((entry) => sameCatalogs(entry.catalogs, catalogs));
  if (reusable) return reusable.slots;
  const slots = numberActions(catalogs);
  if (numbered.length >= MAX_SELECTIONS) numbered.shift();
  numbered.push({ catalogs: [...catalogs], slots });
  return slots;
}
