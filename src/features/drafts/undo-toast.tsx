import { useEffect } from 'react';
import { Button } from '../../components/ui/button';
import type { DeletedDraft } from '../../stores/drafts-store';

/** How long Undo stays offered after a delete. */
const UNDO_WINDOW_MS = 10_000;

/** "Deleted X — Undo": the way back from a delete, for a short while. */
export function UndoToast({
  deleted,
  onUndo,
  onExpire,
}: {
  deleted: DeletedDraft;
  onUndo: () => void;
  onExpire: () => void;
}) {
  useEffect(() => {
    const timer = setTimeout(onExpire, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [deleted, onExpire]);

  return (
    <div
      role="status"
      className="fixed bottom-4 left-1/2 z-20 flex -translate-x-1/2 items-center gap-3 rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
    >
      <span>Deleted “{deleted.draft.name}”</span>
      <Button size="sm" variant="primary" onClick={onUndo}>
        Undo
      </Button>
      <button
        type="button"
        onClick={onExpire}
        aria-label="Dismiss"
        className="rounded px-1.5 text-white/90 hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-sky-400 dark:text-slate-900 dark:hover:bg-slate-900/10"
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
