import type { IssueSeverity } from '../engine';

/** How every view names a finding's severity: the editor's problems, Findings and the builder. */
export const SEVERITY_LABELS: Readonly<Record<IssueSeverity, string>> = {
  ERROR: 'Error',
  SECURITY_WARNING: 'Security warning',
  WARNING: 'Warning',
  SUGGESTION: 'Suggestion',
};
