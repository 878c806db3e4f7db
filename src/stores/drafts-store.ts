import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DRAFT_NAME_MAX_LENGTH, newDraftId, uniqueDraftName } from './draft-model';
import type { Draft, DraftPolicyType, NewDraft } from './draft-model';
import { emptyPolicyText, insertIntoStatement } from '../language';
import type { InsertableItem, InsertResult } from '../language';
import { createGuardedStorage, isWorkspaceSavingSuspended } from './persistence/guarded-storage';
import { mergeDraftLists, sameDrafts } from './persistence/merge-drafts';
import { restoreDrafts } from './persistence/restore-drafts';
import type { SavedDrafts } from './persistence/restore-drafts';
import { useStorageNoticesStore } from './storage-notices-store';

export type { Draft, DraftPolicyType, NewDraft } from './draft-model';

/** A deleted draft and where it was, so that Undo puts it back in place. */
export interface DeletedDraft {
  draft: Draft;
  index: number;
}

export interface DraftsState extends SavedDrafts {
  /** Caret offset per draft id, so "add to policy" targets the statement the user is in. */
  carets: Record<string, number>;
  /** Creates a draft (blank unless `text` is given), makes it active and returns its id. */
  createDraft: (init?: Partial<NewDraft>) => string;
  /** Adds drafts beside the existing ones (clashing names get a suffix); returns the new ids. */
  addDrafts: (drafts: NewDraft[]) => string[];
  selectDraft: (id: string) => void;
  /** Sets a draft's text, and its caret when given: one change, saved once. */
  updateDraftText: (id: string, text: string, caret?: number) => void;
  /** Ignores blank names; trims and caps the rest. */
  renameDraft: (id: string, name: string) => void;
  setDraftPolicyType: (id: string, policyType: DraftPolicyType) => void;
  duplicateDraft: (id: string) => string | null;
  deleteDraft: (id: string) => DeletedDraft | null;
  restoreDraft: (deleted: DeletedDraft) => void;
  /** Moves a draft to `toIndex` (clamped to the list). */
  moveDraft: (id: string, toIndex: number) => void;
  setCaret: (id: string, offset: number) => void;
  /** Inserts into the active draft's current statement, creating a draft when there is none. */
  addToActiveDraft: (item: InsertableItem) => InsertResult;
}

export const DRAFTS_STORAGE_KEY = 'policy-workbench:drafts';
const DRAFTS_VERSION = 1;

const defaultName = (policyType: DraftPolicyType) =>
  policyType === 'scp' ? 'Untitled SCP' : 'Untitled policy';

const partialize = ({ drafts, activeDraftId }: DraftsState): SavedDrafts => ({
  drafts,
  activeDraftId,
});

const guarded = createGuardedStorage<SavedDrafts>({
  label: 'drafts',
  workspace: true,
  report: (notice) => useStorageNoticesStore.getState().report(notice),
  versions: { current: DRAFTS_VERSION, oldestReadable: DRAFTS_VERSION },
});

/**
 * Drafts as this browser's storage held them when this tab last read or wrote them: the base of
 * the three-way merge with what other tabs saved since (each tab saves its whole list).
 */
let storedDrafts: Draft[] = [];

const readDrafts = (saved: unknown): Draft[] | null =>
  saved === undefined || saved === null ? null : restoreDrafts(saved).state.drafts;

/** Takes merged drafts into this tab; the active draft stays unless it is gone. */
function adoptDrafts(drafts: Draft[]): void {
  useDraftsStore.setState((state) => ({
    drafts,
    activeDraftId: drafts.some((d) => d.id === state.activeDraftId)
      ? state.activeDraftId
      : (drafts[0]?.id ?? null),
  }));
}

/**
 * Every save merges with what other tabs saved since, so no tab's change is dropped. While a
 * shared link is previewed nothing is saved or merged: the drafts in memory are the link's.
 */
const storage: typeof guarded = {
  ...guarded,
  getItem(name) {
    const value = guarded.getItem(name);
    storedDrafts = readDrafts(value?.state) ?? [];
    return value;
  },
  setItem(name, value) {
    if (isWorkspaceSavingSuspended()) return false;
    const theirs = readDrafts(guarded.peek(name));
    const ours = value.state.drafts;
    const drafts = theirs ? mergeDraftLists(storedDrafts, ours, theirs, newDraftId) : ours;
    // Storage holds what was written, and only that: a failed write leaves the merge's base.
    const written = guarded.setItem(name, { ...value, state: { ...value.state, drafts } });
    if (written) storedDrafts = drafts;
    if (!sameDrafts(drafts, ours)) {
      // Not from within the save: the store is still in the middle of its own change.
      pendingAdoption = drafts;
      queueMicrotask(settleDraftMerges);
    }
    return written;
  },
};

/** Merged drafts a save found, waiting to be taken into this tab. */
let pendingAdoption: Draft[] | null = null;

/**
 * Takes in merged drafts a save is about to adopt, now rather than a moment later: before a
 * shared-link preview sets the user's drafts aside, so they are set aside complete.
 */
export function settleDraftMerges(): void {
  const drafts = pendingAdoption;
  pendingAdoption = null;
  if (drafts) adoptDrafts(drafts);
}

