import clsx from 'clsx';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** An in-app link to a catalog route (rendered as a real `href="#/…"`, so it opens in a new tab). */
export function CatalogLink({
  to,
  children,
  className,
  mono,
}: {
  to: string;
  children: ReactNode;
  className?: string;
  mono?: boolean;
}) {
  return (
    <Link
      href={to}
      className={clsx(
        'text-sky-800 underline decoration-sky-800/30 underline-offset-2 hover:decoration-sky-800 dark:text-sky-300 dark:decoration-sky-300/40',
        'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600',
        mono && 'font-mono text-[0.8125rem] break-all',
        className,
      )}
    >
      {children}
    </Link>
  );
}
