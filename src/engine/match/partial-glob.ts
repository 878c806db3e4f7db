/**
 * A whole-string wildcard pattern against every URN a partly known URN stands for. Reference §6
 * matches a resource pattern of fewer than five segments (`ims:*`, `*:*`, `obs:*:*:bucket*`) as
 * one case-sensitive glob over the whole URN, so its `*` crosses `:` and covers every segment
 * after it: `ims:*` holds for any `ims` URN whatever its unknown parts, and `ecs:*` for none.
 *
 * The URNs form a language — the known text, with each unknown segment any text (without `:` in
 * the first four segments, which `:` separates) — and the glob another; the answer is whether the
 * first lies inside the second (`every`), misses it (`none`) or neither (`some`). Both follow from
 * one search over the glob's position sets while reading the URN language: characters the
 * pattern does not name all move the glob alike, so an unknown segment need only try the
 * pattern's own characters and one other.
 */
import type { PartialMatch, PartialUrn } from './urn';

/** A character the URN holds for sure, or an unknown segment (`colon`: whether it may hold `:`). */
type Piece = { char: string } | { colon: boolean };

/** Position sets explored before giving up with `some`, which is never wrong, only unsure. */
const MAX_STATES = 20_000;

const PATH_SEGMENT = 4;

function urnPieces(urn: PartialUrn): Piece[] {
  const pieces: Piece[] = [];
  urn.segments.forEach((segment, index) => {
    if (index > 0) pieces.push({ char: ':' });
    if (segment === null || segment === undefined) pieces.push({ colon: index === PATH_SEGMENT });
    // UTF-16 units, as the exact matcher's `?` counts them.
    else for (const char of segment.split('')) pieces.push({ char });
  });
  return pieces;
}

/** Adds `position` and, past each `*` (which may match nothing), the positions after it. */
function addClosed(pattern: readonly string[], position: number, into: Set<number>): void {
  let at = position;
  into.add(at);
  while (pattern[at] === '*') into.add(++at);
}

/**
 * The positions after reading `char`, ascending (so a set always gives the same search key) when
 * `positions` are: each position adds a run of consecutive positions starting no earlier than the
 * previous run, so whatever it adds is past every position already in the set.
 */
function step(pattern: readonly string[], positions: readonly number[], char: string): number[] {
  const next = new Set<number>();
  for (const at of positions) {
    const token = pattern[at];
    if (token === '*') addClosed(pattern, at, next);
    else if (token === '?' || token === char) addClosed(pattern, at + 1, next);
  }
  return [...next];
}

/** A character the pattern does not name and that is not `:`. */
function otherCharacter(named: ReadonlySet<string>): string {
  for (const candidate of ['a', 'b', 'c', '\u{e000}'])
    if (!named.has(candidate) && candidate !== ':') return candidate;
  return '\u{e001}';
}

export function matchGlobPartial(glob: string, urn: PartialUrn): PartialMatch {
  const pattern = glob.split('');
  const end = pattern.length;
  const named = new Set(pattern.filter((token) => token !== '*' && token !== '?'));
  const tries = [...named, otherCharacter(named)];
  const pieces = urnPieces(urn);
  const start = new Set<number>();
  addClosed(pattern, 0, start);

  let matching = false;
  let failing = false;
  const seen = new Set<string>();
  // `addClosed` adds ascending positions.
  const stack: [number, number[]][] = [[0, [...start]]];
  while (stack.length > 0 && !(matching && failing)) {
    const [index, positions] = stack.pop() as [number, number[]];
    const key = `${index}|${positions.join(',')}`;
    if (seen.has(key)) continue;
    if (seen.size >= MAX_STATES) return 'some';
    seen.add(key);
    const piece = pieces[index];
    if (piece === undefined) {
      if (positions.includes(end)) matching = true;
      else failing = true;
    } else if (positions.length === 0) {
      // The glob has failed already; whatever the rest of the URN, it stays failed.
      failing = true;
    } else if ('char' in piece) {
      stack.push([index + 1, step(pattern, positions, piece.char)]);
    } else {
      stack.push([index + 1, positions]);
      for (const char of tries)
        if (piece.colon || char !== ':') stack.push([index, step(pattern, positions, char)]);
    }
  }
  if (matching && failing) return 'some';
  return matching ? 'every' : 'none';
}
