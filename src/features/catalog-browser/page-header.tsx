import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  /** Small line above the title (breadcrumb or kind). */
  eyebrow?: ReactNode;
  /** Buttons on the right (Download JSON, Add to policy). */
  actions?: ReactNode;
  children?: ReactNode;
  mono?: boolean;
}

/**
 * A page's heading. After in-app navigation it takes focus (when focus was lost with the link
 * that was clicked), so keyboard and screen-reader users land on the new page, not on <body>.
 */
export function PageHeader({ title, eyebrow, actions, children, mono }: PageHeaderProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body)
      headingRef.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <header className="flex flex-col gap-1 border-b border-slate-200 px-3 pt-2 pb-2 dark:border-slate-700">
      {eyebrow ? <div className="text-xs text-slate-600 dark:text-slate-300">{eyebrow}</div> : null}
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2
          ref={headingRef}
          tabIndex={-1}
          className={
            mono
              ? 'min-w-0 font-mono text-base font-semibold break-all focus:outline-none'
              : 'min-w-0 text-base font-semibold focus:outline-none'
          }
        >
          {title}
        </h2>
        {actions ? <div className="flex flex-wrap items-center gap-1.5">{actions}</div> : null}
      </div>
      {children}
    </header>
  );
}
