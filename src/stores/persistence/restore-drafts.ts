import { isRecord } from '../../catalog';
import { describeDraft, readNewDraft } from '../draft-model';
import type { Draft } from '../draft-model';
import type { Restored } from './guarded-storage';

export interface SavedDrafts {
  drafts: Draft[];
  activeDraftId: string | null;
}

/**
 * Restores saved drafts from untrusted storage: every valid draft is kept, each invalid one is
 * reported and dropped, and the active draft falls back to the first one when it is gone.
 */
export function restoreDrafts(saved: unknown): Restored<SavedDrafts> {
  const problems: string[] = [];
  if (!isRecord(saved) || !Array.isArray(saved.drafts)) {
    return {
      state: { drafts: [], activeDraftId: null },
      problems: ['the saved drafts are not a list'],
    };
  }
  const drafts: Draft[] = [];
  const ids = new Set<string>();
  saved.drafts.forEach((value: unknown, index) => {
    const read = readNewDraft(value);
    const id = isRecord(value) ? value.id : undefined;
    if ('problem' in read) {
      problems.push(`${describeDraft(value, index)} ${read.problem}`);
    } else if (typeof id !== 'string' || id === '' || ids.has(id)) {
      problems.push(`${describeDraft(value, index)} has a missing or repeated id`);
    } else {
      ids.add(id);
      drafts.push({ id, ...read.draft });
    }
  });
  const active = saved.activeDraftId;
  if (active !== null && active !== undefined && typeof active !== 'string') {
    problems.push('the active draft is not a draft id');
  }
  const activeDraftId =
    typeof active === 'string' && ids.has(active) ? active : (drafts[0]?.id ?? null);
  return { state: { drafts, activeDraftId }, problems };
}