export const useDraftsStore = create<DraftsState>()(
  persist(
    (set, get) => {
      const withIds = (drafts: NewDraft[]): Draft[] => {
        const taken = get().drafts.map((d) => d.name);
        return drafts.map((draft) => {
          const name = uniqueDraftName(draft.name, taken);
          taken.push(name);
          return { ...draft, id: newDraftId(), name };
        });
      };
      const patch = (id: string, change: Partial<Draft>) =>
        set((state) => ({
          drafts: state.drafts.map((d) => (d.id === id ? { ...d, ...change } : d)),
        }));

      return {
        drafts: [],
        activeDraftId: null,
        carets: {},
        createDraft: (init = {}) => {
          const policyType = init.policyType ?? 'identity';
          const [draft] = withIds([
            {
              name: init.name?.trim() || defaultName(policyType),
              policyType,
              text: init.text ?? emptyPolicyText(policyType),
            },
          ]);
          if (!draft) return '';
          set((state) => ({ drafts: [...state.drafts, draft], activeDraftId: draft.id }));
          return draft.id;
        },
        addDrafts: (drafts) => {
          const added = withIds(drafts);
          if (added.length === 0) return [];
          set((state) => ({
            drafts: [...state.drafts, ...added],
            activeDraftId: added[0]?.id ?? null,
          }));
          return added.map((d) => d.id);
        },
        selectDraft: (id) => {
          if (get().drafts.some((d) => d.id === id)) set({ activeDraftId: id });
        },
        updateDraftText: (id, text, caret) =>
          set((state) => ({
            drafts: state.drafts.map((d) => (d.id === id ? { ...d, text } : d)),
            ...(caret === undefined ? {} : { carets: { ...state.carets, [id]: caret } }),
          })),
        renameDraft: (id, name) => {
          const trimmed = name.trim().slice(0, DRAFT_NAME_MAX_LENGTH);
          if (trimmed !== '') patch(id, { name: trimmed });
        },
        setDraftPolicyType: (id, policyType) => patch(id, { policyType }),
        duplicateDraft: (id) => {
          const { drafts } = get();
          const index = drafts.findIndex((d) => d.id === id);
          const source = drafts[index];
          if (!source) return null;
          const [copy] = withIds([{ ...source, name: `${source.name} (copy)` }]);
          if (!copy) return null;
          set({ drafts: drafts.toSpliced(index + 1, 0, copy), activeDraftId: copy.id });
          return copy.id;
        },
        deleteDraft: (id) => {
          const { drafts, activeDraftId, carets } = get();
          const index = drafts.findIndex((d) => d.id === id);
          const draft = drafts[index];
          if (!draft) return null;
          const rest = drafts.toSpliced(index, 1);
          const neighbour = rest[Math.min(index, rest.length - 1)];
          const { [id]: _dropped, ...otherCarets } = carets;
          set({
            drafts: rest,
            activeDraftId: activeDraftId === id ? (neighbour?.id ?? null) : activeDraftId,
            carets: otherCarets,
          });
          return { draft, index };
        },
        restoreDraft: ({ draft, index }) => {
          const { drafts } = get();
          if (drafts.some((d) => d.id === draft.id)) return;
          set({ drafts: drafts.toSpliced(index, 0, draft), activeDraftId: draft.id });
        },
        moveDraft: (id, toIndex) => {
          const { drafts } = get();
          const from = drafts.findIndex((d) => d.id === id);
          const draft = drafts[from];
          const to = Math.max(0, Math.min(toIndex, drafts.length - 1));
          if (!draft || from === to) return;
          set({ drafts: drafts.toSpliced(from, 1).toSpliced(to, 0, draft) });
        },
        setCaret: (id, offset) => set((state) => ({ carets: { ...state.carets, [id]: offset } })),
        addToActiveDraft: (item) => {
          const { drafts, activeDraftId, carets } = get();
          const active = drafts.find((d) => d.id === activeDraftId);
          const id = active?.id ?? get().createDraft();
          const draft = get().drafts.find((d) => d.id === id);
          if (!draft) return { ok: false, message: 'there is no draft to add to' };
          const result = insertIntoStatement(
            draft.text,
            item,
            draft.policyType,
            active ? carets[id] : undefined,
          );
          if (result.ok && result.changed) patch(id, { text: result.text });
          return result;
        },
      };
    },
    {
      name: DRAFTS_STORAGE_KEY,
      version: DRAFTS_VERSION,
      storage,
      partialize,
      merge: storage.merge<DraftsState>(DRAFTS_STORAGE_KEY, restoreDrafts, {
        version: DRAFTS_VERSION,
        partialize,
      }),
    },
  ),
);

/** Merges drafts another tab saved into this tab's, so both show the same list. */
function takeDraftsOfOtherTabs(theirs: Draft[]): void {
  const ours = useDraftsStore.getState().drafts;
  const drafts = mergeDraftLists(storedDrafts, ours, theirs, newDraftId);
  storedDrafts = theirs;
  if (!sameDrafts(drafts, ours)) adoptDrafts(drafts);
}

/**
 * Catches up with what other tabs saved while this one was not listening (a shared-link
 * preview): merged as if their saves had arrived one by one.
 */
export function takeSavedDrafts(): void {
  const theirs = readDrafts(guarded.peek(DRAFTS_STORAGE_KEY));
  if (theirs) takeDraftsOfOtherTabs(theirs);
}

// Another tab saved: merge its drafts into this one at once, so both show the same list. A tab
// previewing a shared link holds the link's drafts and catches up when the preview closes.
if (typeof window !== 'undefined') {
  addEventListener('storage', (event) => {
    if (event.key !== DRAFTS_STORAGE_KEY || event.newValue === null) return;
    if (isWorkspaceSavingSuspended()) return;
    let theirs: Draft[] | null;
    try {
      theirs = readDrafts((JSON.parse(event.newValue) as { state?: unknown }).state);
    } catch {
      return;
    }
    if (theirs) takeDraftsOfOtherTabs(theirs);
  });
}
