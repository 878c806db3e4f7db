import { useMemo, useState } from 'react';
import { Button } from '../../components/ui/button';
import { useEvaluatorStore } from '../../stores/evaluator-store';
import { useWorkspacePreviewStore } from '../../stores/workspace-preview';
import { CompareTab } from './compare/compare-tab';
import { EvaluatorTabs, panelId, tabId } from './evaluator-tabs';
import type { TabSpec } from './evaluator-tabs';
import { ExpectationsTab } from './expectations/expectations-tab';
import { FindingsTab } from './findings/findings-tab';
import { useFindings } from './findings/use-findings';
import { InputsPanel } from './inputs/inputs-panel';
import { MatrixTab } from './matrix/matrix-tab';
import { describeTarget } from './model/evaluation-target';
import { rowKey } from './model/matrix-view';
import { SimulatorTab } from './simulator/simulator-tab';
import { useEvaluation } from './use-evaluation';
import type { Evaluation } from './use-evaluation';
import { useEvaluatorInputs } from './use-evaluator-inputs';

type View = 'matrix' | 'request' | 'compare' | 'expectations' | 'findings';

function statusLine(catalogsLoaded: boolean, evaluation: Evaluation): string {
  if (!catalogsLoaded) return 'Loading the catalogs…';
  const { matrix, latencyMs, computeMs, updating } = evaluation;
  if (matrix === null) return 'Computing the matrix…';
  if (updating) return `${matrix.rows.length} APIs · updating…`;
  const computed = computeMs === null ? '' : ` · computed in ${Math.round(computeMs)} ms`;
  const shown = latencyMs === null ? '' : `, shown ${Math.round(latencyMs)} ms after the change`;
  return `${matrix.rows.length} APIs${computed}${shown}`;
}

/**
 * The right pane: which APIs the drafts allow under the chosen SCPs, and why. Inputs on top;
 * views below: the API matrix, a single request, a comparison, expectations, the linter findings.
 */
export function EvaluatorPane() {
  const inputs = useEvaluatorInputs();
  const evaluation = useEvaluation(inputs.job, inputs.suites, inputs.catalogSet);
  const { draft, findings } = useFindings(evaluation.client, inputs.catalogSet);
  const [view, setView] = useState<View>('matrix');
  const followActiveDraft = useEvaluatorStore((s) => s.setIdentityDraftIds);
  const previewing = useWorkspacePreviewStore((s) => s.preview !== null);

  const failedCount = evaluation.suites.reduce(
    (n, s) => n + s.results.filter((r) => !r.passed).length,
    0,
  );
  const failingRows = useMemo(() => {
    // Rows are flagged only when the matrix evaluates exactly the draft the expectations belong to.
    const only = inputs.identityDrafts.length === 1 ? inputs.identityDrafts[0]?.id : undefined;
    const results = evaluation.suites.find((s) => s.draftId === only)?.results ?? [];
    return new Set(results.flatMap((r) => r.failingRows.map(rowKey)));
  }, [evaluation.suites, inputs.identityDrafts]);

  const tabs: TabSpec<View>[] = [
    { id: 'matrix', label: 'Matrix' },
    { id: 'request', label: 'Request' },
    { id: 'compare', label: 'Compare' },
    {
      id: 'expectations',
      label: failedCount > 0 ? `Expectations (${failedCount} failing)` : 'Expectations',
      alert: failedCount > 0,
    },
    { id: 'findings', label: `Findings (${findings.length})` },
  ];

  return (
    <section
      aria-labelledby="evaluator-title"
      className="flex h-full min-h-0 flex-col overflow-y-auto"
    >
      <div className="border-b border-slate-200 px-3 py-2 dark:border-slate-700">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="evaluator-title" className="text-sm font-semibold">
            Evaluator
          </h2>
          {/* On a narrow screen the drafts pane, with its banner, may be out of sight. */}
          {previewing ? (
            <span className="rounded-full bg-violet-100 px-2 text-xs font-medium text-violet-900 dark:bg-violet-900 dark:text-violet-100">
              Shared link preview
            </span>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-x-2 text-xs">
          <p aria-label="Evaluated drafts">
            {describeTarget(inputs.target, inputs.evaluatedChain)}
          </p>
          {inputs.target.reason === 'pinned' ? (
            <Button size="sm" variant="ghost" onClick={() => followActiveDraft(null)}>
              Follow the active draft
            </Button>
          ) : null}
        </div>
        <p aria-label="Matrix status" className="text-xs text-slate-600 dark:text-slate-300">
          {evaluation.error
            ? `The matrix could not be computed: ${evaluation.error}`
            : statusLine(inputs.catalogs.length > 0, evaluation)}
        </p>
      </div>
      <InputsPanel inputs={inputs} />
      <EvaluatorTabs tabs={tabs} selected={view} onSelect={setView} />
      <div
        role="tabpanel"
        id={panelId(view)}
        aria-labelledby={tabId(view)}
        // With the inputs open the pane scrolls as a whole; the view keeps room to be used.
        className="flex min-h-[28rem] flex-1 flex-col"
      >
        {view === 'matrix' ? (
          <MatrixTab
            matrix={evaluation.matrix}
            stale={evaluation.stale}
            inputs={inputs}
            failing={failingRows}
          />
        ) : view === 'request' ? (
          <SimulatorTab inputs={inputs} />
        ) : view === 'compare' ? (
          <CompareTab inputs={inputs} client={evaluation.client} />
        ) : view === 'expectations' ? (
          <ExpectationsTab
            inputs={inputs}
            results={evaluation.suites}
            updating={evaluation.updating}
          />
        ) : (
          <FindingsTab draft={draft} findings={findings} />
        )}
      </div>
    </section>
  );
}
