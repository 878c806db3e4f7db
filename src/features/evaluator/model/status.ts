import type { ApiStatus, Decision } from '../../../engine';

/** The order statuses are counted and sorted in: from most to least permissive. */
export const STATUS_ORDER: readonly ApiStatus[] = [
  'allowed',
  'allowed-missing-dependencies',
  'conditional',
  'denied-by-scp',
  'explicit-deny',
  'implicit-deny',
];

/** What the user reads on a status badge. */
export const STATUS_LABELS: Record<ApiStatus, string> = {
  allowed: 'allowed',
  'allowed-missing-dependencies': 'allowed — missing dependencies',
  conditional: 'conditional',
  'denied-by-scp': 'denied by SCP',
  'explicit-deny': 'explicit deny',
  'implicit-deny': 'not allowed',
};

export type StatusTone = 'success' | 'warning' | 'info' | 'danger' | 'neutral';

export const STATUS_TONES: Record<ApiStatus, StatusTone> = {
  allowed: 'success',
  'allowed-missing-dependencies': 'warning',
  conditional: 'info',
  'denied-by-scp': 'danger',
  'explicit-deny': 'danger',
  'implicit-deny': 'neutral',
};

/** A decision for one action, as the status of an API without dependencies would read. */
export function decisionStatus(decision: Decision): ApiStatus {
  return decision === 'allow' ? 'allowed' : decision;
}

export const isDeniedStatus = (status: ApiStatus): boolean =>
  status === 'denied-by-scp' || status === 'explicit-deny' || status === 'implicit-deny';

export const isStatus = (value: string): value is ApiStatus =>
  (STATUS_ORDER as readonly string[]).includes(value);
