/**
 * The API matrix: for every API of the chosen catalogs (of the policies' own model), the
 * decision for its action and for each dependency action, folded into one status per API. The
 * policy set is compiled once; each distinct action is decided once, through the statement index;
 * each statement's conditions are evaluated once, since every request shares one context. A
 * matrix over 100,000 APIs is mostly allocation, so rows share what they can: the verdict of a
 * dependency without a condition, and the empty dependency and missing-dependency lists.
 *
 * The matrix asks "may this action be called" rather than naming a resource: an action without
 * resource types is evaluated with resource `*`; an action with resource types is evaluated
 * against an unknown resource of those types, so a `Resource` pattern covering the whole type
 * applies, one of another type does not, and a narrower one leaves the API `conditional`. A
 * resource scope (region, account ID, resource IDs) makes that resource a URN of the type with
 * those parts known: a pattern then applies when it covers every value of the parts still
 * unknown, does not when a known part rules it out, and otherwise leaves the API `conditional`.
 */
import type { CatalogApi, ServiceCatalog } from '../../catalog/catalog-types';
import { prepareContext } from '../conditions/request-context';
import { compilePolicySet, type CompiledPolicySet } from '../evaluate/compile-policy-set';
import { actionSlots, type ApiSlots } from './action-slots';
import { foldApiStatus } from './fold-status';
import type {
  ActionVerdict,
  ApiDependencyVerdict,
  ApiMatrix,
  ApiMatrixInput,
  ApiMatrixRow,
  ApiStatus,
} from './matrix-types';
import { isEmptyScope, type ResourceScope } from './scoped-urn';
import { createVerdictTable, type VerdictTable } from './verdict-table';

function emptyCounts(): Record<ApiStatus, number> {
  return {
    allowed: 0,
    'allowed-missing-dependencies': 0,
    conditional: 0,
    'denied-by-scp': 0,
    'explicit-deny': 0,
    'implicit-deny': 0,
  };
}

/** Shared by every API without dependencies. */
const NO_DEPENDENCIES: ApiDependencyVerdict[] = Object.freeze(
  [],
) as unknown as ApiDependencyVerdict[];

function dependencyVerdicts(
  api: CatalogApi,
  slots: ApiSlots,
  index: number,
  table: VerdictTable,
): ApiDependencyVerdict[] {
  const count = api.dependencies.length;
  if (count === 0) return NO_DEPENDENCIES;
  // Sized up front: a growing array reserves room for 17 elements, and 100,000 of them add up.
  const verdicts = new Array<ApiDependencyVerdict>(count);
  const first = slots.dependencyStart[index] as number;
  for (let i = 0; i < count; i++) {
    const slot = slots.dependencies[first + i] as number;
    const { condition } = api.dependencies[i] as CatalogApi['dependencies'][number];
    if (condition === undefined) {
      verdicts[i] = table.dependencyAt(slot);
    } else {
      const { action, decision } = table.verdictAt(slot);
      verdicts[i] = { action, decision, condition };
    }
  }
  return verdicts;
}

function apiRow(
  catalog: ServiceCatalog,
  api: CatalogApi,
  own: ActionVerdict,
  dependencies: ApiDependencyVerdict[],
  verdictOf: (action: string) => ActionVerdict,
): ApiMatrixRow {
  const folded = foldApiStatus(own, dependencies, verdictOf);
  const row: ApiMatrixRow = {
    catalogId: catalog.id,
    service: catalog.service,
    apiId: api.id,
    method: api.method,
    path: api.path,
    action: api.action,
    status: folded.status,
    reason: folded.reason,
    actionDecision: own.decision,
    dependencies,
    missingDependencies: folded.missingDependencies,
  };
  if (api.title !== undefined) row.title = api.title;
  return row;
}

export interface MatrixOptions {
  catalogs: readonly ServiceCatalog[];
  services?: readonly string[];
  context?: Record<string, string | string[]>;
  unknownContext?: boolean;
  resourceScope?: ResourceScope;
}

/** The matrix over an already compiled policy set (reuse it across matrices and diffs). */
export function computeApiMatrixCompiled(
  set: CompiledPolicySet,
  options: MatrixOptions,
): ApiMatrix {
  const sameModel = options.catalogs.filter((catalog) => catalog.model === set.model);
  const wanted = options.services ? new Set(options.services.map((s) => s.toLowerCase())) : null;
  const chosen = sameModel.filter(
    (catalog) => wanted === null || wanted.has(catalog.service.toLowerCase()),
  );

  const context = prepareContext(options.context ?? {}, options.unknownContext === true);
  const slots = actionSlots(options.catalogs, sameModel);
  const scope = isEmptyScope(options.resourceScope) ? null : (options.resourceScope ?? null);
  const table = createVerdictTable(set, slots, context, scope);
  for (const catalog of chosen)
    for (const slot of slots.catalogActions.get(catalog) ?? []) table.verdictAt(slot);
  const counts = emptyCounts();
  const rows: ApiMatrixRow[] = [];
  for (const catalog of chosen) {
    const apiSlots = slots.apis.get(catalog) as ApiSlots;
    catalog.apis.forEach((api, i) => {
      const own = table.verdictAt(apiSlots.own[i] as number);
      const dependencies = dependencyVerdicts(api, apiSlots, i, table);
      const row = apiRow(catalog, api, own, dependencies, table.verdictOf);
      counts[row.status]++;
      rows.push(row);
    });
  }
  return {
    model: set.model,
    catalogIds: chosen.map((catalog) => catalog.id),
    rows,
    actions: table.verdicts(),
    counts,
    problems: set.problems,
  };
}

/** Compiles the policy set and computes its API matrix. Never throws. */
export function computeApiMatrix(input: ApiMatrixInput): ApiMatrix {
  const set = compilePolicySet({ identityPolicies: input.identityPolicies, scps: input.scps });
  return computeApiMatrixCompiled(set, input);
}
