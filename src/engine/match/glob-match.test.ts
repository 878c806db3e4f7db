import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatch, matchWildcard } from './wildcard';

/**
 * The reference: the definition of `*` and `?` as a table over prefixes (pattern i, text j), written
 * independently of the matcher under test.
 */
function reference(pattern: string, text: string): boolean {
  let row = Array.from({ length: text.length + 1 }, (_, j) => j === 0);
  for (const char of pattern) {
    const next = Array.from({ length: text.length + 1 }, () => false);
    for (let j = 0; j <= text.length; j += 1) {
      if (char === '*') next[j] = Boolean(row[j]) || (j > 0 && Boolean(next[j - 1]));
      else next[j] = j > 0 && Boolean(row[j - 1]) && (char === '?' || char === text[j - 1]);
    }
    row = next;
  }
  return Boolean(row[text.length]);
}

const alphabet = fc.constantFrom('a', 'b', ':', '*', '?');
const textAlphabet = fc.constantFrom('a', 'b', ':', '?', '*');

describe('globMatch', () => {
  it('agrees with the reference definition on every small pattern and text', () => {
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 8 }).map((chars) => chars.join('')),
        fc.array(textAlphabet, { maxLength: 10 }).map((chars) => chars.join('')),
        (pattern, text) => {
          expect(globMatch(pattern, text)).toBe(reference(pattern, text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('is case-sensitive itself; wildcard matching lower-cases both sides when asked', () => {
    expect(globMatch('a?C', 'abc')).toBe(false);
    expect(matchWildcard('a?C', 'abc', { ignoreCase: true })).toBe(true);
  });

  it('answers adversarial patterns in time linear in pattern × text (no backtracking blow-up)', () => {
    const pattern = '*?'.repeat(12) + 'Z';
    const text = 'a'.repeat(10_000);
    const started = performance.now();
    expect(matchWildcard(pattern, text, { ignoreCase: true })).toBe(false);
    expect(matchWildcard(pattern, `${text}z`, { ignoreCase: true })).toBe(true);
    expect(matchWildcard(`${'*a'.repeat(200)}?b`, 'a'.repeat(5_000), { ignoreCase: false })).toBe(
      false,
    );
    // Generous: the regular expression this replaced took minutes on the first case alone.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
