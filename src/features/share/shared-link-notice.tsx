import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { changesScenario } from '../../stores/scenario-model';
import { useScenarioStore } from '../../stores/scenario-store';
import type { PendingSharedLink, SharedLinkOutcome } from './use-shared-link';

function maskedNote({
  accountIds,
  resourceIds,
}: {
  accountIds: boolean;
  resourceIds: boolean;
}): string {
  if (accountIds && resourceIds) return 'Account and resource IDs were masked by the sender.';
  if (accountIds) return 'Account IDs were masked by the sender.';
  if (resourceIds) return 'Resource IDs were masked by the sender.';
  return '';
}

/** Reports what a share link added, or why it was refused. Payload text is shown as text only. */
export function SharedLinkNotice({
  outcome,
  onDismiss,
}: {
  outcome: SharedLinkOutcome;
  onDismiss: () => void;
}) {
  const [applied, setApplied] = useState(false);
  const currentChain = useScenarioStore((s) => s.scpChain);
  const currentContext = useScenarioStore((s) => s.context);
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
  const { scpChain, context } = outcome.scenario;
  const offersScenario = changesScenario(outcome.scenario, {
    scpChain: currentChain,
    context: currentContext,
  });
  const count = outcome.names.length;
  const present = outcome.alreadyPresent;
  return (
    <Notice
      tone="info"
      role="status"
      title={
        count === 0
          ? 'The shared drafts are already in your workspace'
          : `Added ${count} shared ${count === 1 ? 'draft' : 'drafts'} beside your own`
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
      {maskedNote(outcome.masked) ? <p>{maskedNote(outcome.masked)}</p> : null}
      <div className="flex flex-wrap gap-2">
        {offersScenario && !applied ? (
          <Button
            size="sm"
            onClick={() => {
              if (scpChain) useScenarioStore.getState().setScpChain(scpChain);
              if (context) useScenarioStore.getState().setContext(context);
              setApplied(true);
            }}
          >
            Use the link’s SCP selection and request context
          </Button>
        ) : null}
        {applied ? <p>The link’s SCP selection and request context are now in use.</p> : null}
        {dismiss}
      </div>
    </Notice>
  );
}

/** Asks before a link adds many drafts: nothing is added until the user says so. */
export function PendingSharedLinkNotice({ pending }: { pending: PendingSharedLink }) {
  return (
    <Notice
      tone="info"
      role="alert"
      title={`This link would add ${pending.names.length} drafts beside your own`}
    >
      <p>{pending.names.join(', ')}</p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={pending.add}>
          Add {pending.names.length} drafts
        </Button>
        <Button size="sm" variant="ghost" onClick={pending.decline}>
          Don’t add them
        </Button>
      </div>
    </Notice>
  );
}
