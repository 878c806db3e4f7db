import clsx from 'clsx';
import { useEffect, useRef, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import { useDraftsStore } from '../../stores/drafts-store';
import type { Draft } from '../../stores/drafts-store';
import { DraftNameInput } from './draft-name-input';

/** Drag data type for reordering tabs; file drops onto the pane use `Files` instead. */
const DRAFT_DRAG_TYPE = 'application/x-policy-workbench-draft';

interface DraftTabsProps {
  renamingId: string | null;
  onRename: (id: string | null) => void;
  onDelete: (id: string) => void;
}

/**
 * The drafts as tabs (WAI-ARIA tabs pattern with automatic activation): arrows and Home/End
 * move between drafts, Alt+Shift+arrows move the draft itself, F2 renames, Delete deletes.
 * Tabs can also be dragged to a new place.
 */
export function DraftTabs({ renamingId, onRename, onDelete }: DraftTabsProps) {
  const drafts = useDraftsStore((s) => s.drafts);
  const activeDraftId = useDraftsStore((s) => s.activeDraftId);
  const selectDraft = useDraftsStore((s) => s.selectDraft);
  const moveDraft = useDraftsStore((s) => s.moveDraft);
  const tabs = useRef(new Map<string, HTMLButtonElement>());
  // After a keyboard action re-renders the tabs, focus follows the active draft.
  const focusActive = useRef(false);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  /** How many tabs are scrolled out of view on each side (the overflow indicators). */
  const [hidden, setHidden] = useState({ before: 0, after: 0 });

  useEffect(() => {
    if (!focusActive.current || renamingId !== null) return;
    focusActive.current = false;
    if (activeDraftId) tabs.current.get(activeDraftId)?.focus();
  });

  const measure = () => {
    const element = list.current;
    if (!element) return;
    const { left, right } = element.getBoundingClientRect();
    const boxes = [...tabs.current.values()].map((tab) => tab.getBoundingClientRect());
    setHidden({
      before: boxes.filter((box) => box.left < left - 1).length,
      after: boxes.filter((box) => box.right > right + 1).length,
    });
  };
  // The active draft (a new one, one picked by keyboard) is scrolled into view; then the
  // indicators are counted again, as they are whenever the strip is resized.
  useEffect(() => {
    if (activeDraftId) tabs.current.get(activeDraftId)?.scrollIntoView({ block: 'nearest' });
    measure();
  }, [activeDraftId, drafts.length]);
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, draft: Draft, index: number) {
    const last = drafts.length - 1;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let handled = true;
    if (step !== 0 && event.altKey && event.shiftKey) {
      moveDraft(draft.id, index + step);
    } else if (step !== 0 && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const next = drafts[(index + step + drafts.length) % drafts.length];
      if (next) selectDraft(next.id);
    } else if (event.key === 'Home' || event.key === 'End') {
      const next = drafts[event.key === 'Home' ? 0 : last];
      if (next) selectDraft(next.id);
    } else if (event.key === 'F2') {
      onRename(draft.id);
    } else if (event.key === 'Delete') {
      onDelete(draft.id);
    } else {
      handled = false;
    }
    if (handled) {
      event.preventDefault();
      focusActive.current = event.key !== 'F2';
    }
  }

  function onDrop(event: DragEvent<HTMLElement>, index: number) {
    const id = event.dataTransfer.getData(DRAFT_DRAG_TYPE);
    setDropTarget(null);
    if (!id) return;
    event.preventDefault();
    event.stopPropagation();
    moveDraft(id, index);
  }

  const indicator = (count: number, side: 'before' | 'after') =>
    count > 0 ? (
      <span
        className={clsx(
          'pointer-events-none absolute bottom-px z-10 bg-slate-50/95 px-1.5 py-1 text-xs font-semibold text-slate-700 dark:bg-slate-950/95 dark:text-slate-200',
          side === 'before'
            ? 'left-0 shadow-[6px_0_6px_-4px_rgba(0,0,0,0.2)]'
            : 'right-0 shadow-[-6px_0_6px_-4px_rgba(0,0,0,0.2)]',
        )}
      >
        {side === 'before' ? `‹ ${count} more` : `${count} more ›`}
      </span>
    ) : null;

  return (
    <div className="relative shrink-0">
      {indicator(hidden.before, 'before')}
      <div
        ref={list}
        role="tablist"
        aria-label="Drafts"
        aria-orientation="horizontal"
        onScroll={measure}
        className="flex min-w-0 shrink-0 items-end gap-0.5 overflow-x-auto border-b border-slate-200 [scrollbar-width:thin] dark:border-slate-700"
      >
        {drafts.map((draft, index) =>
          draft.id === renamingId ? (
            <DraftNameInput
              key={draft.id}
              draft={draft}
              onDone={() => {
                focusActive.current = true;
                onRename(null);
              }}
            />
          ) : (
            <button
              key={draft.id}
              ref={(element) => {
                if (element) tabs.current.set(draft.id, element);
                else tabs.current.delete(draft.id);
              }}
              type="button"
              role="tab"
              id={`draft-tab-${draft.id}`}
              aria-selected={draft.id === activeDraftId}
              aria-controls="draft-panel"
              tabIndex={draft.id === activeDraftId ? 0 : -1}
              draggable
              title={`${draft.name} (${draft.policyType === 'scp' ? 'SCP' : 'identity policy'}). F2 renames, Alt+Shift+arrows move, Delete deletes.`}
              className={clsx(
                '-mb-px flex max-w-56 shrink-0 items-center gap-1.5 rounded-t-md border border-b-2 px-3 py-1.5 text-sm',
                'focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-sky-600',
                draft.id === activeDraftId
                  ? 'border-slate-200 border-b-sky-600 bg-white font-semibold dark:border-slate-700 dark:border-b-sky-400 dark:bg-slate-900'
                  : 'border-transparent text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800',
                dropTarget === draft.id && 'ring-2 ring-sky-500 ring-inset',
              )}
              onClick={() => selectDraft(draft.id)}
              onDoubleClick={() => onRename(draft.id)}
              onKeyDown={(event) => onKeyDown(event, draft, index)}
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAFT_DRAG_TYPE, draft.id);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(event) => {
                if (!event.dataTransfer.types.includes(DRAFT_DRAG_TYPE)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setDropTarget(draft.id);
              }}
              onDragLeave={() =>
                setDropTarget((current) => (current === draft.id ? null : current))
              }
              onDrop={(event) => onDrop(event, index)}
            >
              <span className="truncate">{draft.name}</span>
              {draft.policyType === 'scp' ? (
                <span className="rounded bg-amber-100 px-1 text-[10px] font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                  SCP
                </span>
              ) : null}
            </button>
          ),
        )}
      </div>
      {indicator(hidden.after, 'after')}
    </div>
  );
}
