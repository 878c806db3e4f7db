import { useId, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import { useDraftsStore } from '../../stores/drafts-store';
import { useEvaluatorStore } from '../../stores/evaluator-store';
import { useScenarioStore } from '../../stores/scenario-store';
import { bundleEvaluation, expectationsOf } from '../../stores/workspace-bundle';
import { createShareFragment } from './share-link';

/**
 * "Share…": builds a link carrying the drafts with their expectations, the SCP selection, the
 * context and the evaluator's settings, optionally masked.
 */
export function ShareButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const hasDrafts = useDraftsStore((s) => s.drafts.length > 0);
  const titleId = useId();
  return (
    <>
      <Button
        size="sm"
        disabled={!hasDrafts}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Share…
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        className="m-auto w-[36rem] max-w-[90vw] rounded-lg border border-slate-300 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id={titleId} className="text-base font-semibold">
          Share drafts as a link
        </h2>
        {open ? <ShareForm onClose={() => dialog.current?.close()} /> : null}
      </dialog>
    </>
  );
}

function ShareForm({ onClose }: { onClose: () => void }) {
  const drafts = useDraftsStore((s) => s.drafts);
  const activeDraftId = useDraftsStore((s) => s.activeDraftId);
  const scpChain = useScenarioStore((s) => s.scpChain);
  const context = useScenarioStore((s) => s.context);
  const expectations = useEvaluatorStore((s) => s.expectations);
  const identityDraftIds = useEvaluatorStore((s) => s.identityDraftIds);
  const lastIdentityDraftId = useEvaluatorStore((s) => s.lastIdentityDraftId);
  const unknownContext = useEvaluatorStore((s) => s.unknownContext);
  const services = useEvaluatorStore((s) => s.services);
  const resourceScope = useEvaluatorStore((s) => s.resourceScope);
  const [onlyActive, setOnlyActive] = useState(false);
  const [accountIds, setAccountIds] = useState(true);
  const [resourceIds, setResourceIds] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const linkId = useId();
  const active = drafts.find((d) => d.id === activeDraftId);

  const created = useMemo(() => {
    const shared = onlyActive && active ? [active] : drafts;
    // What the recipient's matrix needs to be the sender's: which drafts are evaluated (of those
    // shared), the resource scope, "any request" and the services.
    const evaluation = bundleEvaluation(shared, {
      activeDraftId,
      lastIdentityDraftId,
      identityDraftIds,
      unknownContext,
      services,
      resourceScope,
    });
    return createShareFragment(
      {
        drafts: shared,
        expectations: expectationsOf(shared, expectations),
        scpChain,
        context,
        evaluation,
      },
      { accountIds, resourceIds },
    );
  }, [
    drafts,
    expectations,
    active,
    activeDraftId,
    lastIdentityDraftId,
    identityDraftIds,
    unknownContext,
    services,
    resourceScope,
    onlyActive,
    scpChain,
    context,
    accountIds,
    resourceIds,
  ]);
  const link = created.ok
    ? `${location.origin}${location.pathname}${location.search}${created.fragment}`
    : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <form method="dialog" className="mt-3 space-y-3 text-sm" onChange={() => setCopied(null)}>
      <fieldset className="space-y-1">
        <legend className="font-medium">Drafts</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="share-scope"
            checked={!onlyActive}
            onChange={() => setOnlyActive(false)}
          />
          All drafts ({drafts.length})
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="share-scope"
            checked={onlyActive}
            disabled={!active}
            onChange={() => setOnlyActive(true)}
          />
          Only “{active?.name ?? 'the active draft'}”
        </label>
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="font-medium">Privacy</legend>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={accountIds}
            onChange={(e) => setAccountIds(e.target.checked)}
          />
          Mask account IDs
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={resourceIds}
            onChange={(e) => setResourceIds(e.target.checked)}
          />
          Mask resource IDs
        </label>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Masked IDs become stable placeholders such as <code>masked-account-1</code>, so the shared
          drafts still match the shared request the way yours do. The drafts’ expectations, the SCP
          selection, the request context and the evaluator’s settings (the drafts evaluated, the
          resource scope, “any request” and the services) travel with the link.
        </p>
      </fieldset>
      {created.ok ? (
        <div className="space-y-1">
          <label htmlFor={linkId} className="font-medium">
            Share link
          </label>
          <input
            id={linkId}
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
          />
          <p className="text-xs text-slate-600 dark:text-slate-300">
            The drafts travel in the part after <code>#</code>, which browsers never send to a
            server.
          </p>
        </div>
      ) : (
        <p role="alert" className="text-rose-800 dark:text-rose-300">
          {created.message}
        </p>
      )}
      <div className="flex items-center justify-end gap-2">
        <p role="status" className="mr-auto text-xs">
          {copied === 'yes'
            ? 'Link copied.'
            : copied === 'failed'
              ? 'Copying failed: select the link and copy it.'
              : ''}
        </p>
        <Button type="button" variant="primary" disabled={!created.ok} onClick={copy}>
          Copy link
        </Button>
        <Button type="button" onClick={onClose}>
          Close
        </Button>
      </div>
    </form>
  );
}
