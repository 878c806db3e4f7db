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
import type { CatalogAction, ServiceCatalog } from '../../catalog/catalog-types';
import type { TriState } from '../conditions/condition-types';
import { prepareContext, type PreparedContext } from '../conditions/request-context';
import type { CompiledStatement } from '../evaluate/compile-policy';
import { compilePolicySet, type CompiledPolicySet } from '../evaluate/compile-policy-set';
import { decideWithContext } from '../evaluate/evaluate-request';
import type { ResourceSpec } from '../evaluate/statement-applies';
import { toRequestResource } from '../match/urn';
import { foldApiStatus } from './fold-status';
import type {
  ActionVerdict,
  ApiMatrix,
  ApiMatrixInput,
  ApiMatrixRow,
  ApiStatus,
} from './matrix-types';

const ANY_RESOURCE: ResourceSpec = { kind: 'known', resource: toRequestResource('*') };
const UNKNOWN_RESOURCE: ResourceSpec = { kind: 'unknown', types: null };

function resourceSpecFor(action: CatalogAction | undefined): ResourceSpec {
  if (!action) return UNKNOWN_RESOURCE;
  if (action.resourceTypes.length === 0) return ANY_RESOURCE;
  const required = action.resourceTypes.filter((t) => t.required);
  return {
    kind: 'unknown',
    types: (required.length > 0 ? required : action.resourceTypes).map((t) => t.type),
  };
}

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

  const catalogActions = new Map<string, CatalogAction>();
  for (const catalog of sameModel) {
    for (const action of catalog.actions) catalogActions.set(action.name.toLowerCase(), action);
  }
  const context: PreparedContext = prepareContext(
    options.context ?? {},
    options.unknownContext === true,
  );
  const conditionCache = new Map<CompiledStatement, TriState>();
  const verdicts = new Map<string, ActionVerdict>();
  const verdictOf = (action: string): ActionVerdict => {
    const key = action.toLowerCase();
    const cached = verdicts.get(key);
    if (cached) return cached;
    const spec = resourceSpecFor(catalogActions.get(key));
    const conclusion = decideWithContext(set, action, '*', spec, context, conditionCache);
    const verdict = {
      action,
      decision: conclusion.decision,
      reason: conclusion.summary,
      decisive: conclusion.decisive,
    };
    verdicts.set(key, verdict);
    return verdict;
  };

  for (const catalog of chosen) for (const action of catalog.actions) verdictOf(action.name);
  const counts = emptyCounts();
  const rows: ApiMatrixRow[] = [];
  for (const catalog of chosen) {
    for (const api of catalog.apis) {
      const own = verdictOf(api.action);
      const dependencies = api.dependencies.map((d) => ({
        action: d.action,
        ...(d.condition === undefined ? {} : { condition: d.condition }),
        decision: verdictOf(d.action).decision,
      }));
      const folded = foldApiStatus(own, dependencies, verdictOf);
      counts[folded.status]++;
      rows.push({
        catalogId: catalog.id,
        service: catalog.service,
        apiId: api.id,
        method: api.method,
        path: api.path,
        ...(api.title === undefined ? {} : { title: api.title }),
        action: api.action,
        status: folded.status,
        reason: folded.reason,
        actionDecision: own.decision,
        dependencies,
        missingDependencies: folded.missingDependencies,
      });
    }
  }
  return {
    model: set.model,
    catalogIds: chosen.map((catalog) => catalog.id),
    rows,
    actions: [...verdicts.values()],
    counts,
    problems: set.problems,
  };
}

/** Compiles the policy set and computes its API matrix. Never throws. */
export function computeApiMatrix(input: ApiMatrixInput): ApiMatrix {
  const set = compilePolicySet({ identityPolicies: input.identityPolicies, scps: input.scps });
  return computeApiMatrixCompiled(set, input);
}
