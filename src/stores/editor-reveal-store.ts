import { create } from 'zustand';

/** A span of a draft's text to scroll to, select and highlight. */
interface RevealRequest {
  draftId: string;
  offset: number;
  length: number;
  /** Tells two requests for the same span apart, so asking again reveals again. */
  serial: number;
}

interface EditorRevealState {
  request: RevealRequest | null;
  /** Asks whichever editor shows `draftId` to reveal the span (the caller selects the draft). */
  requestReveal: (target: Omit<RevealRequest, 'serial'>) => void;
}

let serial = 0;

/**
 * How a panel (the evaluator's explanations) points the editor at a statement. Not persisted: a
 * reveal belongs to the click that asked for it.
 */
export const useEditorRevealStore = create<EditorRevealState>()((set) => ({
  request: null,
  requestReveal: (target) => set({ request: { ...target, serial: ++serial } }),
}));
