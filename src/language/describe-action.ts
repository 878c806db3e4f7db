import type { CatalogAction } from '../catalog';

/** `read`, `permission management`, or `legacy (no access level)` for 1.1 catalogs. */
export function accessLevelLabel(action: CatalogAction): string {
  return action.accessLevel === null
    ? 'no access level (1.1)'
    : action.accessLevel.replace('_', ' ');
}

/** `image (required), snapshot`, or `none (use "*")`. */
function resourceTypesLabel(action: CatalogAction): string {
  if (action.resourceTypes.length === 0) return 'none (the statement needs `Resource` `*`)';
  return action.resourceTypes
    .map((type) => (type.required ? `${type.type} (required)` : type.type))
    .join(', ');
}

/** Plain-text description of an action for completion details (catalog text kept as text). */
export function describeActionText(action: CatalogAction): string {
  return [
    action.description,
    `Access level: ${accessLevelLabel(action)}`,
    `Resource types: ${resourceTypesLabel(action)}`,
  ].join('\n');
}

/** Up to `limit` action names, one per line, and how many more there are. */
export function listActionNames(actions: readonly CatalogAction[], limit: number): string {
  const lines = actions.slice(0, limit).map((action) => action.name);
  if (actions.length > limit) lines.push(`… and ${actions.length - limit} more`);
  return lines.join('\n');
}
