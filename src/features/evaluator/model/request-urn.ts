import { scopedUrn } from '../../../engine';
import type { PolicyModel } from '../../../catalog';
import type { CatalogLookup, EvaluationRequest } from '../../../engine';
import type { ResourceScope } from '../../../stores/evaluator-model';

/**
 * The resource a request for an action names: a URN of the action's resource type built from the
 * catalog's URN pattern, with the region, account and resource ID the user gave and the rest
 * unknown; `*` for actions that take no resource.
 */

export interface RequestUrn {
  /** The URN with `*` where the scope says nothing, for display. */
  urn: string;
  /** The URN as the engine reads it, unknown segments included; `null` for `*`. */
  scoped: NonNullable<EvaluationRequest['scopedResource']> | null;
  resourceless: boolean;
}

export function requestUrn(
  action: string,
  lookup: CatalogLookup,
  model: PolicyModel,
  scope: ResourceScope,
): RequestUrn {
  const entry = lookup.action(action, model);
  const types = entry?.resourceTypes ?? [];
  const type = types.find((t) => t.required) ?? types[0];
  if (!entry || !type) return { urn: '*', scoped: null, resourceless: true };
  const service = entry.name.split(':', 1)[0] ?? '';
  const catalog = lookup.serviceCatalog(service, model) ?? null;
  // The same URN the API matrix evaluates the action on.
  const scoped = scopedUrn(catalog, service, type.type, scope);
  return { urn: scoped.text, scoped, resourceless: false };
}

/** The request's resource: the scoped URN when there is one, else `*`. */
export function requestResource(
  urn: RequestUrn,
): Pick<EvaluationRequest, 'resource' | 'scopedResource'> {
  return urn.scoped ? { scopedResource: urn.scoped } : { resource: '*' };
}
