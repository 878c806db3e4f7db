import { useCallback, useState } from 'react';
import { applyBuilderEdit } from '../../language/builder-edits';
import type { BuilderEdit } from '../../language/builder-edits';
import { useDraftsStore } from '../../stores/drafts-store';

/** Applies a builder change to a draft's text; `false` (and a message) when it was refused. */
export type ApplyEdit = (edit: BuilderEdit) => boolean;

/**
 * Builder changes go to the draft's text in the store as minimal edits; the editor, when it is
 * mounted, receives them as undoable edits of its model. Each change starts from the text the
 * store holds at that moment, never from a copy kept by a component.
 */
export function useBuilderEdit(draftId: string): { apply: ApplyEdit; refusal: string | null } {
  const [refusal, setRefusal] = useState<string | null>(null);
  const apply = useCallback<ApplyEdit>(
    (edit) => {
      const { drafts, updateDraftText } = useDraftsStore.getState();
      const draft = drafts.find((d) => d.id === draftId);
      if (!draft) return false;
      const result = applyBuilderEdit(draft.text, edit);
      if (!result.ok) {
        setRefusal(result.message);
        return false;
      }
      setRefusal(null);
      if (result.text !== draft.text) updateDraftText(draftId, result.text);
      return true;
    },
    [draftId],
  );
  return { apply, refusal };
}
