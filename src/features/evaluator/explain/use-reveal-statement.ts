import { useCallback } from 'react';
import type { StatementRef } from '../../../engine';
import { useDraftsStore } from '../../../stores/drafts-store';
import { useEditorRevealStore } from '../../../stores/editor-reveal-store';

/**
 * Reveals a statement in the editor: makes its draft the active one and asks the editor to select
 * and highlight the statement. `canReveal` is false for library SCPs, which have no draft.
 */
export function useRevealStatement() {
  const drafts = useDraftsStore((s) => s.drafts);
  const canReveal = useCallback(
    (ref: StatementRef) => drafts.some((d) => d.id === ref.policyId),
    [drafts],
  );
  const reveal = useCallback((ref: StatementRef) => {
    useDraftsStore.getState().selectDraft(ref.policyId);
    useEditorRevealStore.getState().requestReveal({
      draftId: ref.policyId,
      offset: ref.range.offset,
      length: ref.range.length,
    });
  }, []);
  return { canReveal, reveal };
}
