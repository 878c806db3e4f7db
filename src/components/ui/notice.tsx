import clsx from 'clsx';
import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'error' | 'warning' | 'info';
  title: string;
  children?: ReactNode;
  /** Error notices interrupt assistive technology; the others are read in turn. */
  role?: 'alert' | 'status' | 'note';
}

const tones = {
  error:
    'border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950/60 dark:text-rose-100',
  warning:
    'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100',
  info: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100',
};

/** A boxed message: a short title and optional detail. Text only, never HTML. */
export function Notice({ tone, title, children, role }: NoticeProps) {
  return (
    <div
      role={role ?? (tone === 'error' ? 'alert' : 'note')}
      className={clsx('rounded-md border px-3 py-2 text-sm', tones[tone])}
    >
      <p className="font-semibold">{title}</p>
      {children ? <div className="mt-1 space-y-1">{children}</div> : null}
    </div>
  );
}
