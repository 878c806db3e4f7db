import { memo } from 'react';
import type { OutlineEntry } from '../language';

interface OutlineListProps {
  entries: readonly OutlineEntry[];
  onSelect: (entry: OutlineEntry) => void;
}

/** The policy's statements, by `Sid` or position; choosing one moves the cursor to it. */
function OutlineListView({ entries, onSelect }: OutlineListProps) {
  return (
    <nav aria-labelledby="policy-outline-heading" className="flex min-h-0 flex-col">
      <h3
        id="policy-outline-heading"
        className="px-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300"
      >
        Statements ({entries.length})
      </h3>
      <ul aria-label="Statements" className="min-h-0 flex-1 overflow-y-auto text-sm">
        {entries.map((entry) => (
          <li key={entry.index}>
            <button
              type="button"
              className="flex w-full flex-col rounded px-1 py-0.5 text-left hover:bg-slate-100 focus:outline-2 focus:outline-sky-600 dark:hover:bg-slate-800"
              onClick={() => onSelect(entry)}
            >
              <span className="truncate font-medium">{entry.label}</span>
              <span className="truncate text-xs text-slate-600 dark:text-slate-400">
                {entry.detail}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Memoised: the editor re-renders on every check, the list only when its entries change. */
export const OutlineList = memo(OutlineListView);
