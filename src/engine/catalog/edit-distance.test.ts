import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nearestNames } from './edit-distance';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'abd', 1],
    ['abc', 'ab', 1],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 10)).toBe(distance);
  });

  it('gives Infinity past the limit', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(Infinity);
  });

  it('agrees with a plain Levenshtein within the limit and gives Infinity beyond it', () => {
    const reference = (a: string, b: string): number => {
      const rows = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i += 1) {
        for (let j = 1; j <= b.length; j += 1) {
          const row = rows[i] as number[];
          const above = rows[i - 1] as number[];
          row[j] = Math.min(
            (above[j] ?? 0) + 1,
            (row[j - 1] ?? 0) + 1,
            (above[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
        }
      }
      return rows[a.length]?.[b.length] ?? 0;
    };
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ':', '*', 'é'), maxLength: 10 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, limit) => {
        const expected = reference(a, b);
        expect(editDistance(a, b, limit)).toBe(expected <= limit ? expected : Infinity);
      }),
    );
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const forward = editDistance(a, b, 24);
        expect(editDistance(b, a, 24)).toBe(forward);
        expect(forward === 0).toBe(a === b);
      }),
    );
  });
});

describe('editDistance on long names clearly beyond the limit', () => {
  // "Did you mean" compares a name with thousands of names: a pair the cheap bounds (lengths,
  // letter counts, a row past the limit) rule out must cost time linear in the lengths. Filling
  // the length × length table for these pairs (2 billion cells) instead takes many seconds.
  const x = 'ims:images:list'.repeat(3000);

  it.each([
    ['one letter differs at the end', `${x}a`, `${x}b`, 0],
    ['one letter against two', `${x}a`, `${x}bc`, 1],
    ['two letters against one', `${x}bc`, `${x}a`, 1],
    ['lengths two apart, non-ASCII', `é${x}`, `é${x}yy`, 1],
    ['two letters swapped at the start', `ab${x}`, `ba${x}`, 1],
  ])('rejects %s at once', (_, a, b, limit) => {
    const start = performance.now();
    expect(editDistance(a, b, limit)).toBe(Infinity);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('nearestNames', () => {
  it('orders by distance then name and ignores case', () => {
    expect(nearestNames('GETX', ['gety', 'getx', 'other'], 5)).toEqual(['getx', 'gety']);
  });
});
