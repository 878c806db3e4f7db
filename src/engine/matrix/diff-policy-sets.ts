/**
 * What changes between two policy sets — or one set under two SCP chains — over the same
 * catalogs: the APIs and actions newly allowed, newly denied, and otherwise changed, each with
 * the reason the `after` set gives. Sets of two models (a 1.1 draft against a 5.0 one) are
 * evaluated over their own model's catalogs and joined on the API itself (service, method and
 * path), which is what a 1.1 → 5.0 migration review asks: what each API does under each.
 */
import { computeApiMatrix } from './compute-api-matrix';
import { missingDependencyLabels } from './fold-status';
import { matrixRows, matrixVerdicts } from './matrix-rows';
import type {
  ApiMatrix,
  ApiMatrixInput,
  ApiMatrixRow,
  ChangeGroups,
  ChangeOutcome,
  MatrixChange,
  PolicySetDiff,
} from './matrix-types';

type Outcome = ChangeOutcome;

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

interface Side {
  outcome: Outcome;
  reason: string;
  action?: string;
}

function change(
  id: string,
  catalogId: string | null,
  action: string,
  before: Side,
  after: Side,
): MatrixChange {
  return {
    id,
    catalogId,
    action,
    ...(before.action !== undefined && before.action !== action
      ? { beforeAction: before.action }
      : {}),
    before: before.outcome,
    after: after.outcome,
    beforeReason: before.reason,
    afterReason: after.reason,
    reason: `${before.outcome} → ${after.outcome}: ${after.reason}`,
  };
}

const rowKey = (row: ApiMatrixRow): string => `${row.catalogId}\u0000${row.apiId}`;
/** The API as both models' catalogs print it: parameter names differ between pages. */
const apiKey = (row: ApiMatrixRow): string =>
  [
    row.service.toLowerCase(),
    (row.method ?? '').toUpperCase(),
    row.path.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, ''),
  ].join('\u0000');
const sameMissing = (a: ApiMatrixRow, b: ApiMatrixRow): boolean =>
  missingDependencyLabels(a).join('\u0000') === missingDependencyLabels(b).join('\u0000');

/** Rows of the two matrices paired as one API, with the rows one side lacks. */
function pairRows(
  before: readonly ApiMatrixRow[],
  after: readonly ApiMatrixRow[],
  crossModel: boolean,
): [ApiMatrixRow | null, ApiMatrixRow | null][] {
  const key = crossModel ? apiKey : rowKey;
  const waiting = new Map<string, ApiMatrixRow[]>();
  for (const row of before) waiting.set(key(row), [...(waiting.get(key(row)) ?? []), row]);
  const pairs: [ApiMatrixRow | null, ApiMatrixRow | null][] = [];
  for (const row of after) {
    // One method and path can serve several APIs (`POST …/action`): pair the same API id first.
    const candidates = waiting.get(key(row)) ?? [];
    const index = Math.max(
      0,
      candidates.findIndex((old) => old.apiId === row.apiId),
    );
    const [old] = candidates.splice(index, 1);
    pairs.push([old ?? null, row]);
  }
  // Within one model both matrices list the same APIs; across models an API may be in one only.
  if (crossModel)
    for (const rest of waiting.values()) for (const old of rest) pairs.push([old, null]);
  return pairs;
}

const absent = (model: string, row: ApiMatrixRow): Side => ({
  outcome: 'not-in-catalogs',
  reason: `the ${model} catalogs have no API ${row.method ?? ''} ${row.path}`.replace('  ', ' '),
});

const present = (row: ApiMatrixRow): Side => ({
  outcome: row.status,
  reason: row.reason,
  action: row.action,
});

function apiChange(
  a: ApiMatrix,
  b: ApiMatrix,
  [old, row]: [ApiMatrixRow | null, ApiMatrixRow | null],
): MatrixChange | null {
  if (old && row) {
    if (old.status === row.status && sameMissing(old, row)) return null;
    return change(row.apiId, row.catalogId, row.action, present(old), present(row));
  }
  // An API of one model only matters where that model lets it through.
  const only = old ?? row;
  if (!only || isDenied(only.status)) return null;
  return old
    ? change(old.apiId, old.catalogId, old.action, present(old), absent(b.model, old))
    : change(only.apiId, only.catalogId, only.action, absent(a.model, only), present(only));
}

/** Compares two policy sets API by API and action by action. Never throws. */
export function diffPolicySets(before: ApiMatrixInput, after: ApiMatrixInput): PolicySetDiff {
  const a = computeApiMatrix(before);
  const b = computeApiMatrix(after);
  const pairs = pairRows(
    matrixRows(a, before.catalogs),
    matrixRows(b, after.catalogs),
    a.model !== b.model,
  );
  const apiChanges = pairs.flatMap((pair) => apiChange(a, b, pair) ?? []);
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
