/**
 * The request URN of an action's resource type under a resource scope: the type's URN pattern from
 * its catalog (the first listed), with the scope's region, account ID and resource ID put in for
 * the segments holding placeholders such as `<region>`, and those the scope leaves empty unknown.
 * Segments without placeholders (a global service's empty region, `system`) stay as written.
 */
import type { ServiceCatalog } from '../../catalog/catalog-types';
import { splitUrn, type PartialUrn } from '../match/urn';

/** What the caller knows of the resources requests name; an empty or absent part is unknown. */
export interface ResourceScope {
  region?: string;
  accountId?: string;
  /** The resource ID (the URN's last segment) for a resource of any type. */
  resourceId?: string;
  /** Resource IDs by resource type name (ignoring case); they win over `resourceId`. */
  resourceIds?: Readonly<Record<string, string>>;
}

const PLACEHOLDER = /<[^>]*>/;

const given = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

function resourceIdFor(scope: ResourceScope, type: string): string | null {
  const lower = type.toLowerCase();
  for (const [name, id] of Object.entries(scope.resourceIds ?? {}))
    if (name.toLowerCase() === lower && given(id) !== null) return given(id);
  return given(scope.resourceId);
}

/** True when the scope fills nothing in, so every resource stays wholly unknown. */
export function isEmptyScope(scope: ResourceScope | undefined): boolean {
  if (!scope) return true;
  const ids = Object.values(scope.resourceIds ?? {});
  return (
    given(scope.region) === null &&
    given(scope.accountId) === null &&
    given(scope.resourceId) === null &&
    ids.every((id) => given(id) === null)
  );
}

export function scopedUrn(
  catalog: ServiceCatalog | null,
  service: string,
  type: string,
  scope: ResourceScope,
): PartialUrn {
  const lower = type.toLowerCase();
  const pattern = catalog?.resourceTypes.find((r) => r.name.toLowerCase() === lower)
    ?.urnPatterns[0];
  const template = (pattern ? splitUrn(pattern) : null) ?? [
    service,
    '<region>',
    '<account-id>',
    type,
    '<resource-id>',
  ];
  const values: Record<number, string | null> = {
    1: given(scope.region),
    2: given(scope.accountId),
    4: resourceIdFor(scope, type),
  };
  const segments = template.map((written, index) => {
    if (!(index in values) || !PLACEHOLDER.test(written)) return written;
    return values[index] ?? null;
  });
  return { text: segments.map((segment) => segment ?? '*').join(':'), segments };
}
