import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import type { IssueSeverity, PolicyIssue } from '../../engine';

const SEVERITIES: Record<IssueSeverity, { label: string; tone: 'danger' | 'warning' | 'info' }> = {
  ERROR: { label: 'Error', tone: 'danger' },
  SECURITY_WARNING: { label: 'Security warning', tone: 'warning' },
  WARNING: { label: 'Warning', tone: 'warning' },
  SUGGESTION: { label: 'Suggestion', tone: 'info' },
};

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
          <Badge tone={SEVERITIES[finding.severity].tone}>
            {SEVERITIES[finding.severity].label}
          </Badge>
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
