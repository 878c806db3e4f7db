/** Every key the app saves starts with this (stores, their backups). */
const SAVED_KEY_PREFIX = 'policy-workbench:';

/**
 * Whether this browser has never saved anything for the app: no store, no set-aside backup. A
 * returning user who emptied the workspace still has a saved (empty) draft list, and storage
 * that cannot be read counts as saved, so only a true first visit is ever given the example.
 */
export function isFirstVisit(storage: () => Storage = () => window.localStorage): boolean {
  try {
    const store = storage();
    for (let index = 0; index < store.length; index++) {
      if (store.key(index)?.startsWith(SAVED_KEY_PREFIX)) return false;
    }
    return true;
  } catch {
    return false;
  }
}
