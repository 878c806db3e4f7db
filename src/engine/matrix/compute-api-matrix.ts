/**
 * The API matrix: for every API of the chosen catalogs (of the policies' own model), the
 * decision for its action and for each dependency action, folded into one status per API. The
 * policy set is compiled once; each distinct action is decided once, through the statement index;
 * each statement's conditions are evaluated once, since every request shares one context. Per API
 * the matrix records only its status and where its verdicts are, and per action only its decision
 * code, its reason when that says more than the decision, and a shared list of decisive
 * statements, all in arrays: with a row and a verdict object per API, objects that outlived the
 * young generation made a matrix over 100,000 APIs mostly garbage collection, and its cost grew
 * faster than the catalogs. Rows and verdicts are materialised on demand (see `matrix-rows`).
 *
 * The matrix asks "may this action be called" rather than naming a resource: an action without
 * resource types is evaluated with resource `*`; an action with resource types is evaluated
 * against an unknown resource of those types, so a `Resource` pattern covering the whole type
 * applies, one of another type does not, and a narrower one leaves the API `conditional`. A
 * resource scope (region, account ID, resource IDs) makes that resource a URN of the type with
 * those parts known: a pattern then applies when it covers every value of the parts still
 * unknown, does not when a known part rules it out, and otherwise leaves the API `conditional`.
 */
import type { ServiceCatalog } from '../../catalog/catalog-types';
import type { AssumptionId } from '../assumptions';
import { prepareContext } from '../conditions/request-context';
import { compilePolicySet, type CompiledPolicySet } from '../evaluate/compile-policy-set';
import type { RequestContext } from '../evaluate/evaluation-types';
import { actionSlots, type ApiSlots } from './action-slots';
import { API_STATUSES, foldStatusCode } from './fold-status';
import type { ApiColumns, ApiMatrix, ApiMatrixInput, ApiStatus } from './matrix-types';
import { isEmptyScope, type ResourceScope } from './scoped-urn';
import { createVerdictTable, type VerdictTable } from './verdict-table';

/** The columns of the chosen catalogs' APIs (given by their slots), deciding each action on first use. */
function apiColumns(apiSlots: readonly ApiSlots[], table: VerdictTable): ApiColumns {
  let rowCount = 0;
  let dependencyCount = 0;
  for (const slots of apiSlots) {
    rowCount += slots.own.length;
    dependencyCount += slots.dependencies.length;
  }
  const columns: ApiColumns = {
    catalogStart: new Int32Array(apiSlots.length + 1),
    status: new Uint8Array(rowCount),
    action: new Int32Array(rowCount),
    dependencyStart: new Int32Array(rowCount + 1),
    dependencies: new Int32Array(dependencyCount),
    conditional: new Uint8Array(dependencyCount),
  };
  const { status, action, dependencyStart, dependencies, conditional } = columns;
  const decisions = table.decisionCodes();
  let row = 0;
  let next = 0;
  apiSlots.forEach((slots, c) => {
    columns.catalogStart[c] = row;
    for (let i = 0; i < slots.own.length; i++, row++) {
      const own = table.indexAt(slots.own[i] as number);
      action[row] = own;
      dependencyStart[row] = next;
      const to = slots.dependencyStart[i + 1] as number;
      for (let d = slots.dependencyStart[i] as number; d < to; d++) {
        conditional[next] = slots.conditional[d] as number;
        dependencies[next++] = table.indexAt(slots.dependencies[d] as number);
      }
      status[row] = foldStatusCode(decisions, own, columns, dependencyStart[row] as number, next);
    }
  });
  columns.catalogStart[apiSlots.length] = row;
  dependencyStart[row] = next;
  return columns;
}

/** Without a resource scope, every action is asked about some resource of its types. */
const UNSCOPED: AssumptionId[] = ['unnamed-resource-of-action-types'];
/** With one, about a URN of the catalog's template whose unfilled parts may hold anything. */
const SCOPED: AssumptionId[] = [
  'unnamed-resource-of-action-types',
  'scoped-urn-template',
  'scoped-urn-unknown-segment',
];

function countStatuses(status: Uint8Array): Record<ApiStatus, number> {
  const tally = new Array<number>(API_STATUSES.length).fill(0);
  for (const code of status) tally[code] = (tally[code] as number) + 1;
  return Object.fromEntries(API_STATUSES.map((s, code) => [s, tally[code]])) as Record<
    ApiStatus,
    number
  >;
}

export interface MatrixOptions {
  catalogs: readonly ServiceCatalog[];
  services?: readonly string[];
  context?: RequestContext;
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
  // Catalog actions first, so the verdicts list each catalog's actions together and in order.
  for (const catalog of chosen)
    for (const slot of slots.catalogActions.get(catalog) ?? []) table.indexAt(slot);
  const columns = apiColumns(
    chosen.map((catalog) => slots.apis.get(catalog) as ApiSlots),
    table,
  );
  return {
    model: set.model,
    catalogIds: chosen.map((catalog) => catalog.id),
    columns,
    verdicts: table.columns(),
    counts: countStatuses(columns.status),
    problems: set.problems,
    assumptions: scope === null ? UNSCOPED : SCOPED,
  };
}

/** Compiles the policy set and computes its API matrix. Never throws. */
export function computeApiMatrix(input: ApiMatrixInput): ApiMatrix {
  const set = compilePolicySet({ identityPolicies: input.identityPolicies, scps: input.scps });
  return computeApiMatrixCompiled(set, input);
}
