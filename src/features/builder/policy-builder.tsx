import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { usePolicyCatalogs } from '../../data/use-policy-catalogs';
import type { Draft } from '../../stores/drafts-store';
import { CardFindings } from './card-findings';
import { readPolicyView } from './model/policy-view';
import { StatementCard } from './statement-card';
import { toolbarButtonId } from './statement-toolbar';
import { useBuilderEdit } from './use-builder-edit';
import type { ApplyEdit } from './use-builder-edit';

interface PolicyBuilderProps {
  draft: Draft;
  /** Shows a stretch of the text in the JSON editor (switching the view if needed). */
  onReveal: (offset: number, length: number) => void;
}

const ADD_STATEMENT_ID = 'builder-add-statement';

/** Line and column (1-based) of an offset, for messages. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * The visual builder of a draft: computed from the draft's text on every change, writing back
 * only through minimal edits of that text. When the text is not JSON it says where, and offers
 * to show the error, instead of guessing what the policy was meant to be.
 */
export default function PolicyBuilder({ draft, onReveal }: PolicyBuilderProps) {
  const catalogs = usePolicyCatalogs();
  const view = useMemo(
    () => readPolicyView(draft.text, draft.policyType, catalogs),
    [draft.text, draft.policyType, catalogs],
  );
  const { apply, refusal } = useBuilderEdit(draft.id);
  const pendingFocus = useRef<string | null>(null);
  const count = view.kind === 'policy' ? view.statements.length : 0;

  // Statement moves and deletions re-render the cards; the focus follows the statement.
  const onEdit = useCallback<ApplyEdit>(
    (edit) => {
      const applied = apply(edit);
      if (applied && edit.kind === 'move-statement') {
        // The same button of the moved card, or its other move button at either end.
        const to = edit.statement + edit.direction;
        const button =
          edit.direction < 0 ? (to > 0 ? 'up' : 'down') : to < count - 1 ? 'down' : 'up';
        pendingFocus.current = toolbarButtonId(to, button);
      } else if (applied && edit.kind === 'delete-statement') {
        const next = Math.min(edit.statement, count - 2);
        pendingFocus.current = next >= 0 ? toolbarButtonId(next, 'delete') : ADD_STATEMENT_ID;
      }
      return applied;
    },
    [apply, count],
  );
  useEffect(() => {
    if (pendingFocus.current === null) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  }, [view]);

  return (
    <section
      aria-label="Visual builder"
      className="flex min-h-0 flex-1 flex-col gap-2 overflow-auto"
    >
      <p
        role="status"
        aria-label="Builder status"
        className="text-xs text-slate-600 dark:text-slate-300"
      >
        {refusal
          ? `Not changed: ${refusal}`
          : catalogs
            ? 'Changes here edit the JSON; JSON edits show up here.'
            : 'Loading the catalogs…'}
      </p>
      {view.kind === 'unreadable' ? (
        <Notice
          tone="warning"
          title="The JSON does not parse, so the builder cannot show it"
          role="status"
        >
          <p>{`${view.message} (${position(draft.text, view.offset)}).`}</p>
          <Button size="sm" onClick={() => onReveal(view.offset, view.length)}>
            Show the error in the JSON
          </Button>
        </Notice>
      ) : view.kind === 'single-statement' ? (
        <Notice tone="info" title="`Statement` is a single object" role="status">
          <p>The builder edits a list of statements.</p>
          <Button size="sm" onClick={() => apply({ kind: 'wrap-statement' })}>
            Wrap it in a list
          </Button>
        </Notice>
      ) : (
        <>
          <CardFindings
            label="Findings of the policy"
            findings={view.policyFindings}
            onReveal={onReveal}
          />
          {view.otherKeys.length > 0 || (view.version !== '5.0' && view.version !== null) ? (
            <p className="text-xs text-slate-600 dark:text-slate-300">
              {`Version ${view.version ?? 'not set'}`}
              {view.otherKeys.length > 0 ? `; kept as written: ${view.otherKeys.join(', ')}` : ''}
            </p>
          ) : null}
          <ol aria-label="Statements" className="space-y-3">
            {view.statements.map((statement) => (
              <li key={statement.index}>
                <StatementCard
                  statement={statement}
                  count={count}
                  catalogs={catalogs}
                  model={view.model}
                  policyType={draft.policyType}
                  onEdit={onEdit}
                  onReveal={onReveal}
                />
              </li>
            ))}
          </ol>
          <div>
            <Button
              id={ADD_STATEMENT_ID}
              size="sm"
              variant="primary"
              onClick={() =>
                apply({
                  kind: 'add-statement',
                  statement:
                    draft.policyType === 'scp'
                      ? { Effect: 'Deny', Action: [], Resource: ['*'] }
                      : { Effect: 'Allow', Action: [] },
                })
              }
            >
              Add statement
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
