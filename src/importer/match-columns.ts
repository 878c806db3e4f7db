/**
 * Assigns the cells after a row's fixed opening (name, description, access level) to the row's
 * remaining columns by what each cell holds. A cell that fits no remaining column but fits an
 * earlier one starts a sub-row (the VPC SCP page splits rows that way); columns a cell skips are
 * reported as missing, so dropped cells in the partial captures never shift later values.
 */
import { isCaptureEnd } from './boundaries';
import { columnAccepts, isEmptyCell, type CellColumn } from './cell-values';
import type { ParseContext } from './parse-context';
import type { Cell } from './source-lines';

export interface ColumnMatch {
  cells: readonly Cell[];
  start: number;
  columns: readonly CellColumn[];
  /** True where the row ends (next row, table end). */
  stop: (index: number) => boolean;
  /** The row's subject (action name) for warnings, and the line of its first cell. */
  subject: string;
  line: number;
  onCell: (column: CellColumn, cell: Cell) => void;
}

/**
 * A cell whose lines fill two remaining columns without a boundary between them (the ECS tags pages
 * print Condition Key and Alias as one run of bullets): read as the two cells, with a warning.
 * Returns the column after the second one, or -1 when no split fits.
 */
function splitRunTogether(
  match: ColumnMatch,
  cell: Cell,
  column: number,
  ctx: ParseContext,
): number {
  const { columns } = match;
  for (let at = 1; at < cell.lines.length; at += 1) {
    const head: Cell = { lines: cell.lines.slice(0, at), line: cell.line };
    const tail: Cell = { lines: cell.lines.slice(at), line: cell.lines[at]?.line ?? cell.line };
    const first = columns.findIndex((name, index) => index >= column && columnAccepts(name, head));
    const second = columns.findIndex((name, index) => index > first && columnAccepts(name, tail));
    if (first < 0 || second < 0) continue;
    const [firstName, secondName] = [columns[first], columns[second]] as [CellColumn, CellColumn];
    ctx.warn(
      'CELLS_RUN_TOGETHER',
      `row \`${match.subject}\`: one run of ${cell.lines.length} values holds the ${firstName} cell (${head.lines.length}) and the ${secondName} cell (${tail.lines.length}) with no boundary; read as the two cells`,
      cell.line,
      match.subject,
    );
    match.onCell(firstName, head);
    match.onCell(secondName, tail);
    return second + 1;
  }
  return -1;
}

/** Returns the index of the first cell after the row. */
export function matchColumns(match: ColumnMatch, ctx: ParseContext): number {
  const { cells, columns, subject } = match;
  let index = match.start;
  let column = 0;
  let sawSubRow = false;
  let subRow: { line: number; contributed: boolean } | null = null;
  const closeSubRow = () => {
    if (subRow?.contributed) {
      ctx.warn(
        'SPLIT_ROW',
        `row \`${subject}\` continues in a sub-row; its values were merged into the row`,
        subRow.line,
        subject,
      );
    } else if (subRow) {
      ctx.warn(
        'EXTRA_CELL',
        `row \`${subject}\` has more cells than the table has columns; the extra empty cells were ignored`,
        subRow.line,
        subject,
      );
    }
    subRow = null;
  };
  for (; index < cells.length && !match.stop(index); index += 1) {
    const cell = cells[index] as Cell;
    const target = columns.findIndex((name, at) => at >= column && columnAccepts(name, cell));
    const restart = columns.findIndex((name) => columnAccepts(name, cell));
    const split = target < 0 && restart < 0 ? splitRunTogether(match, cell, column, ctx) : -1;
    if (target >= 0) {
      if (!subRow) {
        for (const skipped of columns.slice(column, target)) {
          ctx.warn(
            'MISSING_CELL',
            `row \`${subject}\` has no ${skipped} cell; the next cell holds ${columns[target]} values`,
            cell.line,
            subject,
          );
        }
      }
      if (subRow && !isEmptyCell(cell)) subRow.contributed = true;
      match.onCell(columns[target] as CellColumn, cell);
      column = target + 1;
    } else if (restart >= 0) {
      closeSubRow();
      sawSubRow = true;
      subRow = { line: cell.line, contributed: !isEmptyCell(cell) };
      match.onCell(columns[restart] as CellColumn, cell);
      column = restart + 1;
    } else if (split >= 0) {
      column = split;
    } else {
      ctx.warn(
        'UNEXPECTED_CELL',
        `row \`${subject}\`: cell \`${cell.lines[0]?.text}\` fits no column`,
        cell.line,
        subject,
      );
    }
  }
  closeSubRow();
  if (column < columns.length) {
    const missing = columns.slice(column).join(', ');
    if (isCaptureEnd(cells[index]) || index >= cells.length) {
      ctx.warn(
        'TRUNCATED_ROW',
        `row \`${subject}\` is cut off by the end of the capture; missing: ${missing}`,
        match.line,
        subject,
      );
    } else if (!sawSubRow) {
      ctx.warn('MISSING_CELL', `row \`${subject}\` has no ${missing} cell`, match.line, subject);
    }
  }
  return index;
}
