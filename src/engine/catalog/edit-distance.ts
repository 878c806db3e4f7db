// Two reusable rows: the searches call this hundreds of thousands of times on large inputs, and
// allocating per call dominated. Safe because the function is synchronous and not re-entrant.
let previousRow: number[] = [];
let currentRow: number[] = [];

const asciiCounts = new Int32Array(128);

/**
 * A lower bound of the edit distance in O(length): each edit adds or removes at most one character
 * of each side's multiset. `0` (no bound) when either string has a non-ASCII character.
 */
function bagDistance(a: string, b: string): number {
  asciiCounts.fill(0);
  for (let i = 0; i < a.length; i += 1) {
    const code = a.charCodeAt(i);
    if (code >= 128) return 0;
    asciiCounts[code] = (asciiCounts[code] ?? 0) + 1;
  }
  for (let i = 0; i < b.length; i += 1) {
    const code = b.charCodeAt(i);
    if (code >= 128) return 0;
    asciiCounts[code] = (asciiCounts[code] ?? 0) - 1;
  }
  let surplus = 0;
  let deficit = 0;
  for (const count of asciiCounts) {
    if (count > 0) surplus += count;
    else deficit -= count;
  }
  return Math.max(surplus, deficit);
}

/**
 * Levenshtein distance between `a` and `b`, or `Infinity` once it must exceed `limit` (the cheap
 * bounds first keep "did you mean" searches over thousands of names fast).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit || bagDistance(a, b) > limit) return Infinity;
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const code = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return Infinity;
    [previous, current] = [current, previous];
  }
  [previousRow, currentRow] = [previous, current];
  const distance = previous[b.length] ?? Infinity;
  return distance > limit ? Infinity : distance;
}

/** Names prepared once for repeated nearest-name searches. */
export interface NameIndex {
  names: readonly string[];
  lower: readonly string[];
}

export function createNameIndex(names: readonly string[]): NameIndex {
  return { names, lower: names.map((name) => name.toLowerCase()) };
}

/**
 * The `count` names of the index closest to `name` (case-insensitive), nearest first, ties in
 * alphabetical order. Names further than a quarter of its length (at least 1 edit) are not offered.
 */
export function nearestInIndex(name: string, index: NameIndex, count: number): string[] {
  const target = name.toLowerCase();
  const limit = Math.max(1, Math.floor(target.length / 4));
  const scored: { candidate: string; distance: number }[] = [];
  index.lower.forEach((lower, i) => {
    const distance = editDistance(target, lower, limit);
    if (distance !== Infinity) scored.push({ candidate: index.names[i] ?? lower, distance });
  });
  scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, Math.max(0, count)).map((entry) => entry.candidate);
}

/** {@link nearestInIndex} over a one-off list of names. */
export function nearestNames(name: string, candidates: readonly string[], count: number): string[] {
  return nearestInIndex(name, createNameIndex(candidates), count);
}
