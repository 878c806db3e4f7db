import clsx from 'clsx';
import { useEffect, useId, useMemo } from 'react';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { useDraftsStore } from '../../stores/drafts-store';
import { useEvaluatorStore } from '../../stores/evaluator-store';
import { sameDraftIn } from '../../stores/import-bundle';
import { useScenarioStore } from '../../stores/scenario-store';
import { previewChanged } from '../../stores/workspace-preview';
import type { WorkspacePreview } from '../../stores/workspace-preview';
import type { MaskOptions } from '../../language';
import type { PendingSharedLink, SharedLinkOutcome } from './use-shared-link';

function maskedNote({ accountIds, resourceIds }: MaskOptions): string {
  if (accountIds && resourceIds) return 'Account and resource IDs were masked by the sender.';
  if (accountIds) return 'Account IDs were masked by the sender.';
  if (resourceIds) return 'Resource IDs were masked by the sender.';
  return '';
}

const drafts = (count: number) => `${count} shared ${count === 1 ? 'draft' : 'drafts'}`;

/** Whether the user has changed the preview since it opened (an edit, a draft, the chain). */
function usePreviewChanged(opened: WorkspacePreview['opened']): boolean {
  const current = useDraftsStore((s) => s.drafts);
  const expectations = useEvaluatorStore((s) => s.expectations);
  const scpChain = useScenarioStore((s) => s.scpChain);
  const context = useScenarioStore((s) => s.context);
  return useMemo(
    () => previewChanged(opened, { drafts: current, expectations, scpChain, context }),
    [opened, current, expectations, scpChain, context],
  );
}

/** After the preview closes, focus goes to the active draft's tab rather than to nowhere. */
function focusActiveDraft() {
  requestAnimationFrame(() => {
    document.getElementById(`draft-tab-${useDraftsStore.getState().activeDraftId}`)?.focus();
  });
}

/**
 * Says that the workspace shown is a shared link's, not the user's, with the two ways out: keep
 * its drafts (as edited) beside their own, or go back to their own workspace, unchanged.
 */
export function SharedLinkPreviewBanner({
  preview,
  masked,
  onKeep,
  onClose,
}: {
  preview: WorkspacePreview;
  masked: MaskOptions;
  onKeep: () => void;
  onClose: () => void;
}) {
  const titleId = useId();
  const current = useDraftsStore((s) => s.drafts);
  const changed = usePreviewChanged(preview.opened);
  const present = current.filter((draft) => sameDraftIn(preview.own.drafts.drafts, draft));

  // The preview is kept in memory only: a reload or a closed tab would lose the user's edits.
  useEffect(() => {
    if (!changed) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [changed]);

  return (
    <section
      aria-labelledby={titleId}
      className={clsx(
        'space-y-1 rounded-md border-2 px-3 py-2 text-sm',
        changed
          ? 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950/60 dark:text-amber-50'
          : 'border-violet-400 bg-violet-50 text-violet-950 dark:border-violet-600 dark:bg-violet-950/60 dark:text-violet-50',
      )}
    >
      <h3 id={titleId} className="font-semibold">
        You are viewing a shared link
      </h3>
      <p>
        {current.length === 1
          ? 'This is the link’s draft, '
          : `These are the link’s ${current.length} drafts, `}
        {preview.carriesEvaluation
          ? 'evaluated as the sender evaluated them: under their SCP selection and request context, with their evaluator settings.'
          : 'evaluated under the sender’s SCP selection and request context.'}{' '}
        Your own drafts and settings are set aside, unchanged.
      </p>
      {maskedNote(masked) ? <p>{maskedNote(masked)}</p> : null}
      {present.length > 0 ? (
        <p>
          Already in your workspace, so keeping will not add them again:{' '}
          {present.map((draft) => draft.name).join(', ')}
        </p>
      ) : null}
      <p>
        {changed
          ? 'You have changed these drafts: keeping them keeps your changes, going back discards them.'
          : 'Edits you make here are kept only if you keep these drafts; going back discards them.'}
      </p>
      <div className="flex flex-wrap gap-2 pt-1">
        <Button
          size="sm"
          variant="primary"
          onClick={() => {
            onKeep();
            focusActiveDraft();
          }}
        >
          Keep these drafts
        </Button>
        <Button
          size="sm"
          onClick={() => {
            onClose();
            focusActiveDraft();
          }}
        >
          Back to my workspace
        </Button>
      </div>
    </section>
  );
}

/** Reports what keeping a link's drafts added, or why a link was refused. Payload text is shown as text only. */
export function SharedLinkNotice({
  outcome,
  onDismiss,
}: {
  outcome: SharedLinkOutcome;
  onDismiss: () => void;
}) {
  const dismiss = (
    <Button size="sm" variant="ghost" onClick={onDismiss}>
      Dismiss
    </Button>
  );
  if (!outcome.ok) {
    return (
      <Notice
        tone="error"
        title={`${outcome.message.charAt(0).toUpperCase()}${outcome.message.slice(1)}`}
      >
        <ul className="list-disc pl-5">
          {outcome.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
        <p>Your own drafts are unchanged.</p>
        {dismiss}
      </Notice>
    );
  }
  const count = outcome.names.length;
  const present = outcome.alreadyPresent;
  return (
    <Notice
      tone="info"
      role="status"
      title={
        count === 0
          ? 'The shared drafts were already in your workspace'
          : `Kept ${drafts(count)} beside your own`
      }
    >
      {count > 0 ? <p>{outcome.names.join(', ')}</p> : null}
      {present.length > 0 ? (
        <p>Already here, unchanged, so not added again: {present.join(', ')}</p>
      ) : null}
      {outcome.expectationCount > 0 ? (
        <p>
          {outcome.expectationCount === 1
            ? 'Their expectation came with them: see the Expectations tab.'
            : `Their ${outcome.expectationCount} expectations came with them: see the Expectations tab.`}
        </p>
      ) : null}
      <p>
        {outcome.evaluationApplied
          ? 'The link’s SCP selection, request context and evaluator settings are now in use.'
          : 'The link’s SCP selection and request context are now in use.'}
      </p>
      {dismiss}
    </Notice>
  );
}

/** Another link opened while the preview holds the user's changes: nothing is replaced unasked. */
export function PendingSharedLinkNotice({ pending }: { pending: PendingSharedLink }) {
  return (
    <Notice tone="warning" role="alert" title="Open the other shared link?">
      <p>
        It holds {pending.names.join(', ')}. Opening it discards your changes to the shared drafts
        you are viewing.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={pending.open}>
          Open the other link
        </Button>
        <Button size="sm" variant="ghost" onClick={pending.stay}>
          Stay on this one
        </Button>
      </div>
    </Notice>
  );
}
