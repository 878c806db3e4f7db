import { useCallback, useEffect, useState } from 'react';
import { importBundleDrafts } from '../../stores/import-bundle';
import type { Scenario } from '../../stores/scenario-store';
import type { MaskOptions } from '../../language';
import { isShareFragment, readShareFragment } from './share-link';

/** What opening a share link did, for the notice that reports it. */
export type SharedLinkOutcome =
  | {
      ok: true;
      names: string[];
      /** Drafts of the link that were already here, unchanged (the link was opened before). */
      alreadyPresent: string[];
      expectationCount: number;
      masked: MaskOptions;
      scenario: Partial<Scenario>;
    }
  | { ok: false; message: string; details: string[] };

/** A link that would add more drafts than this asks before adding them. */
const SHARE_ASK_ABOVE_DRAFTS = 5;

/** A link waiting for the user's word before its drafts are added. */
export interface PendingSharedLink {
  names: string[];
  add: () => void;
  decline: () => void;
}

/**
 * Opens a `#share=` link when the page loads with one or when one is pasted into the address bar:
 * its drafts are added beside the user's own (with their expectations), and the fragment is cleared right away so that a
 * reload does not add them twice.
 */
export function useSharedLink() {
  const [outcome, setOutcome] = useState<SharedLinkOutcome | null>(null);
  const [pending, setPending] = useState<PendingSharedLink | null>(null);

  useEffect(() => {
    const open = () => {
      if (!isShareFragment(location.hash)) return;
      const hash = location.hash;
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      const read = readShareFragment(hash);
      if (!read.ok) {
        setOutcome(read);
        return;
      }
      const add = () => {
        setPending(null);
        const { names, alreadyPresent, expectationCount, scenario } = importBundleDrafts(
          read.bundle,
        );
        setOutcome({
          ok: true,
          names,
          alreadyPresent,
          expectationCount,
          masked: read.masked,
          scenario,
        });
      };
      if (read.bundle.drafts.length <= SHARE_ASK_ABOVE_DRAFTS) {
        add();
        return;
      }
      setOutcome(null);
      setPending({
        names: read.bundle.drafts.map((draft) => draft.name),
        add,
        decline: () => setPending(null),
      });
    };
    open();
    addEventListener('hashchange', open);
    return () => removeEventListener('hashchange', open);
  }, []);

  const dismiss = useCallback(() => setOutcome(null), []);
  return { outcome, pending, dismiss };
}
