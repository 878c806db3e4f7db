import { useId } from 'react';
import { Button } from '../../components/ui/button';
import { useDraftsStore } from '../../stores/drafts-store';
import type { Draft, DraftPolicyType } from '../../stores/drafts-store';
import { downloadText } from '../../lib/download';
import { draftFileName } from '../import-export/workspace-export';

interface DraftToolbarProps {
  draft: Draft;
  onRename: () => void;
  onDelete: () => void;
}

/** Actions on the active draft, as buttons so that every tab shortcut has a visible twin. */
export function DraftToolbar({ draft, onRename, onDelete }: DraftToolbarProps) {
  const drafts = useDraftsStore((s) => s.drafts);
  const setDraftPolicyType = useDraftsStore((s) => s.setDraftPolicyType);
  const duplicateDraft = useDraftsStore((s) => s.duplicateDraft);
  const moveDraft = useDraftsStore((s) => s.moveDraft);
  const typeId = useId();
  const index = drafts.findIndex((d) => d.id === draft.id);
  const text = draft.text.endsWith('\n') ? draft.text : `${draft.text}\n`;

  return (
    <div
      role="toolbar"
      aria-label="Active draft"
      className="flex flex-wrap items-center gap-1 text-sm"
    >
      <label htmlFor={typeId} className="text-xs font-medium text-slate-600 dark:text-slate-300">
        Policy type
      </label>
      <select
        id={typeId}
        value={draft.policyType}
        onChange={(event) => setDraftPolicyType(draft.id, event.target.value as DraftPolicyType)}
        className="mr-1 rounded-md border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-800"
      >
        <option value="identity">Identity policy</option>
        <option value="scp">SCP</option>
      </select>
      <Button size="sm" onClick={onRename} aria-keyshortcuts="F2">
        Rename
      </Button>
      <Button size="sm" onClick={() => duplicateDraft(draft.id)}>
        Duplicate
      </Button>
      <Button
        size="sm"
        disabled={index <= 0}
        onClick={() => moveDraft(draft.id, index - 1)}
        aria-keyshortcuts="Alt+Shift+ArrowLeft"
        aria-label="Move left"
        title="Move left (Alt+Shift+←)"
      >
        <span aria-hidden="true">←</span>
      </Button>
      <Button
        size="sm"
        disabled={index >= drafts.length - 1}
        onClick={() => moveDraft(draft.id, index + 1)}
        aria-keyshortcuts="Alt+Shift+ArrowRight"
        aria-label="Move right"
        title="Move right (Alt+Shift+→)"
      >
        <span aria-hidden="true">→</span>
      </Button>
      <Button
        size="sm"
        onClick={() => downloadText(draftFileName(draft.name), text, 'application/json')}
      >
        Export draft
      </Button>
      <Button size="sm" onClick={onDelete} aria-keyshortcuts="Delete">
        Delete
      </Button>
    </div>
  );
}
