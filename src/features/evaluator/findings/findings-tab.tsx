import { SeverityBadge } from '../../../components/ui/severity-badge';
import { EmptyState } from '../../../components/ui/empty-state';
import type { Draft } from '../../../stores/drafts-store';
import type { Finding } from './locate-findings';

/** What the engine's linter finds in the active draft. */
export function FindingsTab({
  draft,
  findings,
}: {
  draft: Draft | undefined;
  findings: readonly Finding[];
}) {
  if (!draft) {
    return (
      <EmptyState title="No draft yet">
        <p>Create a draft in the middle pane; its problems show up here as you type.</p>
      </EmptyState>
    );
  }
  if (findings.length === 0) {
    return (
      <EmptyState title="No findings">
        <p>The linter has nothing to say about {draft.name}.</p>
      </EmptyState>
    );
  }
  return (
    <ul aria-label="Findings" tabIndex={0} className="min-h-0 flex-1 space-y-1 overflow-auto p-2">
      {findings.map((finding, index) => (
        <li
          key={`${finding.code}-${finding.offset}-${index}`}
          className="rounded border border-slate-200 px-2 py-1 text-xs dark:border-slate-700"
        >
          <div className="flex flex-wrap items-center gap-1.5">
            <SeverityBadge severity={finding.severity} />
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
  );
}
