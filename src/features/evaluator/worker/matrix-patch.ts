import type { ApiMatrix, ApiMatrixRow } from '../../../engine';

/**
 * The matrix crosses from the worker to the page as what the panel shows (without the per-action
 * verdicts), and after the first time as a patch of the rows that changed: typing usually changes
 * a few rows, and copying 10,000 unchanged rows into the page on every keystroke would cost more
 * than computing them.
 */

/** The matrix as the panel shows it. */
export type MatrixView = Omit<ApiMatrix, 'actions'>;

export type MatrixUpdate =
  | { kind: 'full'; matrix: MatrixView }
  | {
      kind: 'patch';
      /** Rows that changed, by index in the previous matrix's rows. */
      rows: [number, ApiMatrixRow][];
      rest: Omit<MatrixView, 'rows'>;
    };

const sameRow = (a: ApiMatrixRow, b: ApiMatrixRow): boolean =>
  a.status === b.status &&
  a.reason === b.reason &&
  a.actionDecision === b.actionDecision &&
  a.missingDependencies.join() === b.missingDependencies.join() &&
  a.dependencies.map((d) => d.decision).join() === b.dependencies.map((d) => d.decision).join();

const sameApi = (a: ApiMatrixRow, b: ApiMatrixRow): boolean =>
  a.catalogId === b.catalogId && a.apiId === b.apiId && a.action === b.action;

/** What to send after `previous` (the last matrix the page received); a full view when unrelated. */
export function matrixUpdate(previous: MatrixView | null, next: ApiMatrix): MatrixUpdate {
  const { actions: _actions, ...view } = next;
  const before = previous?.rows;
  if (!before || before.length !== view.rows.length) return { kind: 'full', matrix: view };
  const changed: [number, ApiMatrixRow][] = [];
  for (let i = 0; i < view.rows.length; i++) {
    const old = before[i] as ApiMatrixRow;
    const row = view.rows[i] as ApiMatrixRow;
    if (!sameApi(old, row)) return { kind: 'full', matrix: view };
    if (!sameRow(old, row)) changed.push([i, row]);
  }
  const { rows: _rows, ...rest } = view;
  return { kind: 'patch', rows: changed, rest };
}

/** The matrix after an update; the unchanged rows keep their identity. */
export function applyMatrixUpdate(previous: MatrixView | null, update: MatrixUpdate): MatrixView {
  if (update.kind === 'full') return update.matrix;
  const rows = previous ? [...previous.rows] : [];
  for (const [index, row] of update.rows) rows[index] = row;
  return { ...update.rest, rows };
}
