import { useId } from 'react';
import type { ReactNode } from 'react';

/** A titled block of a detail page; its heading names the region for assistive technology. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="border-b border-slate-200 px-3 py-2 dark:border-slate-700"
    >
      <h3 id={id} className="mb-1 text-sm font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}
