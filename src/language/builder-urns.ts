/**
 * Resource URNs from the catalogs' URN patterns (`ims:<region>:<account-id>:image:<image-id>`):
 * which parts a user can fill in, and the pattern those parts make, `*` for every part left
 * empty ("any"). Shared by the builder's URN form and the least-privilege generator.
 */
import type { PolicyModel } from '../catalog';
import { splitUrn } from '../engine';
import type { CatalogLookup } from '../engine';

/** A resource type with the URN pattern a form fills in. */
export interface UrnTemplate {
  service: string;
  type: string;
  /** The catalog's pattern, or one built from the URN format when the catalog has none. */
  pattern: string;
  /** The catalog gave no pattern: the template follows the general URN format (reference §6). */
  assumed: boolean;
  hasRegion: boolean;
  hasAccount: boolean;
  hasResourceId: boolean;
}

/** What a user fills in; an empty part means "any". */
export interface UrnParts {
  region: string;
  account: string;
  resourceId: string;
}

export const ANY_PARTS: UrnParts = { region: '', account: '', resourceId: '' };

const PLACEHOLDER = /<[^>]*>/g;
const isAccount = (placeholder: string) => /account|domain/i.test(placeholder);

/** The template of a resource type, choosing the catalog pattern with the most placeholders. */
export function urnTemplate(
  service: string,
  type: string,
  lookup: CatalogLookup,
  model: PolicyModel,
): UrnTemplate {
  const patterns = lookup.resourceType(service, type, model)?.urnPatterns ?? [];
  const placeholders = (p: string) => p.match(PLACEHOLDER)?.length ?? 0;
  const best = [...patterns].sort((a, b) => placeholders(b) - placeholders(a))[0];
  const pattern = best ?? `${service}:<region>:<account-id>:${type}:<${type}-id>`;
  const segments = splitUrn(pattern) ?? [];
  const holds = (index: number, test: (p: string) => boolean) =>
    (segments[index]?.match(PLACEHOLDER) ?? []).some(test);
  return {
    service,
    type,
    pattern,
    assumed: best === undefined,
    hasRegion: holds(1, () => true),
    hasAccount: holds(2, isAccount),
    hasResourceId: holds(4, () => true),
  };
}

/** The URN pattern the parts make: each placeholder replaced, `*` where the part is empty. */
export function buildUrn(template: UrnTemplate, parts: UrnParts): string {
  const fill = (value: string) => (value.trim() === '' ? '*' : value.trim());
  const segments = splitUrn(template.pattern);
  if (!segments) return template.pattern;
  const filled = segments.map((segment, index) =>
    // A global service's URNs have no region; `*` also matches the empty segment and says "any"
    // in the form the evaluator recognises as covering the whole resource type.
    index === 1 && segment === ''
      ? '*'
      : segment.replace(PLACEHOLDER, (placeholder) => {
          if (index === 1) return fill(parts.region);
          if (index === 2 && isAccount(placeholder)) return fill(parts.account);
          return fill(parts.resourceId);
        }),
  );
  return filled.join(':');
}

/** Why a part cannot go into a URN, or `null` when it can. Wildcards `*` and `?` are allowed. */
export function checkUrnPart(part: keyof UrnParts, value: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  if (part === 'region' && !/^[a-z0-9*?-]+$/.test(text)) {
    return `region \`${text}\` can only hold lower-case letters, digits and \`-\``;
  }
  if (part === 'account' && !/^[A-Za-z0-9*?]+$/.test(text)) {
    return `account ID \`${text}\` can only hold letters and digits`;
  }
  if (part === 'resourceId' && /[\s"]/.test(text)) {
    return `resource ID \`${text}\` cannot hold spaces or quotes`;
  }
  return null;
}
