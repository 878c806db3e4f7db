import type { Draft } from '../draft-model';
import type { SavedDrafts } from './restore-drafts';

/**
 * Whether `next` differs from `saved` only in draft texts: the same drafts (ids, names, types) in
 * the same order, the same active draft. Typing changes nothing else, and is the one change worth
 * deferring: the store takes every key at once (so every view follows the editor), while writing
 * the whole workspace to storage on every key would cost more than the key itself.
 */
export function onlyTextsDiffer(saved: SavedDrafts, next: SavedDrafts): boolean {
  if (saved.activeDraftId !== next.activeDraftId) return false;
  if (saved.drafts.length !== next.drafts.length) return false;
  return saved.drafts.every((draft: Draft, i) => {
    const other = next.drafts[i];
    return (
      other !== undefined &&
      other.id === draft.id &&
      other.name === draft.name &&
      other.policyType === draft.policyType
    );
  });
}

/**
 * Runs `write` at once for structural changes and after `delayMs` of quiet for text-only ones
 * (unless `now`); `flush` writes a pending text change now.
 */
export function deferTextSaves<V extends { state: SavedDrafts }>(
  write: (value: V) => void,
  delayMs: number,
): { save(value: V, now?: boolean): void; flush(): void } {
  let written: SavedDrafts | null = null;
  let pending: V | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const value = pending;
    pending = null;
    if (value) {
      write(value);
      written = value.state;
    }
  };
  return {
    save(value, now = false) {
      if (!now && written !== null && onlyTextsDiffer(written, value.state)) {
        pending = value;
        clearTimeout(timer);
        timer = setTimeout(flush, delayMs);
        return;
      }
      pending = value;
      flush();
    },
    flush,
  };
}
