/** A polite "loading" line; screen readers hear it once. */
export function Loading({ label }: { label: string }) {
  return (
    <p
      role="status"
      className="flex items-center gap-2 px-3 py-4 text-sm text-slate-600 dark:text-slate-300"
    >
      <span
        aria-hidden="true"
        className="size-3 animate-spin rounded-full border-2 border-slate-400 border-t-transparent"
      />
      {label}
    </p>
  );
}
