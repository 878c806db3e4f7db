import { splitUrn } from '../../../engine';
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

const PLACEHOLDER = /<[^>]*>/;

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
  const catalog = lookup.serviceCatalog(service, model);
  const pattern = catalog?.resourceTypes.find(
    (r) => r.name.toLowerCase() === type.type.toLowerCase(),
  )?.urnPatterns[0];
  const segments = (pattern ? splitUrn(pattern) : null) ?? [
    service,
    '<region>',
    '<account-id>',
    type.type,
    '<resource-id>',
  ];
  const openSegments: UrnSegment[] = [];
  const fill = (index: number, segment: UrnSegment, value: string): string => {
    const written = segments[index] ?? '';
    if (!PLACEHOLDER.test(written)) return written;
    if (value.trim() !== '') return value.trim();
    openSegments.push(segment);
    return '*';
  };
  const urn = [
    segments[0] ?? service,
    fill(1, 'region', scope.region),
    fill(2, 'account', scope.accountId),
    segments[3] ?? type.type,
    fill(4, 'path', scope.resourceId),
  ].join(':');
  return { urn, openSegments, resourceless: false };
}
