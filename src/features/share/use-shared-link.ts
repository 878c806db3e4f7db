import { useCallback, useLayoutEffect, useState } from 'react';
import {
  closeWorkspacePreview,
  keepWorkspacePreview,
  openWorkspacePreview,
  previewChanged,
  useWorkspacePreviewStore,
  workspaceParts,
} from '../../stores/workspace-preview';
import type { MaskOptions } from '../../language';
import { isShareFragment, readShareFragment } from './share-link';

/** What keeping a shared link's drafts did, or why a link was refused, for the notice that says so. */
export type SharedLinkOutcome =
  | {
      ok: true;
      names: string[];
      /** Drafts of the link that were already here, unchanged (the link was kept before). */
      alreadyPresent: string[];
      expectationCount: number;
      /** The link's evaluator settings were applied with its SCP chain and context. */
      evaluationApplied: boolean;
    }
  | { ok: false; message: string; details: string[] };

/** Another link opened while the preview holds changes: it replaces them only when asked. */
export interface PendingSharedLink {
  names: string[];
  open: () => void;
  stay: () => void;
}

/**
 * The link this tab previews, kept for the tab's lifetime (sessionStorage), so that a reload
 * shows the preview again even after the address moved on to a catalog page.
 */
const PREVIEWED_LINK_KEY = 'policy-workbench:previewed-share-link';

function rememberLink(fragment: string | null): void {
  try {
    if (fragment === null) sessionStorage.removeItem(PREVIEWED_LINK_KEY);
    else sessionStorage.setItem(PREVIEWED_LINK_KEY, fragment);
  } catch {
    // Without sessionStorage, a reload shows the preview again while the address holds the link.
  }
}

/** The share link to open: the address's, or the one this tab was previewing before a reload. */
export function sharedLinkToOpen(): string | null {
  if (isShareFragment(location.hash)) return location.hash;
  try {
    const previewed = sessionStorage.getItem(PREVIEWED_LINK_KEY);
    return previewed !== null && isShareFragment(previewed) ? previewed : null;
  } catch {
    return null;
  }
}

/** Takes a share link out of the address (a route fragment stays). */
function clearShareFragment(): void {
  if (isShareFragment(location.hash)) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  }
}

/**
 * Opens a `#share=` link when the page loads with one or when one is pasted into the address bar,
 * as a preview of the sender's workspace: the stores show the link's drafts, SCP chain, context and
 * evaluator settings while the user's own workspace is set aside, unsaved-over, until they keep the drafts (added
 * beside their own) or go back to it. The link stays in the address (and in this tab's session)
 * until then, so a reload shows the preview again. A link that cannot be read is reported and
 * taken out of the address; nothing changes.
 */
export function useSharedLink() {
  const [outcome, setOutcome] = useState<SharedLinkOutcome | null>(null);
  const [masked, setMasked] = useState<MaskOptions>({ accountIds: false, resourceIds: false });
  const [pending, setPending] = useState<PendingSharedLink | null>(null);

  // Before the first paint, so the user's own drafts do not flash up before the link's.
  useLayoutEffect(() => {
    const open = (mounting: boolean) => {
      const fragment = sharedLinkToOpen();
      if (fragment === null) return;
      const current = useWorkspacePreviewStore.getState().preview;
      if (current?.key === fragment) {
        // The pane was laid out afresh (a side pane opened or closed): the preview is still open.
        if (mounting) {
          const read = readShareFragment(fragment);
          if (read.ok) setMasked(read.masked);
        }
        return;
      }
      const read = readShareFragment(fragment);
      if (!read.ok) {
        clearShareFragment();
        // A damaged link pasted during a preview leaves that preview as it is.
        if (!current) rememberLink(null);
        setOutcome(read);
        return;
      }
      const show = () => {
        setPending(null);
        // Typing the editor has not written yet goes to the user's draft, not into the preview.
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        openWorkspacePreview(fragment, read.bundle);
        rememberLink(fragment);
        setMasked(read.masked);
        setOutcome(null);
      };
      if (current && previewChanged(current.opened, workspaceParts())) {
        setPending({
          names: read.bundle.drafts.map((draft) => draft.name),
          open: show,
          stay: () => {
            setPending(null);
            history.replaceState(history.state, '', current.key);
          },
        });
        return;
      }
      show();
    };
    open(true);
    const onHashChange = () => open(false);
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  const keep = useCallback(() => {
    const kept = keepWorkspacePreview();
    clearShareFragment();
    rememberLink(null);
    setPending(null);
    if (kept) {
      const { names, alreadyPresent, expectationCount, evaluation } = kept;
      setOutcome({
        ok: true,
        names,
        alreadyPresent,
        expectationCount,
        evaluationApplied: evaluation !== undefined,
      });
    }
  }, []);
  const close = useCallback(() => {
    closeWorkspacePreview();
    clearShareFragment();
    rememberLink(null);
    setPending(null);
    setOutcome(null);
  }, []);
  const dismiss = useCallback(() => setOutcome(null), []);
  return { outcome, masked, pending, keep, close, dismiss };
}
