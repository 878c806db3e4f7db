import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from './testing/cursor-fixture';
import { diffEdit } from './text-edits';

/**
 * Texts over three characters, so that an edit's neighbourhood often repeats what it inserts or
 * removes: where the common prefix and the common suffix of the two texts could overlap.
 */
const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n'), maxLength: 12 });

describe('diffEdit', () => {
  it('is one edit that, applied to the old text, gives the new text', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edit = diffEdit(before, after);
        expect(edit.offset).toBeGreaterThanOrEqual(0);
        expect(edit.length).toBeGreaterThanOrEqual(0);
        expect(edit.offset + edit.length).toBeLessThanOrEqual(before.length);
        expect(applyEdits(before, [edit])).toBe(after);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports an insertion as an insertion, however much it repeats its neighbours', () => {
    fc.assert(
      fc.property(text, text, text, (head, inserted, tail) => {
        const edit = diffEdit(head + tail, head + inserted + tail);
        expect(edit.length).toBe(0);
        expect(edit.newText).toHaveLength(inserted.length);
        expect(applyEdits(head + tail, [edit])).toBe(head + inserted + tail);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports a deletion as a deletion, however much it repeats its neighbours', () => {
    fc.assert(
      fc.property(text, text, text, (head, removed, tail) => {
        const edit = diffEdit(head + removed + tail, head + tail);
        expect(edit).toMatchObject({ length: removed.length, newText: '' });
        expect(applyEdits(head + removed + tail, [edit])).toBe(head + tail);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the two texts’ common prefix out of the edit', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const { offset } = diffEdit(before, after);
        expect(before.slice(0, offset)).toBe(after.slice(0, offset));
        if (offset < Math.min(before.length, after.length))
          expect(before[offset]).not.toBe(after[offset]);
      }),
      { numRuns: 1000 },
    );
  });
});
