/**
 * Levenshtein distance between `a` and `b`, or `Infinity` once it must exceed `limit` (the early
 * exit keeps "did you mean" searches over thousands of names cheap).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return Infinity;
    previous = current;
  }
  const distance = previous[b.length] ?? Infinity;
  return distance > limit ? Infinity : distance;
}

/**
 * The `count` candidates closest to `name` (case-insensitive), nearest first, ties in alphabetical
 * order. Candidates further than a third of the name's length (at least 3 edits) are not offered.
 */
export function nearestNames(name: string, candidates: Iterable<string>, count: number): string[] {
  const target = name.toLowerCase();
  const limit = Math.max(3, Math.floor(target.length / 3));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(target, candidate.toLowerCase(), limit);
    if (distance !== Infinity) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, Math.max(0, count)).map((entry) => entry.candidate);
}
