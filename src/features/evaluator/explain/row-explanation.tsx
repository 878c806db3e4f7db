import { useEffect, useMemo, useRef } from 'react';
import { Button } from '../../../components/ui/button';
import { evaluateRequest } from '../../../engine';
import type { ApiMatrixRow } from '../../../engine';
import { useEvaluatorStore } from '../../../stores/evaluator-store';
import type { ExpectedOutcome } from '../../../stores/evaluator-store';
import { dependencyView } from '../model/dependency-view';
import { explainRequest } from '../model/explain-request';
import { requestResource, requestUrn } from '../model/request-urn';
import { nameLevels } from '../model/sentences';
import { StatusBadge } from '../status-badge';
import type { EvaluatorInputs } from '../use-evaluator-inputs';
import { CodeText } from '../../../components/ui/code-text';
import { DependencySection } from './dependency-section';
import { ExplanationBody } from './explanation-body';

interface RowExplanationProps {
  row: ApiMatrixRow;
  inputs: EvaluatorInputs;
  onBack: () => void;
}

/** One API's status explained: per layer, per statement, per condition; dependencies and fix. */
export function RowExplanation({ row, inputs, onBack }: RowExplanationProps) {
  const scope = useEvaluatorStore((s) => s.resourceScope);
  const addExpectation = useEvaluatorStore((s) => s.addExpectation);
  const { job, lookup, model, chain, identityDrafts } = inputs;
  const { catalogs } = inputs;
  const urn = useMemo(
    () => requestUrn(row.action, lookup, model, scope),
    [row.action, lookup, model, scope],
  );
  const { explanation, decisive } = useMemo(() => {
    const result = evaluateRequest({
      identityPolicies: job.identityPolicies,
      scps: job.scps,
      // The catalogs the matrix uses, so an action answers to the same aliases here.
      catalogs,
      request: { action: row.action, ...requestResource(urn), context: job.context ?? {} },
      options: { unknownContext: job.unknownContext === true },
    });
    return {
      explanation: explainRequest(result, {
        levelNames: chain.levelNames,
        resourceless: urn.resourceless,
      }),
      decisive: result.decisive,
    };
  }, [job, catalogs, row.action, urn, chain.levelNames]);
  const dependencies = dependencyView(row, decisive, identityDrafts);
  const expectationDraft = identityDrafts.length === 1 ? identityDrafts[0] : undefined;
  const expect = (outcome: ExpectedOutcome) => {
    if (!expectationDraft) return;
    addExpectation(expectationDraft.id, {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
      target: { kind: 'api', service: row.service, api: row.apiId },
      expect: outcome,
    });
  };
  const title = `${row.method ?? ''} ${row.path}`.trim();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened from the matrix: focus moves in, so a screen reader reads the explanation next.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section
      aria-label={`Explanation of ${title}`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onBack();
      }}
      className="min-h-0 flex-1 space-y-2 overflow-y-auto p-3"
    >
      <Button size="sm" variant="ghost" onClick={onBack}>
        ← Back to the matrix
      </Button>
      <header className="space-y-0.5">
        <h3
          ref={headingRef}
          tabIndex={-1}
          className="font-mono text-sm font-semibold break-all focus:outline-none focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          {title}
        </h3>
        <p className="font-mono text-xs text-slate-600 dark:text-slate-300">
          {row.action} · {row.service.toUpperCase()}
          {row.title ? ` · ${row.title}` : ''}
        </p>
        <div className="flex flex-wrap items-center gap-1.5">
          <StatusBadge status={row.status} />
          <span className="text-sm">
            <CodeText text={nameLevels(row.reason, chain.levelNames)} />
          </span>
        </div>
      </header>
      <p className="text-xs text-slate-600 dark:text-slate-300">
        <CodeText
          text={
            urn.resourceless
              ? `\`${row.action}\` takes no resource: evaluated on \`*\`.`
              : `Evaluated on \`${urn.urn}\`${urn.scoped?.segments.includes(null) ? ', standing for any resource of this type' : ''}.`
          }
        />
      </p>
      <ExplanationBody explanation={explanation} />
      <DependencySection view={dependencies} />
      <section aria-label="Expect" className="flex flex-wrap items-center gap-1.5 text-xs">
        {expectationDraft ? (
          <>
            <span>Save as an expectation of {expectationDraft.name}:</span>
            <Button size="sm" onClick={() => expect('allowed')}>
              Expect allowed
            </Button>
            <Button size="sm" onClick={() => expect('denied')}>
              Expect denied
            </Button>
          </>
        ) : (
          <span className="text-slate-600 dark:text-slate-300">
            Expectations belong to one draft: evaluate a single identity draft to save one.
          </span>
        )}
      </section>
    </section>
  );
}
