import type { ApiStatus } from '../../engine';
import { Badge } from '../../components/ui/badge';
import { STATUS_LABELS, STATUS_TONES } from './model/status';

/** An API's status as a coloured pill with its words (colour is never the only signal). */
export function StatusBadge({ status }: { status: ApiStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
