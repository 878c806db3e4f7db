/**
 * What changes between two policy sets — or one set under two SCP chains — over the same
 * catalogs: the APIs and actions newly allowed, newly denied, and otherwise changed, each with
 * the reason the `after` set gives.
 */
import type { Decision } from '../evaluate/evaluation-types';
import { computeApiMatrix } from './compute-api-matrix';
import { missingDependencyLabels } from './fold-status';
import { matrixRows, matrixVerdicts } from './matrix-rows';
import type {
  ApiMatrixInput,
  ApiMatrixRow,
  ApiStatus,
  ChangeGroups,
  MatrixChange,
  PolicySetDiff,
} from './matrix-types';

type Outcome = ApiStatus | Decision;

const DENIED = new Set<Outcome>(['denied-by-scp', 'explicit-deny', 'implicit-deny']);
const isAllowed = (outcome: Outcome): boolean => outcome === 'allowed' || outcome === 'allow';
const isDenied = (outcome: Outcome): boolean => DENIED.has(outcome);

function group(changes: readonly MatrixChange[]): ChangeGroups {
  const groups: ChangeGroups = { newlyAllowed: [], newlyDenied: [], changed: [] };
  for (const change of changes) {
    if (!isAllowed(change.before) && isAllowed(change.after)) groups.newlyAllowed.push(change);
    else if (!isDenied(change.before) && isDenied(change.after)) groups.newlyDenied.push(change);
    else groups.changed.push(change);
  }
  return groups;
}

function change(
  id: string,
  catalogId: string | null,
  action: string,
  before: { outcome: Outcome; reason: string },
  after: { outcome: Outcome; reason: string },
): MatrixChange {
  return {
    id,
    catalogId,
    action,
    before: before.outcome,
    after: after.outcome,
    beforeReason: before.reason,
    afterReason: after.reason,
    reason: `${before.outcome} → ${after.outcome}: ${after.reason}`,
  };
}

const rowKey = (row: ApiMatrixRow): string => `${row.catalogId}\u0000${row.apiId}`;
const sameMissing = (a: ApiMatrixRow, b: ApiMatrixRow): boolean =>
  missingDependencyLabels(a).join('\u0000') === missingDependencyLabels(b).join('\u0000');

/** Compares two policy sets API by API and action by action. Never throws. */
export function diffPolicySets(before: ApiMatrixInput, after: ApiMatrixInput): PolicySetDiff {
  const a = computeApiMatrix(before);
  const b = computeApiMatrix(after);
  const apiChanges: MatrixChange[] = [];
  const beforeRows = new Map(matrixRows(a, before.catalogs).map((row) => [rowKey(row), row]));
  for (const row of matrixRows(b, after.catalogs)) {
    const old = beforeRows.get(rowKey(row));
    if (!old || (old.status === row.status && sameMissing(old, row))) continue;
    apiChanges.push(
      change(
        row.apiId,
        row.catalogId,
        row.action,
        { outcome: old.status, reason: old.reason },
        { outcome: row.status, reason: row.reason },
      ),
    );
  }
  const actionChanges: MatrixChange[] = [];
  const beforeActions = new Map(matrixVerdicts(a).map((v) => [v.action.toLowerCase(), v]));
  for (const verdict of matrixVerdicts(b)) {
    const old = beforeActions.get(verdict.action.toLowerCase());
    if (!old || old.decision === verdict.decision) continue;
    actionChanges.push(
      change(
        verdict.action,
        null,
        verdict.action,
        { outcome: old.decision, reason: old.reason },
        { outcome: verdict.decision, reason: verdict.reason },
      ),
    );
  }
  return { apis: group(apiChanges), actions: group(actionChanges) };
}
