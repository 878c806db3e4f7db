import { useState } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { describeExpectation, expectationFile } from '../../../expectations';
import { useEvaluatorStore } from '../../../stores/evaluator-store';
import { downloadText } from '../../../lib/download';
import { CodeText } from '../../../components/ui/code-text';
import type { EvaluatorInputs } from '../use-evaluator-inputs';
import type { SuiteResult } from '../../../analysis';
import { ExpectationForm } from './expectation-form';

const SHOWN_FAILURES = 5;

interface ExpectationsTabProps {
  inputs: EvaluatorInputs;
  results: readonly SuiteResult[];
  updating: boolean;
}

/** Each draft's expectations, checked live; a form to add one; the file CI runs. */
export function ExpectationsTab({ inputs, results, updating }: ExpectationsTabProps) {
  const expectations = useEvaluatorStore((s) => s.expectations);
  const removeExpectation = useEvaluatorStore((s) => s.removeExpectation);
  const identity = inputs.drafts.filter((d) => d.policyType === 'identity');
  const [chosenId, setChosenId] = useState('');
  const formDraft =
    identity.find((d) => d.id === chosenId) ??
    identity.find((d) => d.id === inputs.identityDrafts[0]?.id) ??
    identity[0];
  if (!formDraft) {
    return (
      <EmptyState title="No identity draft yet">
        <p>Expectations belong to an identity policy draft.</p>
      </EmptyState>
    );
  }
  const withExpectations = identity.filter((d) => (expectations[d.id] ?? []).length > 0);
  return (
    <section aria-label="Expectations" className="min-h-0 flex-1 space-y-3 overflow-y-auto p-3">
      <div className="flex flex-wrap items-center gap-1.5 text-xs">
        <Button
          size="sm"
          disabled={inputs.suites.length === 0}
          onClick={() =>
            downloadText(
              'policy-expectations.json',
              `${JSON.stringify(expectationFile(inputs.suites.map((s) => s.suite)), null, 2)}\n`,
              'application/json',
            )
          }
        >
          Export expectations file
        </Button>
        <span className="text-slate-600 dark:text-slate-300">
          CI runs it with <code>npx policy-workbench test policy-expectations.json</code>
        </span>
      </div>
      {withExpectations.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          No expectations yet: add one below, or from an API’s explanation.
        </p>
      ) : null}
      {withExpectations.map((draft) => {
        const checked = results.find((r) => r.draftId === draft.id)?.results ?? [];
        return (
          <section
            key={draft.id}
            aria-label={`Expectations of ${draft.name}`}
            className="space-y-1"
          >
            <h3 className="text-sm font-semibold">
              {draft.name}{' '}
              {updating ? <span className="text-xs font-normal">(checking…)</span> : null}
            </h3>
            <ul className="space-y-1">
              {(expectations[draft.id] ?? []).map((expectation) => {
                const result = checked.find((r) => r.expectation.id === expectation.id);
                return (
                  <li
                    key={expectation.id}
                    className="rounded border border-slate-200 p-1.5 text-sm dark:border-slate-700"
                  >
                    <div className="flex flex-wrap items-center gap-1.5">
                      {result ? (
                        <Badge tone={result.passed ? 'success' : 'danger'}>
                          {result.passed ? 'passes' : 'fails'}
                        </Badge>
                      ) : (
                        <Badge>not checked yet</Badge>
                      )}
                      <span className="min-w-0 flex-1">
                        <CodeText text={describeExpectation(expectation)} />
                      </span>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Remove expectation: ${describeExpectation(expectation).replaceAll('`', '')}`}
                        onClick={() => removeExpectation(draft.id, expectation.id)}
                      >
                        Remove
                      </Button>
                    </div>
                    {result && !result.passed ? (
                      <ul className="mt-0.5 ml-4 list-disc text-xs text-rose-800 dark:text-rose-300">
                        {result.failures.slice(0, SHOWN_FAILURES).map((f) => (
                          <li key={f.subject}>
                            <span className="font-mono">{f.subject}</span>:{' '}
                            <CodeText text={f.reason} />
                          </li>
                        ))}
                        {result.failures.length > SHOWN_FAILURES ? (
                          <li>and {result.failures.length - SHOWN_FAILURES} more</li>
                        ) : null}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <div className="space-y-1">
        <label className="flex items-center gap-1.5 text-xs font-medium">
          New expectation for
          <select
            value={formDraft.id}
            onChange={(e) => setChosenId(e.target.value)}
            className="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-sm dark:border-slate-600 dark:bg-slate-800"
          >
            {identity.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <ExpectationForm draftId={formDraft.id} inputs={inputs} />
      </div>
    </section>
  );
}
