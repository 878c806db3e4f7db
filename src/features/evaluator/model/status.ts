import type { ApiStatus } from '../../../engine';

// The labels and the denied/allowed reading are shared with the CLI's `test`, so they live in the
// pure expectations layer; the panel's view models keep importing them from here.
export { STATUS_LABELS, decisionStatus } from '../../../expectations';

/** The order statuses are counted and sorted in: from most to least permissive. */
export const STATUS_ORDER: readonly ApiStatus[] = [
  'allowed',
  'allowed-missing-dependencies',
  'conditional',
  'denied-by-scp',
  'explicit-deny',
  'implicit-deny',
];

export type StatusTone = 'success' | 'warning' | 'info' | 'danger' | 'neutral';

export const STATUS_TONES: Record<ApiStatus, StatusTone> = {
  allowed: 'success',
  'allowed-missing-dependencies': 'warning',
  conditional: 'info',
  'denied-by-scp': 'danger',
  'explicit-deny': 'danger',
  'implicit-deny': 'neutral',
};

export const isStatus = (value: string): value is ApiStatus =>
  (STATUS_ORDER as readonly string[]).includes(value);
