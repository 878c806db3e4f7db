import type { DataWarning } from '../../catalog';

/**
 * Data warnings as text: code, message, subject and the source line they come from. `owner`
 * names whose they are (a catalog id or a system policy id) for assistive technology.
 */
export function WarningList({
  owner,
  warnings,
}: {
  owner: string;
  warnings: readonly DataWarning[];
}) {
  return (
    <ul aria-label={`${owner} data warnings`} className="space-y-1 px-3 py-2">
      {warnings.map((warning, index) => (
        <li
          key={`${warning.code}-${warning.source.line}-${index}`}
          className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
        >
          <p>
            <span className="font-mono font-semibold">{warning.code}</span> {warning.message}
          </p>
          <p className="text-amber-900/80 dark:text-amber-200/80">
            {warning.subject ? `${warning.subject} · ` : ''}
            {`${warning.source.file}:${warning.source.line}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
