import type { ReactNode } from 'react';

/** What a pane or list shows when there is nothing in it yet, and what to do about it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-sm px-4 py-8 text-center text-sm text-slate-600 dark:text-slate-300">
      <p className="font-semibold text-slate-800 dark:text-slate-100">{title}</p>
      {children ? <div className="mt-2 space-y-2">{children}</div> : null}
    </div>
  );
}
