import { SeverityBadge } from '../../components/ui/severity-badge';
import { Button } from '../../components/ui/button';
import type { PolicyIssue } from '../../engine';

/** The linter's findings for one card (or the whole policy), each able to show itself in the JSON. */
export function CardFindings({
  label,
  findings,
  onReveal,
}: {
  label: string;
  findings: readonly PolicyIssue[];
  onReveal: (offset: number, length: number) => void;
}) {
  if (findings.length === 0) return null;
  return (
    <ul aria-label={label} className="space-y-1">
      {findings.map((finding, i) => (
        <li
          key={`${finding.code}-${finding.range.offset}-${i}`}
          className="flex flex-wrap items-center gap-1.5 text-xs"
        >
          <SeverityBadge severity={finding.severity} />
          <span>{finding.message}</span>
          {finding.hint ? (
            <span className="text-slate-600 dark:text-slate-300">{`(${finding.hint})`}</span>
          ) : null}
          <Button
            size="sm"
            variant="ghost"
            onClick={() => onReveal(finding.range.offset, finding.range.length)}
          >
            Show in JSON
          </Button>
        </li>
      ))}
    </ul>
  );
}
