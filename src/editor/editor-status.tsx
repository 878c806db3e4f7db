import type { PolicySize } from '../engine';
import { summarizeProblems } from './problems-list';
import type { ProblemRow } from './problems-list';

interface EditorStatusProps {
  ready: boolean;
  checking: boolean;
  /** `null` until the first check of the document has come back. */
  problems: readonly ProblemRow[] | null;
  catalogs: 'loading' | 'loaded' | 'none';
  /** The policy's size against its type's limit, once checked. */
  size: PolicySize | null;
}

const count = (value: number) => value.toLocaleString('en-US');

/**
 * The editor's state in words. "Editor ready" is the explicit signal that the editor has its
 * model and providers, so tests (and people) need not guess from timing.
 */
export function EditorStatus({ ready, checking, problems, catalogs, size }: EditorStatusProps) {
  return (
    <p
      role="status"
      aria-label="Editor status"
      data-state={ready ? 'ready' : 'loading'}
      className="flex gap-3 px-1 text-xs text-slate-600 dark:text-slate-300"
    >
      <span>{ready ? 'Editor ready' : 'Loading editor…'}</span>
      <span>{checking || problems === null ? 'Checking…' : summarizeProblems(problems)}</span>
      {catalogs === 'loading' ? <span>Catalogs loading: checking the grammar only</span> : null}
      {catalogs === 'none' ? <span>No catalogs: checking the grammar only</span> : null}
      {size ? (
        <span
          aria-label="Policy size"
          className={
            size.overflowAt === null
              ? 'ml-auto'
              : 'ml-auto font-semibold text-red-700 dark:text-red-400'
          }
        >
          {count(size.used)} of {count(size.limit)} {size.unit}
        </span>
      ) : null}
    </p>
  );
}
