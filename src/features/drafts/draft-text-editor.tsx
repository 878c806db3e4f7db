import { DRAFT_TEXT_MAX_LENGTH } from '../../stores/draft-model';
import { useDraftsStore } from '../../stores/drafts-store';
import type { Draft } from '../../stores/drafts-store';

interface DraftTextEditorProps {
  draft: Draft;
}

/**
 * The plain text editor of a draft, usable while the Monaco editor's chunk loads (or if it never
 * does). Same contract as the editor: draft in, text and caret out through the drafts store.
 */
export function DraftTextEditor({ draft }: DraftTextEditorProps) {
  const updateDraftText = useDraftsStore((s) => s.updateDraftText);
  const setCaret = useDraftsStore((s) => s.setCaret);
  const rememberCaret = (event: React.SyntheticEvent<HTMLTextAreaElement>) =>
    setCaret(draft.id, event.currentTarget.selectionStart);

  return (
    <textarea
      aria-label={`Policy text of ${draft.name}`}
      className="h-full min-h-64 w-full flex-1 resize-none rounded border border-slate-300 bg-white p-3 font-mono text-sm leading-relaxed text-slate-900 focus:outline-2 focus:outline-sky-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      value={draft.text}
      maxLength={DRAFT_TEXT_MAX_LENGTH}
      onChange={(event) => updateDraftText(draft.id, event.target.value)}
      onSelect={rememberCaret}
      onKeyUp={rememberCaret}
      onClick={rememberCaret}
    />
  );
}
