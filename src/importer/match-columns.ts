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
