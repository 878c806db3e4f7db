import clsx from 'clsx';
import type { RequestExplanation, StatementLine, StatementOutcome } from '../model/explain-request';
import { CodeText } from '../../../components/ui/code-text';
import { useRevealStatement } from './use-reveal-statement';

const OUTCOME_STYLES: Record<StatementOutcome, string> = {
  applies: 'text-emerald-700 dark:text-emerald-300',
  'does not apply': 'text-slate-600 dark:text-slate-300',
  'may apply': 'text-sky-700 dark:text-sky-300',
  'not evaluated': 'text-amber-700 dark:text-amber-300',
};

function Statement({ line }: { line: StatementLine }) {
  const { canReveal, reveal } = useRevealStatement();
  const head = (
    <>
      <span className="font-medium">
        <CodeText text={line.name} />
      </span>{' '}
      <span className={clsx('text-xs font-semibold', OUTCOME_STYLES[line.outcome])}>
        {line.outcome}
      </span>
    </>
  );
  return (
    <li className="space-y-0.5">
      {canReveal(line.ref) ? (
        <button
          type="button"
          aria-label={`Show ${line.name.replaceAll('`', '')} of ${line.ref.policyName} in the editor`}
          title="Show in the editor"
          className="rounded text-left underline decoration-dotted underline-offset-2 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
          onClick={() => reveal(line.ref)}
        >
          {head}
        </button>
      ) : (
        <div>{head}</div>
      )}
      <p className="text-xs text-slate-700 dark:text-slate-300">
        <CodeText text={line.sentence} />
      </p>
      {line.conditions.length > 0 ? (
        <ul className="ml-3 list-disc text-xs text-slate-600 dark:text-slate-300">
          {line.conditions.map((c, i) => (
            <li key={i}>
              <CodeText text={c.sentence} />{' '}
              <span className="font-semibold">
                ({c.result === 'true' ? 'met' : c.result === 'false' ? 'not met' : 'unknown'})
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function unrelatedSentence(unrelated: readonly string[], related: number): string {
  if (unrelated.length === 0) return related === 0 ? 'No statements.' : '';
  const names = unrelated.join(', ');
  return unrelated.length === 1
    ? `${names} does not name this action.`
    : `${names} do not name this action.`;
}

/** The explanation of one evaluation: decision, SCP levels, each layer's statements, assumptions. */
export function ExplanationBody({ explanation }: { explanation: RequestExplanation }) {
  return (
    <div className="space-y-2 text-sm">
      <p className="font-medium">
        <CodeText text={explanation.decision} />
      </p>
      {explanation.scps ? (
        <p>
          <CodeText text={explanation.scps} />
        </p>
      ) : (
        <p className="text-slate-600 dark:text-slate-300">Not governed by SCPs.</p>
      )}
      {explanation.residual.length > 0 ? (
        <section aria-label="Open requirements">
          <h4 className="text-xs font-semibold uppercase tracking-wide">What it depends on</h4>
          <ul className="ml-4 list-disc text-xs">
            {explanation.residual.map((r) => (
              <li key={r}>
                <CodeText text={r} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {explanation.layers.map((layer) => (
        <section
          key={layer.key}
          aria-label={layer.title.replaceAll('`', '')}
          className="rounded border border-slate-200 p-1.5 dark:border-slate-700"
        >
          <h4 className="text-xs font-semibold">
            <CodeText text={layer.title} />
          </h4>
          {layer.unreadable !== null ? (
            <p className="text-xs text-rose-700 dark:text-rose-300">
              Nothing in it was evaluated: {layer.unreadable}.
            </p>
          ) : (
            <>
              {layer.statements.length > 0 ? (
                <ul className="mt-1 space-y-1.5">
                  {layer.statements.map((line) => (
                    <Statement key={`${line.ref.statementIndex}`} line={line} />
                  ))}
                </ul>
              ) : null}
              <p className="text-xs text-slate-600 dark:text-slate-300">
                <CodeText text={unrelatedSentence(layer.unrelated, layer.statements.length)} />
              </p>
            </>
          )}
        </section>
      ))}
      {explanation.assumptions.length > 0 ? (
        <section aria-label="Assumptions">
          <h4 className="text-xs font-semibold uppercase tracking-wide">Assumptions used</h4>
          <ul className="ml-4 list-disc text-xs text-slate-600 dark:text-slate-300">
            {explanation.assumptions.map((a) => (
              <li key={a.id}>
                <CodeText text={a.statement} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
