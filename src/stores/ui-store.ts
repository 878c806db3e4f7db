import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord } from '../catalog';
import { createGuardedStorage } from './persistence/guarded-storage';
import type { Restored } from './persistence/guarded-storage';
import { useStorageNoticesStore } from './storage-notices-store';

export type Theme = 'system' | 'light' | 'dark';
export type PaneName = 'catalog' | 'evaluator';
export type DraftView = 'json' | 'visual' | 'split';
const DRAFT_VIEWS: readonly DraftView[] = ['json', 'visual', 'split'];

export interface UiPreferences {
  theme: Theme;
  /** Which side panes are open; the drafts pane in the middle is always there. */
  panes: Record<PaneName, boolean>;
  /** Each side pane's width in percent of the window; the drafts pane takes the rest. */
  paneSizes: Record<PaneName, number>;
  /** The view each draft was last shown in, by draft id (JSON when absent). */
  draftViews: Record<string, DraftView>;
}

export interface UiState extends UiPreferences {
  setTheme: (theme: Theme) => void;
  togglePane: (name: PaneName) => void;
  setPaneSizes: (sizes: Partial<Record<PaneName, number>>) => void;
  setDraftView: (draftId: string, view: DraftView) => void;
}

export const UI_STORAGE_KEY = 'policy-workbench:ui';
/**
 * Saved versions:
 * - v1 `{ theme, panes }`.
 * - v2 adds `paneSizes`, since the panes can be resized, and `draftViews`.
 */
const UI_VERSION = 2;
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const DEFAULT_PANE_SIZES: Record<PaneName, number> = { catalog: 30, evaluator: 26 };
/** A side pane never takes more than this, so the drafts pane always keeps room. */
const MAX_PANE_SIZE = 60;

const isPaneSize = (value: unknown): value is number =>
  typeof value === 'number' && value > 0 && value <= MAX_PANE_SIZE;

/** Brings saved preferences up to the current version; v1 had no sizes, so it gets the defaults. */
function migrateUiPreferences(saved: unknown, fromVersion: number): unknown {
  if (fromVersion === 1 && isRecord(saved))
    return { ...saved, paneSizes: DEFAULT_PANE_SIZES, draftViews: {} };
  return saved;
}

/** Keeps each saved preference that is valid; anything else falls back to its default. */
function restoreUiPreferences(saved: unknown): Restored<Partial<UiPreferences>> {
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
  const sizes = saved.paneSizes;
  if (isRecord(sizes) && isPaneSize(sizes.catalog) && isPaneSize(sizes.evaluator)) {
    state.paneSizes = { catalog: sizes.catalog, evaluator: sizes.evaluator };
  } else {
    problems.push('the saved pane sizes are not readable');
  }
  const views = saved.draftViews;
  if (isRecord(views) && Object.values(views).every((v) => DRAFT_VIEWS.includes(v as DraftView))) {
    state.draftViews = views as Record<string, DraftView>;
  } else {
    problems.push('the saved draft views are not readable');
  }
  return { state, problems };
}

const partialize = ({ theme, panes, paneSizes, draftViews }: UiState): UiPreferences => ({
  theme,
  panes,
  paneSizes,
  draftViews,
});

const storage = createGuardedStorage<UiPreferences>({
  label: 'display settings',
  report: (notice) => useStorageNoticesStore.getState().report(notice),
  versions: { current: UI_VERSION, oldestReadable: 1 },
});

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      theme: 'system',
      panes: { catalog: true, evaluator: true },
      paneSizes: DEFAULT_PANE_SIZES,
      draftViews: {},
      setTheme: (theme) => set({ theme }),
      togglePane: (name) =>
        set((state) => ({ panes: { ...state.panes, [name]: !state.panes[name] } })),
      setPaneSizes: (sizes) =>
        set((state) => {
          const valid = Object.entries(sizes).filter(([, size]) => isPaneSize(size));
          return { paneSizes: { ...state.paneSizes, ...Object.fromEntries(valid) } };
        }),
      setDraftView: (draftId, view) =>
        set((state) => ({ draftViews: { ...state.draftViews, [draftId]: view } })),
    }),
    {
      name: UI_STORAGE_KEY,
      version: UI_VERSION,
      storage,
      // Still untrusted after migration: `merge` restores it.
      migrate: (saved, version) => migrateUiPreferences(saved, version) as UiPreferences,
      partialize,
      merge: storage.merge<UiState>(UI_STORAGE_KEY, restoreUiPreferences, {
        version: UI_VERSION,
        partialize,
      }),
    },
  ),
);
