import type { Draft } from '../draft-model';

const sameDraft = (a: Draft, b: Draft) =>
  a.name === b.name && a.policyType === b.policyType && a.text === b.text;

/** True when both lists hold the same drafts, in the same order. */
export function sameDrafts(a: readonly Draft[], b: readonly Draft[]): boolean {
  return (
    a.length === b.length &&
    a.every((draft, index) => {
      const other = b[index];
      return other !== undefined && other.id === draft.id && sameDraft(draft, other);
    })
  );
}

/**
 * Three-way merge of the drafts two tabs of the same browser hold: `base` is what storage held when
 * this tab last read or wrote it, `ours` this tab's list, `theirs` what another tab saved since.
 * Per draft, the side that changed it wins; a draft both sides changed keeps ours and adds theirs
 * as a copy; a draft one side deleted stays deleted unless the other side changed it. So no tab's
 * change is dropped. Our order is kept; drafts new from the other tab follow in their order.
 */
export function mergeDraftLists(
  base: readonly Draft[],
  ours: readonly Draft[],
  theirs: readonly Draft[],
  copyId: () => string,
): Draft[] {
  const baseById = new Map(base.map((draft) => [draft.id, draft]));
  const theirsById = new Map(theirs.map((draft) => [draft.id, draft]));
  const oursIds = new Set(ours.map((draft) => draft.id));
  const merged: Draft[] = [];
  for (const draft of ours) {
    const before = baseById.get(draft.id);
    const other = theirsById.get(draft.id);
    if (!other) {
      // New here, or deleted there: kept unless it is unchanged since the other tab deleted it.
      if (!before || !sameDraft(draft, before)) merged.push(draft);
    } else if (before && sameDraft(draft, before)) {
      merged.push(other);
    } else {
      merged.push(draft);
      const theyChanged = !before || !sameDraft(other, before);
      if (theyChanged && !sameDraft(other, draft)) {
        merged.push({ ...other, id: copyId(), name: `${other.name} (from another tab)` });
      }
    }
  }
  for (const draft of theirs) {
    if (oursIds.has(draft.id)) continue;
    const before = baseById.get(draft.id);
    // New there, or deleted here after the other tab changed it.
    if (!before || !sameDraft(draft, before)) merged.push(draft);
  }
  return merged;
}
