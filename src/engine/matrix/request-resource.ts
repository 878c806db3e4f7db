/**
 * The resource a request for an action is about when the caller names none: the question the API
 * matrix asks of every action ("may this action be called"), which `evaluate` without a resource
 * asks too, so that the two answer it alike (assumption `unnamed-resource-of-action-types`).
 */
import type { CatalogAction, PolicyModel, ServiceCatalog } from '../../catalog/catalog-types';
import type { EvaluationRequest } from '../evaluate/evaluation-types';
import type { ResourceSpec } from '../evaluate/statement-applies';
import { actionService } from '../match/action';
import { toRequestResource } from '../match/urn';
import { scopedUrn, type ResourceScope } from './scoped-urn';

const ANY_RESOURCE: ResourceSpec = { kind: 'known', resource: toRequestResource('*') };
const UNKNOWN_RESOURCE: ResourceSpec = { kind: 'unknown', types: null, service: null };

/**
 * Actions without resource types are requested on `*`; others on a resource of their required
 * types (or of any of their types when none is marked required): wholly unknown without a scope,
 * else one partly known URN per type. An action no catalog lists is requested on an unknown
 * resource. `scope`: `null` when it fills nothing in (see `isEmptyScope`).
 */
export function actionResourceSpec(
  action: CatalogAction | null,
  owner: ServiceCatalog | null,
  scope: ResourceScope | null,
): ResourceSpec {
  if (!action) return UNKNOWN_RESOURCE;
  if (action.resourceTypes.length === 0) return ANY_RESOURCE;
  const required = action.resourceTypes.filter((t) => t.required);
  const types = (required.length > 0 ? required : action.resourceTypes).map((t) => t.type);
  const service = owner?.service ?? actionService(action.name);
  if (scope === null) return { kind: 'unknown', types, service };
  return { kind: 'partial', urns: types.map((type) => scopedUrn(owner, service, type, scope)) };
}

/**
 * The catalog action `name` resolves to among `catalogs`, as the API matrix resolves it (see
 * `action-slots`): exactly, else ignoring case; for a name two catalogs list, the later one's.
 */
function resolveAction(
  catalogs: readonly ServiceCatalog[],
  name: string,
): [CatalogAction, ServiceCatalog] | [null, null] {
  let exact: [CatalogAction, ServiceCatalog] | null = null;
  let folded: [CatalogAction, ServiceCatalog] | null = null;
  const lower = name.toLowerCase();
  for (const catalog of catalogs) {
    for (const action of catalog.actions) {
      if (action.name === name) exact = [action, catalog];
      else if (action.name.toLowerCase() === lower) folded = [action, catalog];
    }
  }
  return exact ?? folded ?? [null, null];
}

/**
 * The request fields for an action whose caller names no resource, over the catalogs of `model`:
 * `*` for an action without resource types, else some resource of its types (`resourceOfTypes`),
 * exactly as the API matrix evaluates the action without a resource scope.
 */
export function unnamedResource(
  catalogs: readonly ServiceCatalog[],
  model: PolicyModel,
  action: string,
): Pick<EvaluationRequest, 'resource' | 'resourceOfTypes'> {
  const [entry, owner] = resolveAction(
    catalogs.filter((catalog) => catalog.model === model),
    action,
  );
  const spec = actionResourceSpec(entry, owner, null);
  return spec.kind === 'unknown'
    ? { resourceOfTypes: spec.types === null ? null : [...spec.types] }
    : { resource: '*' };
}
