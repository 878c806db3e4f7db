import { memo } from 'react';
import type { IssueSeverity } from '../engine';
import { SEVERITY_LABELS } from '../language';

/** One finding as the problems list shows it: where it is and what it says. */
export interface ProblemRow {
  id: string;
  severity: IssueSeverity;
  code: string;
  message: string;
  hint?: string;
  line: number;
  column: number;
  offset: number;
  length: number;
}

const SEVERITY_STYLES: Record<IssueSeverity, string> = {
  ERROR: 'text-red-700 dark:text-red-400',
  SECURITY_WARNING: 'text-orange-700 dark:text-orange-400',
  WARNING: 'text-amber-700 dark:text-amber-400',
  SUGGESTION: 'text-sky-700 dark:text-sky-400',
};

/** "2 errors, 1 warning" for the status line. */
export function summarizeProblems(problems: readonly ProblemRow[]): string {
  if (problems.length === 0) return 'No problems';
  const errors = problems.filter((p) => p.severity === 'ERROR').length;
  const others = problems.length - errors;
  const parts = [];
  if (errors > 0) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (others > 0) parts.push(`${others} other finding${others === 1 ? '' : 's'}`);
  return parts.join(', ');
}

interface ProblemsListProps {
  problems: readonly ProblemRow[];
  onSelect: (problem: ProblemRow) => void;
}

/** The engine's findings under the editor; choosing one moves the cursor to it. */
function ProblemsListView({ problems, onSelect }: ProblemsListProps) {
  return (
    <section aria-labelledby="policy-problems-heading" className="flex min-h-0 flex-col">
      <h3
        id="policy-problems-heading"
        className="px-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300"
      >
        Problems ({problems.length})
      </h3>
      {problems.length === 0 ? (
        <p className="px-1 text-sm text-slate-600 dark:text-slate-300">No problems found.</p>
      ) : (
        <ul aria-label="Problems" className="min-h-0 flex-1 overflow-y-auto text-sm">
          {problems.map((problem) => (
            <li key={problem.id}>
              <button
                type="button"
                className="grid w-full grid-cols-[auto_minmax(0,1fr)] gap-x-2 rounded px-1 py-0.5 text-left hover:bg-slate-100 focus:outline-2 focus:outline-sky-600 dark:hover:bg-slate-800"
                onClick={() => onSelect(problem)}
              >
                <span className={`font-medium ${SEVERITY_STYLES[problem.severity]}`}>
                  {SEVERITY_LABELS[problem.severity]}
                </span>
                <span>
                  {problem.message}
                  {problem.hint ? (
                    <span className="text-slate-600 dark:text-slate-400"> — {problem.hint}</span>
                  ) : null}
                </span>
                <span className="col-start-2 font-mono text-xs text-slate-500 dark:text-slate-400">
                  {problem.code} · Ln {problem.line}, Col {problem.column}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Memoised: the editor re-renders on every check, the list only when its entries change. */
export const ProblemsList = memo(ProblemsListView);
