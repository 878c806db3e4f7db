import type { ServiceCatalog } from '../catalog';
import { matrixRowCount, matrixRowReader, matrixRows } from '../engine';
import type { ApiMatrix, ApiMatrixRow, ApiMatrixTable } from '../engine';

/**
 * The matrix crosses from the worker to the page as what the panel shows (its rows, without the
 * per-action verdicts), and after the first time as a patch of the rows that changed: typing
 * usually changes a few rows, and copying 10,000 unchanged rows into the page on every keystroke
 * would cost more than computing them. Rows are materialised from the engine's columns only for
 * the first view and for the APIs whose verdicts changed.
 */

/** The matrix as the panel shows it. */
export type MatrixView = Omit<ApiMatrixTable, 'actions'>;

export type MatrixUpdate =
  | { kind: 'full'; matrix: MatrixView }
  | {
      kind: 'patch';
      /** Rows that changed, by index in the previous matrix's rows. */
      rows: [number, ApiMatrixRow][];
      rest: Omit<MatrixView, 'rows'>;
    };

/** What the page holds after an update, with the matrix and catalogs its rows were read from. */
export interface SentMatrix {
  view: MatrixView;
  matrix: ApiMatrix;
  catalogs: readonly ServiceCatalog[];
}

const sameRow = (a: ApiMatrixRow, b: ApiMatrixRow): boolean =>
  a.status === b.status &&
  a.reason === b.reason &&
  a.actionDecision === b.actionDecision &&
  a.missingDependencies.join() === b.missingDependencies.join() &&
  a.dependencies.map((d) => d.decision).join() === b.dependencies.map((d) => d.decision).join();

/**
 * Whether verdict `i` of `a` and verdict `j` of `b`, both of the same action, have the same
 * decision and reason (a `null` reason is derived from the action alone).
 */
const sameVerdict = (a: ApiMatrix, i: number, b: ApiMatrix, j: number): boolean =>
  a.verdicts.decision[i] === b.verdicts.decision[j] &&
  a.verdicts.reason[i] === b.verdicts.reason[j];

/**
 * True when row `r` of two matrices over the same APIs is built from equal status and verdicts,
 * and so is the same row; false says only that it may differ.
 */
function sameInputs(a: ApiMatrix, b: ApiMatrix, r: number): boolean {
  if (a.columns.status[r] !== b.columns.status[r]) return false;
  if (!sameVerdict(a, a.columns.action[r] as number, b, b.columns.action[r] as number))
    return false;
  const fromA = a.columns.dependencyStart[r] as number;
  const fromB = b.columns.dependencyStart[r] as number;
  const count = (a.columns.dependencyStart[r + 1] as number) - fromA;
  for (let d = 0; d < count; d++) {
    const depA = a.columns.dependencies[fromA + d] as number;
    const depB = b.columns.dependencies[fromB + d] as number;
    if (!sameVerdict(a, depA, b, depB)) return false;
  }
  return true;
}

/** Whether two matrices list the same APIs in the same order (given the same catalogs). */
const sameApis = (a: ApiMatrix, b: ApiMatrix): boolean =>
  a.model === b.model &&
  a.catalogIds.length === b.catalogIds.length &&
  a.catalogIds.every((id, i) => id === b.catalogIds[i]);

function viewOf(matrix: ApiMatrix, rows: ApiMatrixRow[]): MatrixView {
  const { model, catalogIds, counts, problems, assumptions } = matrix;
  return { model, catalogIds, rows, counts, problems, assumptions };
}

/**
 * What to send after `previous` (what the page holds), for `next` computed over `catalogs`; a
 * full view when unrelated.
 */
export function matrixUpdate(
  previous: SentMatrix | null,
  next: ApiMatrix,
  catalogs: readonly ServiceCatalog[],
): MatrixUpdate {
  if (!previous || previous.catalogs !== catalogs || !sameApis(previous.matrix, next))
    return { kind: 'full', matrix: viewOf(next, matrixRows(next, catalogs)) };
  const read = matrixRowReader(next, catalogs);
  const changed: [number, ApiMatrixRow][] = [];
  for (let i = 0; i < matrixRowCount(next); i++) {
    if (sameInputs(previous.matrix, next, i)) continue;
    const row = read(i);
    if (!sameRow(previous.view.rows[i] as ApiMatrixRow, row)) changed.push([i, row]);
  }
  const { rows: _rows, ...rest } = viewOf(next, []);
  return { kind: 'patch', rows: changed, rest };
}

/** The matrix after an update; the unchanged rows keep their identity. */
export function applyMatrixUpdate(previous: MatrixView | null, update: MatrixUpdate): MatrixView {
  if (update.kind === 'full') return update.matrix;
  const rows = previous ? [...previous.rows] : [];
  for (const [index, row] of update.rows) rows[index] = row;
  return { ...update.rest, rows };
}
