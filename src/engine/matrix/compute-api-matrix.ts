/**
 * The API matrix: for every API of the chosen catalogs (of the policies' own model), the
 * decision for its action and for each dependency action, folded into one status per API. The
 * policy set is compiled once; each distinct action is decided once, through the statement index;
 * each statement's conditions are evaluated once, since every request shares one context.
 *
 * The matrix asks "may this action be called" rather than naming a resource: an action without
 * resource types is evaluated with resource `*`; an action with resource types is evaluated
 * against an unknown resource of those types, so a `Resource` pattern covering the whole type
 * applies, one of another type does not, and a narrower one leaves the API `conditional`.
 */
import type { CatalogApi, ServiceCatalog } from '../../catalog/catalog-types';
import { prepareContext } from '../conditions/request-context';
import { compilePolicySet, type CompiledPolicySet } from '../evaluate/compile-policy-set';
import { foldApiStatus } from './fold-status';
import type {
  ActionVerdict,
  ApiDependencyVerdict,
  ApiMatrix,
  ApiMatrixInput,
  ApiMatrixRow,
  ApiStatus,
} from './matrix-types';
import { createVerdictTable } from './verdict-table';

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

function dependencyVerdicts(
  api: CatalogApi,
  verdictOf: (action: string) => ActionVerdict,
): ApiDependencyVerdict[] {
  const verdicts: ApiDependencyVerdict[] = [];
  for (const dependency of api.dependencies) {
    const verdict: ApiDependencyVerdict = {
      action: dependency.action,
      decision: verdictOf(dependency.action).decision,
    };
    if (dependency.condition !== undefined) verdict.condition = dependency.condition;
    verdicts.push(verdict);
  }
  return verdicts;
}

function apiRow(
  catalog: ServiceCatalog,
  api: CatalogApi,
  verdictOf: (action: string) => ActionVerdict,
): ApiMatrixRow {
  const own = verdictOf(api.action);
  const dependencies = dependencyVerdicts(api, verdictOf);
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
  const { verdictOf, verdicts } = createVerdictTable(set, sameModel, context);
  for (const catalog of chosen) for (const action of catalog.actions) verdictOf(action.name);
  const counts = emptyCounts();
  const rows: ApiMatrixRow[] = [];
  for (const catalog of chosen) {
    for (const api of catalog.apis) {
      const row = apiRow(catalog, api, verdictOf);
      counts[row.status]++;
      rows.push(row);
    }
  }
  return {
    model: set.model,
    catalogIds: chosen.map((catalog) => catalog.id),
    rows,
    actions: verdicts(),
    counts,
    problems: set.problems,
  };
}

/** Compiles the policy set and computes its API matrix. Never throws. */
export function computeApiMatrix(input: ApiMatrixInput): ApiMatrix {
  const set = compilePolicySet({ identityPolicies: input.identityPolicies, scps: input.scps });
  return computeApiMatrixCompiled(set, input);
}
