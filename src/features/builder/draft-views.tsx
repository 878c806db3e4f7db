import clsx from 'clsx';
import { lazy, Suspense, useCallback } from 'react';
import type { ReactNode } from 'react';
import { useEditorRevealStore } from '../../stores/editor-reveal-store';
import type { Draft } from '../../stores/drafts-store';
import { useUiStore } from '../../stores/ui-store';
import type { DraftView } from '../../stores/ui-store';

// The builder (and its catalog indexes) load when a user first asks for the visual view.
const PolicyBuilder = lazy(() => import('./policy-builder'));

const VIEWS: { id: DraftView; label: string }[] = [
  { id: 'json', label: 'JSON' },
  { id: 'visual', label: 'Visual' },
  { id: 'split', label: 'Split' },
];

interface DraftViewsProps {
  draft: Draft;
  /** The JSON editor of the draft. */
  editor: ReactNode;
}

/**
 * The draft as JSON, as the visual builder, or both side by side. The editor stays mounted while
 * hidden, so its undo history (which holds the builder's edits too) survives view switches.
 */
export function DraftViews({ draft, editor }: DraftViewsProps) {
  // Remembered per draft: switching tabs (or reloading) shows each draft the way it was left.
  const view = useUiStore((s) => s.draftViews[draft.id] ?? 'json');
  const setDraftView = useUiStore((s) => s.setDraftView);
  const setView = (next: DraftView) => setDraftView(draft.id, next);
  const reveal = useCallback(
    (offset: number, length: number) => {
      const current = useUiStore.getState().draftViews[draft.id];
      if (current === 'visual') useUiStore.getState().setDraftView(draft.id, 'split');
      useEditorRevealStore.getState().requestReveal({ draftId: draft.id, offset, length });
    },
    [draft.id],
  );
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2">
      <fieldset className="flex items-center gap-1 text-xs">
        <legend className="sr-only">Draft view</legend>
        <span aria-hidden="true" className="font-medium text-slate-600 dark:text-slate-300">
          View
        </span>
        {VIEWS.map(({ id, label }) => (
          <label
            key={id}
            className={clsx(
              'relative rounded-md border px-2 py-0.5 font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600',
              view === id
                ? 'border-sky-700 bg-sky-700 text-white'
                : 'border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100',
            )}
          >
            <input
              type="radio"
              name="draft-view"
              value={id}
              checked={view === id}
              // Covers the label, invisible: clicks land on the radio itself.
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
              onChange={() => setView(id)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div
        className={clsx(
          'grid min-h-0 flex-1 gap-3',
          view === 'split' ? 'grid-cols-2' : 'grid-cols-1',
        )}
      >
        <div className={clsx('min-h-0 min-w-0 flex-col', view === 'visual' ? 'hidden' : 'flex')}>
          {editor}
        </div>
        {view === 'json' ? null : (
          <Suspense fallback={<p role="status">Loading the visual builder…</p>}>
            <PolicyBuilder draft={draft} onReveal={reveal} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
