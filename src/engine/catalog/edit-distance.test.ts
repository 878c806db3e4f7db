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

describe('nearestNames', () => {
  it('orders by distance then name and ignores case', () => {
    expect(nearestNames('GETX', ['gety', 'getx', 'other'], 5)).toEqual(['getx', 'gety']);
  });
});
