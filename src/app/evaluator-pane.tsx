import { Badge } from '../components/ui/badge';
import { EmptyState } from '../components/ui/empty-state';
import type { IssueSeverity } from '../engine';
import { useDraftFindings } from './draft-findings';

const severities: Record<
  IssueSeverity,
  { label: string; tone: 'danger' | 'warning' | 'info' | 'neutral' }
> = {
  ERROR: { label: 'Error', tone: 'danger' },
  SECURITY_WARNING: { label: 'Security warning', tone: 'warning' },
  WARNING: { label: 'Warning', tone: 'warning' },
  SUGGESTION: { label: 'Suggestion', tone: 'info' },
};

/**
 * The right pane. Until the evaluator lands (its own issue) it shows what the engine's linter
 * finds in the active draft, so the pane is already useful.
 */
export function EvaluatorPane() {
  const { draft, findings, catalogsLoaded } = useDraftFindings();
  return (
    <section aria-labelledby="evaluator-title" className="flex h-full min-h-0 flex-col">
      <div className="border-b border-slate-200 px-3 py-2 dark:border-slate-700">
        <h2 id="evaluator-title" className="text-sm font-semibold">
          Evaluator
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          {draft ? `Findings in ${draft.name}` : 'Findings of the active draft'}
          {catalogsLoaded ? '' : ' (grammar only until the catalogs load)'}
        </p>
      </div>
      {!draft ? (
        <EmptyState title="No draft yet">
          <p>Create a draft in the middle pane; its problems show up here as you type.</p>
        </EmptyState>
      ) : findings.length === 0 ? (
        <EmptyState title="No findings">
          <p>The linter has nothing to say about this draft.</p>
        </EmptyState>
      ) : (
        <ul
          aria-label="Findings"
          tabIndex={0}
          className="min-h-0 flex-1 space-y-1 overflow-auto p-2"
        >
          {findings.map((finding, index) => (
            <li
              key={`${finding.code}-${finding.range.offset}-${index}`}
              className="rounded border border-slate-200 px-2 py-1 text-xs dark:border-slate-700"
            >
              <div className="flex flex-wrap items-center gap-1.5">
                <Badge tone={severities[finding.severity].tone}>
                  {severities[finding.severity].label}
                </Badge>
                <span className="font-mono text-slate-600 dark:text-slate-300">{`line ${finding.line}, column ${finding.column}`}</span>
              </div>
              <p className="mt-0.5 text-sm">{finding.message}</p>
              {finding.hint ? (
                <p className="text-slate-600 dark:text-slate-300">{finding.hint}</p>
              ) : null}
              <p className="font-mono text-[0.6875rem] text-slate-500 dark:text-slate-400">
                {finding.code}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
