import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord } from './draft-model';
import { createGuardedStorage } from './persistence/guarded-storage';
import type { Restored } from './persistence/guarded-storage';
import { useStorageNoticesStore } from './storage-notices-store';

export type Theme = 'system' | 'light' | 'dark';
export type PaneName = 'catalog' | 'evaluator';

export interface UiPreferences {
  theme: Theme;
  /** Which side panes are open; the drafts pane in the middle is always there. */
  panes: Record<PaneName, boolean>;
}

export interface UiState extends UiPreferences {
  setTheme: (theme: Theme) => void;
  togglePane: (name: PaneName) => void;
}

export const UI_STORAGE_KEY = 'policy-workbench:ui';
const UI_VERSION = 1;
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** Keeps each saved preference that is valid; anything else falls back to its default. */
export function restoreUiPreferences(saved: unknown): Restored<Partial<UiPreferences>> {
  if (!isRecord(saved))
    return { state: {}, problems: ['the saved display settings are not an object'] };
  const state: Partial<UiPreferences> = {};
  const problems: string[] = [];
  if (THEMES.includes(saved.theme as Theme)) state.theme = saved.theme as Theme;
  else problems.push('the saved theme is not one of system, light or dark');
  const panes = saved.panes;
  if (
    isRecord(panes) &&
    typeof panes.catalog === 'boolean' &&
    typeof panes.evaluator === 'boolean'
  ) {
    state.panes = { catalog: panes.catalog, evaluator: panes.evaluator };
  } else {
    problems.push('the saved open panes are not readable');
  }
  return { state, problems };
}

const partialize = ({ theme, panes }: UiState): UiPreferences => ({ theme, panes });

const storage = createGuardedStorage<UiPreferences>({
  label: 'display settings',
  report: (notice) => useStorageNoticesStore.getState().report(notice),
  versions: { current: UI_VERSION, oldestReadable: UI_VERSION },
});

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      theme: 'system',
      panes: { catalog: true, evaluator: true },
      setTheme: (theme) => set({ theme }),
      togglePane: (name) =>
        set((state) => ({ panes: { ...state.panes, [name]: !state.panes[name] } })),
    }),
    {
      name: UI_STORAGE_KEY,
      version: UI_VERSION,
      storage,
      partialize,
      merge: storage.merge<UiState>(UI_STORAGE_KEY, restoreUiPreferences, {
        version: UI_VERSION,
        partialize,
      }),
    },
  ),
);
