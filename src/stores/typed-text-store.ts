import { create } from 'zustand';

/**
 * The most characters of typed text the evaluator follows key by key (about 200 pretty-printed
 * statements); longer drafts reach it with the debounced write, since analysing them on every key
 * would cost typing frames.
 */
export const TYPED_TEXT_MAX_LENGTH = 40_000;

interface TypedText {
  draftId: string;
  text: string;
}

interface TypedTextState {
  /** The editor's text of the draft being typed in, ahead of its debounced write; or `null`. */
  typed: TypedText | null;
  setTyped: (draftId: string, text: string | null) => void;
}

/**
 * What the editor holds but has not written to the drafts yet. The drafts store stays the policy
 * (saved, and read by every view); writing it on each key re-rendered the whole app, so this
 * mirror, read by the evaluator alone, lets the matrix follow each key. The editor clears it when
 * it writes the text or takes a change from elsewhere, so it is never older than the drafts.
 */
export const useTypedTextStore = create<TypedTextState>()((set) => ({
  typed: null,
  setTyped: (draftId, text) => set({ typed: text === null ? null : { draftId, text } }),
}));
