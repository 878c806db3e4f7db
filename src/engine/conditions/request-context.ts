/**
 * The request context prepared once per request: keys looked up case-insensitively (assumptions
 * `condition-key-case-insensitive`, `tag-key-case-insensitive`), every value a list of strings.
 * Arbitrary input is tolerated: non-object contexts are empty, `null` values are absent, numbers
 * and booleans become strings and other values are dropped.
 */

interface ContextEntry {
  /** The key as the request spelled it. */
  key: string;
  values: string[];
}

export interface PreparedContext {
  /** Entries by lower-cased key name. */
  entries: ReadonlyMap<string, ContextEntry>;
  /** Partial evaluation: keys not in the context are unknown rather than absent. */
  unknownWhenAbsent: boolean;
}

function toValues(raw: unknown): string[] | null {
  if (typeof raw === 'string') return [raw];
  if (typeof raw === 'number' || typeof raw === 'boolean') return [String(raw)];
  if (!Array.isArray(raw)) return null;
  const values: string[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item === 'string') values.push(item);
    else if (typeof item === 'number' || typeof item === 'boolean') values.push(String(item));
  }
  return values;
}

/** Normalises a context map; keys differing only in case are merged. */
export function prepareContext(context: unknown, unknownWhenAbsent: boolean): PreparedContext {
  const entries = new Map<string, ContextEntry>();
  if (typeof context === 'object' && context !== null && !Array.isArray(context)) {
    const record = context as Record<string, unknown>;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const values = toValues(record[key]);
      if (values === null) continue;
      const lookup = key.toLowerCase();
      const existing = entries.get(lookup);
      // concat, not push(...): a key may carry more values than a call takes as arguments.
      if (existing) existing.values = existing.values.concat(values);
      else entries.set(lookup, { key, values });
    }
  }
  return { entries, unknownWhenAbsent };
}

const TAG_FAMILY = /^g:(?:resourcetag|requesttag|principaltag)\//;

/** True when `a` and `b` name the same tag-family key but spell the tag key differently. */
export function differsInTagKey(a: string, b: string): boolean {
  // The family pattern ends in `/`, so both keys (equal but for case) have one before the tag key.
  return TAG_FAMILY.test(a.toLowerCase()) && a.slice(a.indexOf('/')) !== b.slice(b.indexOf('/'));
}
