import { scopedUrn } from '../../../engine';
import type { PolicyModel } from '../../../catalog';
import type { CatalogLookup } from '../../../engine';
import type { ResourceScope } from '../../../stores/evaluator-model';
import type { UrnSegment } from './explain-request';

/**
 * The resource a request for an action names: a URN of the action's resource type built from the
 * catalog's URN pattern, with the region, account and resource ID the user gave and `*` for the
 * rest; `*` for actions that take no resource.
 */

export interface RequestUrn {
  urn: string;
  /** The segments left as `*` because the user did not give them. */
  openSegments: UrnSegment[];
  resourceless: boolean;
}

const OPEN_SEGMENTS: readonly (UrnSegment | null)[] = [null, 'region', 'account', null, 'path'];

export function requestUrn(
  action: string,
  lookup: CatalogLookup,
  model: PolicyModel,
  scope: ResourceScope,
): RequestUrn {
  const entry = lookup.action(action, model);
  const types = entry?.resourceTypes ?? [];
  const type = types.find((t) => t.required) ?? types[0];
  if (!entry || !type) return { urn: '*', openSegments: [], resourceless: true };
  const service = entry.name.split(':', 1)[0] ?? '';
  const catalog = lookup.serviceCatalog(service, model) ?? null;
  // The same URN the API matrix evaluates the action on.
  const urn = scopedUrn(catalog, service, type.type, scope);
  const openSegments = urn.segments.flatMap((segment, index) => {
    const open = OPEN_SEGMENTS[index];
    return segment === null && open ? [open] : [];
  });
  return { urn: urn.text, openSegments, resourceless: false };
}
