import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft-model';
import { mergeDraftLists, sameDrafts } from './merge-drafts';

const draft = (id: string, text = '{}', name = id): Draft => ({
  id,
  name,
  policyType: 'identity',
  text,
});
let copies = 0;
const copyId = () => `copy-${(copies += 1)}`;

describe('mergeDraftLists', () => {
  const a = draft('a');
  const b = draft('b');

  it('keeps a draft the other tab created and one this tab created', () => {
    expect(mergeDraftLists([a], [a, draft('mine')], [a, draft('theirs')], copyId)).toEqual([
      a,
      draft('mine'),
      draft('theirs'),
    ]);
  });

  it('takes the other tab’s edit of a draft this tab did not change', () => {
    expect(mergeDraftLists([a, b], [a, b], [a, draft('b', 'edited')], copyId)).toEqual([
      a,
      draft('b', 'edited'),
    ]);
  });

  it('keeps this tab’s edit of a draft the other tab did not change', () => {
    expect(mergeDraftLists([a, b], [draft('a', 'mine'), b], [a, b], copyId)).toEqual([
      draft('a', 'mine'),
      b,
    ]);
  });

  it('drops a draft deleted on one side only when the other side left it unchanged', () => {
    expect(mergeDraftLists([a, b], [a, b], [a], copyId)).toEqual([a]);
    expect(mergeDraftLists([a, b], [a], [a, b], copyId)).toEqual([a]);
    expect(mergeDraftLists([a, b], [a, draft('b', 'mine')], [a], copyId)).toEqual([
      a,
      draft('b', 'mine'),
    ]);
    expect(mergeDraftLists([a, b], [a], [a, draft('b', 'theirs')], copyId)).toEqual([
      a,
      draft('b', 'theirs'),
    ]);
  });

  it('keeps both versions of a draft both tabs changed', () => {
    const merged = mergeDraftLists([a], [draft('a', 'mine')], [draft('a', 'theirs')], () => 'c');
    expect(merged).toEqual([draft('a', 'mine'), draft('c', 'theirs', 'a (from another tab)')]);
  });

  it('loses no change of either tab (property, checked against the definitions, not the merge)', () => {
    const texts = fc.constantFrom('{}', 'x', 'y');
    const list = fc
      .uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), text: texts }), {
        selector: (entry) => entry.id,
        maxLength: 4,
      })
      .map((entries) => entries.map((entry) => draft(entry.id, entry.text)));
    fc.assert(
      fc.property(list, list, list, (base, ours, theirs) => {
        const merged = mergeDraftLists(base, ours, theirs, copyId);
        const has = (d: Draft) => merged.some((m) => m.text === d.text && m.name.startsWith(d.id));
        const before = (id: string) => base.find((d) => d.id === id);
        for (const side of [ours, theirs]) {
          for (const d of side) {
            const original = before(d.id);
            // Anything a side created or changed is in the result.
            if (!original || original.text !== d.text) expect(has(d)).toBe(true);
          }
        }
        // Ids stay unique.
        expect(new Set(merged.map((d) => d.id)).size).toBe(merged.length);
      }),
    );
  });
});

describe('sameDrafts', () => {
  it('compares ids, contents and order', () => {
    expect(sameDrafts([draft('a')], [draft('a')])).toBe(true);
    expect(sameDrafts([draft('a'), draft('b')], [draft('b'), draft('a')])).toBe(false);
    expect(sameDrafts([draft('a')], [draft('a', 'x')])).toBe(false);
  });
});
