import { useDraftsStore } from '../../stores/drafts-store';
import { DraftTextEditor } from './draft-text-editor';

/** The middle pane: the user's drafts in tabs and the editor of the active one. */
export function DraftsPane() {
  const drafts = useDraftsStore((s) => s.drafts);
  const activeDraftId = useDraftsStore((s) => s.activeDraftId);
  const selectDraft = useDraftsStore((s) => s.selectDraft);
  const createDraft = useDraftsStore((s) => s.createDraft);
  const active = drafts.find((d) => d.id === activeDraftId);

  return (
    <section aria-label="Drafts" className="flex h-full min-h-0 flex-col gap-2 p-3">
      <div className="flex items-center gap-2">
        <div
          role="tablist"
          aria-label="Drafts"
          className="flex min-w-0 flex-1 gap-1 overflow-x-auto"
        >
          {drafts.map((draft) => (
            <button
              key={draft.id}
              type="button"
              role="tab"
              id={`draft-tab-${draft.id}`}
              aria-selected={draft.id === activeDraftId}
              aria-controls="draft-panel"
              className="rounded-t border-b-2 border-transparent px-3 py-1 text-sm aria-selected:border-sky-600 aria-selected:font-semibold"
              onClick={() => selectDraft(draft.id)}
            >
              {draft.name}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="rounded border px-2 py-1 text-sm"
          onClick={() => createDraft()}
        >
          New draft
        </button>
      </div>
      {active ? (
        <div
          role="tabpanel"
          id="draft-panel"
          aria-labelledby={`draft-tab-${active.id}`}
          className="flex min-h-0 flex-1"
        >
          <DraftTextEditor draft={active} />
        </div>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          No drafts yet: create one to start writing a policy.
        </p>
      )}
    </section>
  );
}
