import type { IssueSeverity } from '../../engine';
import { SEVERITY_LABELS } from '../../language';
import { Badge } from './badge';

const TONES: Record<IssueSeverity, 'danger' | 'warning' | 'info'> = {
  ERROR: 'danger',
  SECURITY_WARNING: 'warning',
  WARNING: 'warning',
  SUGGESTION: 'info',
};

/** A finding's severity as a badge, named and coloured the same in every panel. */
export function SeverityBadge({ severity }: { severity: IssueSeverity }) {
  return <Badge tone={TONES[severity]}>{SEVERITY_LABELS[severity]}</Badge>;
}
