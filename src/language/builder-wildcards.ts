/**
 * Wildcards that match exactly a set of actions of one service, as the catalog knows them: the
 * whole service, one resource segment, one operation verb, or both. Used to say when a wildcard
 * would be exact (builder) and to shorten a generated policy without widening it (generator).
 */
import type { CatalogAction, PolicyModel } from '../catalog';
import type { CatalogLookup } from '../engine';

export interface ExactWildcard {
  pattern: string;
  /** The actions it matches (catalog spelling), all of them in the given set. */
  matches: string[];
}

/** Candidate patterns of a service drawn from its action names. */
function candidatePatterns(service: string, actions: readonly CatalogAction[]): string[] {
  const patterns = new Set<string>([`${service}:*`]);
  for (const { name } of actions) {
    const [, segment = '', operation = ''] = name.split(':');
    const verb = /^[a-z]+/.exec(operation)?.[0];
    if (segment !== '') patterns.add(`${service}:${segment}:*`);
    if (verb) {
      patterns.add(`${service}:*:${verb}*`);
      if (segment !== '') patterns.add(`${service}:${segment}:${verb}*`);
    }
  }
  return [...patterns];
}

/**
 * The widest non-overlapping wildcards of `service` whose catalog matches (at least two) all lie
 * in `selected` (lower-cased action names). Between two patterns matching the same actions the
 * more specific one wins: it is less likely to grow when the service adds actions.
 */
export function exactWildcards(
  service: string,
  selected: ReadonlySet<string>,
  lookup: CatalogLookup,
  model: PolicyModel,
): ExactWildcard[] {
  const candidates = candidatePatterns(service, lookup.actionsOf(service, model))
    .map((pattern) => ({ pattern, matched: lookup.matchActions(pattern, model) }))
    .filter(
      ({ matched }) =>
        matched.length >= 2 && matched.every((a) => selected.has(a.name.toLowerCase())),
    )
    .sort(
      (a, b) =>
        b.matched.length - a.matched.length ||
        b.pattern.length - a.pattern.length ||
        a.pattern.localeCompare(b.pattern),
    );
  const taken = new Set<string>();
  const wildcards: ExactWildcard[] = [];
  for (const { pattern, matched } of candidates) {
    const names = matched.map((a) => a.name.toLowerCase());
    if (names.some((name) => taken.has(name))) continue;
    names.forEach((name) => taken.add(name));
    wildcards.push({ pattern, matches: matched.map((a) => a.name) });
  }
  return wildcards;
}
