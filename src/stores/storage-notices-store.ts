import { create } from 'zustand';

/** Something the user must know about their saved workspace (set aside, not saved). */
export interface StorageNotice {
  id: string;
  /** One line for the user, e.g. "some saved drafts could not be read". */
  message: string;
  /** What exactly was wrong, one finding per entry. */
  details: string[];
  /** The localStorage key the unreadable data was copied to, when it could be copied. */
  backupKey: string | null;
}

interface StorageNoticesState {
  notices: StorageNotice[];
  report: (notice: Omit<StorageNotice, 'id'>) => void;
  dismiss: (id: string) => void;
}

let nextId = 0;

/** Notices about the saved workspace. Not persisted: they describe this page load. */
export const useStorageNoticesStore = create<StorageNoticesState>()((set) => ({
  notices: [],
  report: (notice) =>
    set((state) =>
      // The same failure (e.g. a full storage on every keystroke) is reported once.
      state.notices.some((n) => n.message === notice.message)
        ? state
        : { notices: [...state.notices, { ...notice, id: `notice-${++nextId}` }] },
    ),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
}));
