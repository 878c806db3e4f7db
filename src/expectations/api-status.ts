import type { ApiStatus, Decision } from '../engine';

/** What the user reads for each status, in the panel and in `policy-workbench test`. */
export const STATUS_LABELS: Record<ApiStatus, string> = {
  allowed: 'allowed',
  'allowed-missing-dependencies': 'allowed — missing dependencies',
  conditional: 'conditional',
  'denied-by-scp': 'denied by SCP',
  'explicit-deny': 'explicit deny',
  'implicit-deny': 'not allowed',
};

/** A decision for one action, as the status of an API without dependencies would read. */
export function decisionStatus(decision: Decision): ApiStatus {
  return decision === 'allow' ? 'allowed' : decision;
}

export const isDeniedStatus = (status: ApiStatus): boolean =>
  status === 'denied-by-scp' || status === 'explicit-deny' || status === 'implicit-deny';
