import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineLocator } from './line-locator';

/** The definition: count the line breaks before the offset. */
function naive(text: string, offset: number) {
  const before = text.slice(0, Math.max(0, offset));
  return {
    line: before.split('\n').length,
    column: offset - (before.lastIndexOf('\n') + 1) + 1,
  };
}

describe('lineLocator', () => {
  it('places offsets at the start, middle and end of lines', () => {
    const locate = lineLocator('ab\n\ncd\n');
    expect([0, 1, 2, 3, 4, 6, 7].map(locate)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 3, column: 3 },
      { line: 4, column: 1 },
    ]);
  });

  it('agrees with counting line breaks, for any text and offset', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\n', 'é', '\r') }),
        fc.nat(),
        (text, n) => {
          const offset = n % (text.length + 1);
          expect(lineLocator(text)(offset)).toEqual(naive(text, offset));
        },
      ),
    );
  });
});
