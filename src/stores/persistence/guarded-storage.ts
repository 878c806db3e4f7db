import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isRecord } from '../../catalog';
import type { StorageNotice } from '../storage-notices-store';

/** What a restore step recovered from untrusted saved data, and what it had to drop. */
export interface Restored<T> {
  state: T;
  /** One line per thing that was wrong; empty when the data was fully valid. */
  problems: string[];
}

export interface GuardedStorage<S> extends PersistStorage<S> {
  /** The saved state under `name` as stored now, without reporting or setting anything aside. */
  peek(name: string): unknown;
  /** Reads synchronously: localStorage is synchronous, so the store hydrates before first render. */
  getItem(name: string): StorageValue<S> | null;
  /** Writes, reporting a failure; whether the value is now in storage. */
  setItem(name: string, value: StorageValue<S>): boolean;
  /**
   * Builds the persist `merge` option: restores the (already migrated) saved state with
   * `restore`, keeps whatever it recovered, and sets the saved data aside when anything was lost.
   */
  merge<T extends object>(
    name: string,
    restore: (saved: unknown) => Restored<Partial<T>>,
    saving?: { version: number; partialize: (state: T) => S },
  ): (persisted: unknown, current: T) => T;
}

interface GuardedStorageOptions {
  /** What the saved data is, for messages: "drafts", "display settings". */
  label: string;
  report: (notice: Omit<StorageNotice, 'id'>) => void;
  /**
   * The format version the store saves, and the oldest one its `migrate` reads. Data of any other
   * version (an older format, or one saved by a newer release) is set aside, never overwritten.
   */
  versions: { current: number; oldestReadable: number };
  /**
   * Whether the store is part of the workspace a shared-link preview replaces in memory (drafts,
   * SCP selection and context, evaluator settings): such stores write nothing while one is open.
   */
  workspace?: boolean;
  /** The browser storage; injectable for tests. */
  backend?: () => Storage;
}

let workspaceSavingSuspended = false;

/**
 * Suspends (or resumes) every write of the workspace's stores: while a shared link is previewed
 * they hold the link's workspace in memory, and the user's saved workspace must stay exactly as it
 * was (in this tab's storage and for every other tab).
 */
export function suspendWorkspaceSaving(suspended: boolean): void {
  workspaceSavingSuspended = suspended;
}

/** Whether the workspace's stores are holding a preview that must not be saved. */
export const isWorkspaceSavingSuspended = (): boolean => workspaceSavingSuspended;

/**
 * A zustand persist storage over localStorage that never throws into the app: unreadable data is
 * copied to a backup key and reported, a full or blocked storage is reported once, and the state
 * inside a readable envelope is still untrusted until the store's `merge` restores it.
 */
export function createGuardedStorage<S>({
  label,
  report,
  versions,
  workspace = false,
  backend = () => window.localStorage,
}: GuardedStorageOptions): GuardedStorage<S> {
  const lastRead = new Map<string, string>();
  const suspended = () => workspace && workspaceSavingSuspended;

  /** Copies the data last read under `name` to a backup key; `null` when that failed. */
  function setAside(name: string, message: string, details: string[]): string | null {
    const raw = lastRead.get(name);
    let backupKey: string | null = null;
    if (raw !== undefined) {
      const key = `${name}:backup:${new Date().toISOString()}`;
      try {
        backend().setItem(key, raw);
        backupKey = key;
      } catch {
        // The storage is full: the notice still tells the user what was lost.
      }
    }
    report({ message, details, backupKey });
    return backupKey;
  }

  /** Sets unreadable data aside; once it is safe in the backup, the next load starts clean. */
  function setAsideUnreadable(name: string, detail: string): null {
    if (setAside(name, `saved ${label} could not be read and were set aside`, [detail]) !== null) {
      try {
        backend().removeItem(name);
      } catch {
        // Left in place, it is read (and reported) again next time; nothing is lost.
      }
    }
    return null;
  }

  function writeItem(name: string, value: StorageValue<S>): boolean {
    if (suspended()) return false;
    try {
      backend().setItem(name, JSON.stringify(value));
      return true;
    } catch {
      report({
        message: `changes to ${label} are not being saved: browser storage is full or unavailable`,
        details: [],
        backupKey: null,
      });
      return false;
    }
  }

  return {
    peek(name) {
      try {
        const parsed: unknown = JSON.parse(backend().getItem(name) ?? 'null');
        return isRecord(parsed) ? parsed.state : undefined;
      } catch {
        return undefined;
      }
    },
    getItem(name) {
      let raw: string | null;
      try {
        raw = backend().getItem(name);
      } catch {
        report({
          message: `saved ${label} are unavailable: browser storage is blocked`,
          details: [],
          backupKey: null,
        });
        return null;
      }
      if (raw === null) return null;
      lastRead.set(name, raw);
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return setAsideUnreadable(name, 'the saved data is not JSON');
      }
      if (!isRecord(parsed) || !isRecord(parsed.state) || typeof parsed.version !== 'number') {
        return setAsideUnreadable(name, 'the saved data is not a Policy Workbench save');
      }
      if (parsed.version > versions.current) {
        return setAsideUnreadable(
          name,
          `they were saved by a newer version of Policy Workbench (format ${parsed.version}; this version reads up to ${versions.current})`,
        );
      }
      if (parsed.version < versions.oldestReadable) {
        return setAsideUnreadable(
          name,
          `they are in format ${parsed.version}, older than this version reads (${versions.oldestReadable} to ${versions.current})`,
        );
      }
      return parsed as unknown as StorageValue<S>;
    },
    setItem: writeItem,
    removeItem(name) {
      if (suspended()) return;
      try {
        backend().removeItem(name);
      } catch {
        // Nothing to remove from a storage we cannot reach.
      }
    },
    merge(name, restore, saving) {
      return (persisted, current) => {
        if (persisted === undefined) return current;
        const restored = restore(persisted);
        const merged = { ...current, ...restored.state };
        if (restored.problems.length > 0) {
          setAside(
            name,
            `some saved ${label} could not be read; what could be recovered was kept`,
            restored.problems,
          );
          // Save what was recovered right away, so a reload neither loses it nor reports again.
          if (saving) {
            writeItem(name, { state: saving.partialize(merged), version: saving.version });
          }
        }
        return merged;
      };
    },
  };
}
