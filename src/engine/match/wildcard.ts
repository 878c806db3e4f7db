/**
 * Wildcard patterns as policies write them: `*` matches any run of characters (empty included,
 * `:` included), `?` matches exactly one character, the whole string must match, and every other
 * character stands for itself. Patterns are compiled once and kept in a bounded cache, so matching
 * many names against the same pattern never builds a regular expression per comparison.
 */

/** A compiled wildcard pattern. `test` is the only thing callers need on the hot path. */
export interface WildcardMatcher {
  /** The pattern as written. */
  readonly pattern: string;
  /** True when the pattern contains `*` or `?`. */
  readonly hasWildcard: boolean;
  /** True when the pattern is `*` alone (or only `*`s) and so matches every string. */
  readonly matchesEverything: boolean;
  readonly test: (text: string) => boolean;
}

export interface WildcardOptions {
  /** Compare without regard to case (both sides are lower-cased). */
  ignoreCase: boolean;
}

const MAX_CACHED_PATTERNS = 4096;
const cache = new Map<string, WildcardMatcher>();

/**
 * Whole-string match of a pattern with `*` and `?` in at most pattern × text steps. Written by hand
 * because a regular expression built from the pattern (`^.*.?.*.?…Z$`) backtracks exponentially:
 * a 25-character pattern of `*?` pairs kept the engine busy for minutes. On a mismatch after a `*`,
 * only the last `*` is retried one character further; earlier stars never need revisiting, since
 * the last star can absorb whatever they would have.
 */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const char = pattern[p];
    if (char === '?' || (char !== undefined && char !== '*' && char === text[t])) {
      p += 1;
      t += 1;
    } else if (char === '*') {
      star = p;
      p += 1;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      resume += 1;
      t = resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p += 1;
  return p === pattern.length;
}

/**
 * A `*`-only pattern as its literal pieces: the first must start the text, the last end it, and
 * the others follow in order between them. Taking each piece at its leftmost place is enough, so
 * this never backtracks as `^.*:.*:x$` does in a regular expression.
 */
function starPieces(literal: string): (text: string) => boolean {
  const pieces = literal.split('*');
  const first = pieces[0] as string;
  const last = pieces[pieces.length - 1] as string;
  const middle = pieces.slice(1, -1).filter((piece) => piece.length > 0);
  const shortest = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return (text) => {
    if (text.length < shortest || !text.startsWith(first) || !text.endsWith(last)) return false;
    const end = text.length - last.length;
    let at = first.length;
    for (const piece of middle) {
      const found = text.indexOf(piece, at);
      if (found < 0 || found + piece.length > end) return false;
      at = found + piece.length;
    }
    return true;
  };
}

/** Text with nothing to lower-case (ASCII without capitals) as it is: `toLowerCase` always copies. */
const HAS_UPPER_CASE = /[A-Z\u0080-\uffff]/;
const lowerCase = (text: string): string => (HAS_UPPER_CASE.test(text) ? text.toLowerCase() : text);

function buildMatcher(pattern: string, ignoreCase: boolean): WildcardMatcher {
  const hasStar = pattern.includes('*');
  const hasQuestion = pattern.includes('?');
  const hasWildcard = hasStar || hasQuestion;
  const matchesEverything = pattern.length > 0 && /^\*+$/.test(pattern);
  const literal = ignoreCase ? pattern.toLowerCase() : pattern;
  const norm = ignoreCase ? lowerCase : (text: string) => text;

  let test: (text: string) => boolean;
  if (matchesEverything) {
    test = () => true;
  } else if (!hasWildcard) {
    test = ignoreCase ? (text) => text.toLowerCase() === literal : (text) => text === literal;
  } else if (!hasQuestion && literal.indexOf('*') === literal.length - 1) {
    // A trailing `*` is by far the commonest form (`ecs:*:get*` aside); a prefix test is cheaper.
    const prefix = literal.slice(0, -1);
    test = (text) => norm(text).startsWith(prefix);
  } else if (!hasQuestion) {
    const pieces = starPieces(literal);
    test = (text) => pieces(norm(text));
  } else {
    test = (text) => globMatch(literal, norm(text));
  }
  return { pattern, hasWildcard, matchesEverything, test };
}

/**
 * Compiles `pattern` (or returns the cached compilation). The cache holds at most
 * {@link MAX_CACHED_PATTERNS} entries and forgets the oldest first, so arbitrary input cannot make
 * it grow without bound.
 */
export function compileWildcard(pattern: string, options: WildcardOptions): WildcardMatcher {
  const cacheKey = (options.ignoreCase ? 'i:' : 's:') + pattern;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const matcher = buildMatcher(pattern, options.ignoreCase);
  if (cache.size >= MAX_CACHED_PATTERNS) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(cacheKey, matcher);
  return matcher;
}

/** One-off convenience over {@link compileWildcard}. */
export function matchWildcard(pattern: string, text: string, options: WildcardOptions): boolean {
  return compileWildcard(pattern, options).test(text);
}

/** Number of compiled patterns currently cached (for tests of the bound). */
export function wildcardCacheSize(): number {
  return cache.size;
}
