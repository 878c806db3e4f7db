import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileWildcard, matchWildcard, wildcardCacheSize } from './wildcard';

const sensitive = { ignoreCase: false };
const insensitive = { ignoreCase: true };

describe('wildcard matching', () => {
  it.each([
    ['*', '', true],
    ['*', 'a:b:c', true],
    ['a*', 'a', true],
    ['a*c', 'a:b:c', true],
    ['a*c', 'a:b:cd', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['a?c', 'abbc', false],
    ['?', '', false],
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['abc', 'xabc', false],
    ['*b', 'ab', true],
    ['*b', 'abc', false],
    ['a**b', 'ab', true],
    ['', '', true],
    ['', 'a', false],
  ])('pattern `%s` against `%s` is %s', (pattern, text, expected) => {
    expect(matchWildcard(pattern, text, sensitive)).toBe(expected);
  });

  it.each([
    ['a.c', 'abc'],
    ['a+', 'aa'],
    ['(a)', 'a'],
    ['[ab]', 'a'],
    ['a|b', 'a'],
    ['^a$', 'a'],
    ['a{2}', 'aa'],
    ['a\\d', 'a1'],
    ['a/b', 'a\\/b'],
    ['.*', 'anything'],
  ])('regex metacharacter pattern `%s` does not match `%s`', (pattern, text) => {
    expect(matchWildcard(pattern, text, sensitive)).toBe(false);
  });

  it.each([
    ['a.c'],
    ['a+'],
    ['(a)'],
    ['[ab]'],
    ['a|b'],
    ['^a$'],
    ['a{2}'],
    ['a\\d'],
    ['.*'],
    ['$'],
  ])('regex metacharacter pattern `%s` matches itself literally', (pattern) => {
    expect(matchWildcard(pattern, pattern, sensitive)).toBe(true);
    expect(matchWildcard(`x*${pattern}`, `xyz${pattern}`, sensitive)).toBe(true);
  });

  it('compares case-sensitively unless asked not to', () => {
    expect(matchWildcard('ABC*', 'abcd', sensitive)).toBe(false);
    expect(matchWildcard('ABC*', 'abcd', insensitive)).toBe(true);
    expect(matchWildcard('A?C', 'abc', insensitive)).toBe(true);
    expect(matchWildcard('abc', 'ABC', insensitive)).toBe(true);
  });

  it('ignores case beyond ASCII when asked to', () => {
    expect(matchWildcard('*:étape*', 'svc:ÉTAPE1', insensitive)).toBe(true);
    expect(matchWildcard('svc:*:ÉTAPE', 'svc:x:étape', insensitive)).toBe(true);
    expect(matchWildcard('*:étape*', 'svc:ÉTAPE1', sensitive)).toBe(false);
  });

  it('does not let the pieces around a `*` overlap', () => {
    expect(matchWildcard('ab*ba', 'aba', sensitive)).toBe(false);
    expect(matchWildcard('a*b*b', 'ab', sensitive)).toBe(false);
    expect(matchWildcard('a*b*b', 'abxb', sensitive)).toBe(true);
    expect(matchWildcard('*:*:list', 'svc:res:list', sensitive)).toBe(true);
    expect(matchWildcard('*:*:list', 'svc:list', sensitive)).toBe(false);
  });

  it('matches across line breaks character by character', () => {
    expect(matchWildcard('a?b', 'a\nb', sensitive)).toBe(true);
    expect(matchWildcard('a*b', 'a\n\nb', sensitive)).toBe(true);
  });

  it('returns the same compiled matcher for the same pattern and options', () => {
    expect(compileWildcard('x*y', sensitive)).toBe(compileWildcard('x*y', sensitive));
    expect(compileWildcard('x*y', sensitive)).not.toBe(compileWildcard('x*y', insensitive));
  });

  it.each([
    ['abc', insensitive, 'i:abc', sensitive],
    ['abc', sensitive, 's:abc', insensitive],
  ])(
    'compiles `%s` (%o) and then `%s` (%o) each for itself',
    (first, firstOptions, second, secondOptions) => {
      expect(compileWildcard(first, firstOptions).test(first)).toBe(true);
      const matcher = compileWildcard(second, secondOptions);
      expect([matcher.pattern, matcher.test(second), matcher.test(first)]).toEqual([
        second,
        true,
        false,
      ]);
    },
  );

  it('keeps the cache bounded however many patterns are compiled', () => {
    for (let i = 0; i < 10_000; i++) compileWildcard(`p${i}*`, sensitive);
    expect(wildcardCacheSize()).toBeLessThanOrEqual(4096);
  });

  // After the test above, which leaves none of these patterns in the cache: each is built here.
  it.each([
    ['ecs:cloudServers:list', false, false],
    ['ecs:*', true, false],
    ['ecs:lis?', true, false],
    ['*', true, true],
    ['**', true, true],
    ['', false, false],
  ])('knows whether `%s` has a wildcard (%s) and matches everything (%s)', (pattern, has, all) => {
    const matcher = compileWildcard(pattern, sensitive);
    expect([matcher.hasWildcard, matcher.matchesEverything]).toEqual([has, all]);
  });

  it('matches every string literally equal to a wildcard-free pattern and nothing else', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[*?]/.test(s)),
        fc.string(),
        (pattern, text) => {
          expect(matchWildcard(pattern, text, sensitive)).toBe(pattern === text);
        },
      ),
    );
  });

  it('matches any text that contains the pattern parts in order when `*` surrounds them', () => {
    const part = fc.string().filter((s) => !/[*?]/.test(s));
    fc.assert(
      fc.property(part, part, fc.string(), fc.string(), fc.string(), (a, b, x, y, z) => {
        expect(matchWildcard(`*${a}*${b}*`, `${x}${a}${y}${b}${z}`, sensitive)).toBe(true);
      }),
    );
  });

  it('agrees with a reference matcher on random patterns', () => {
    const alphabet = fc.constantFrom('a', 'b', ':', '*', '?', '.');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ':', '.'), maxLength: 8 });
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 6 }), text, (pattern, value) => {
        expect(matchWildcard(pattern, value, sensitive)).toBe(referenceMatch(pattern, value));
      }),
    );
  });
});

/** Straightforward recursive glob, used only as an oracle. */
function referenceMatch(pattern: string, text: string): boolean {
  if (pattern === '') return text === '';
  const [head, rest] = [pattern[0], pattern.slice(1)];
  if (head === '*') {
    for (let i = 0; i <= text.length; i++) if (referenceMatch(rest, text.slice(i))) return true;
    return false;
  }
  if (text === '') return false;
  return (head === '?' || head === text[0]) && referenceMatch(rest, text.slice(1));
}
