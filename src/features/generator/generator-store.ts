import { create } from 'zustand';
import type { ApiRef } from '../../language/generator-api-lines';

interface GeneratorState {
  open: boolean;
  /** The APIs picked so far, kept while the dialog is closed so a user can come back to them. */
  picks: ApiRef[];
  /** Opens the generator, adding `refs` to the picks (from the catalog browser's API view). */
  openWith: (refs?: readonly ApiRef[]) => void;
  close: () => void;
  setPicks: (picks: ApiRef[]) => void;
}

const same = (a: ApiRef, b: ApiRef) => a.catalogId === b.catalogId && a.apiId === b.apiId;

/**
 * Whether the generator is open and which APIs it was given. Feature-local: the drafts pane and
 * the catalog browser open the same generator, and nothing else reads this state.
 */
export const useGeneratorStore = create<GeneratorState>()((set) => ({
  open: false,
  picks: [],
  openWith: (refs = []) =>
    set((state) => ({
      open: true,
      picks: [...state.picks, ...refs.filter((ref) => !state.picks.some((p) => same(p, ref)))],
    })),
  close: () => set({ open: false }),
  setPicks: (picks) => set({ picks }),
}));
