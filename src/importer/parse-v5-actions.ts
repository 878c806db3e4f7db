/**
 * Rows of a v5 actions table: Action | Description | Access Level | Resource Type | Condition Key
 * [| Alias]. A row starts at an action name followed by a description and an access level; the
 * remaining cells are matched to columns by what they contain, so dropped, extra or split cells
 * (as in the partial captures) become warnings instead of shifting every later value.
 */
import { classifyLine, looksLikeLevelWord } from './classify-line';
import { isTableBoundary } from './boundaries';
import { hasEmptyMarker, isEmptyCell, kindsOf, type CellColumn } from './cell-values';
import { matchColumns } from './match-columns';
import type { ParseContext } from './parse-context';
import type { ParsedActionRow, TableResult } from './parsed-types';
import { singleText, type Cell } from './source-lines';
import type { TableHeader } from './table-header';

function isSingleActionCell(cell: Cell | undefined): boolean {
  const line = cell?.lines.length === 1 ? cell.lines[0] : undefined;
  return line !== undefined && !line.bullet && classifyLine(line.text).kind === 'action';
}

function isLevelCell(cell: Cell | undefined): boolean {
  const text = singleText(cell);
  return text !== null && looksLikeLevelWord(text);
}

/** An action name that opens a row: followed by an access level, or by a description and one. */
export function isActionRowStart(cells: readonly Cell[], index: number): boolean {
  if (!isSingleActionCell(cells[index])) return false;
  const next = cells[index + 1];
  if (next && classifyLine(singleText(next) ?? '').kind === 'access-level') return true;
  const description = next?.lines[0];
  if (!next || !description || description.bullet || isSingleActionCell(next)) return false;
  return isLevelCell(cells[index + 2]);
}

export function parseV5ActionTable(
  cells: readonly Cell[],
  header: TableHeader,
  ctx: ParseContext,
): TableResult<ParsedActionRow> {
  const columns: CellColumn[] = ['resource', 'condition'];
  if (header.columns.includes('alias')) columns.push('alias');
  const rows: ParsedActionRow[] = [];
  let index = header.next;
  while (index < cells.length && !isTableBoundary(cells, index)) {
    const cell = cells[index] as Cell;
    if (!isActionRowStart(cells, index)) {
      ctx.warn(
        'UNEXPECTED_CELL',
        `cell \`${cell.lines[0]?.text}\` is not part of an action row`,
        cell.line,
      );
      index += 1;
      continue;
    }
    const { row, next } = parseRow(cells, index, columns, ctx);
    rows.push(row);
    index = next;
  }
  return { rows, next: index };
}

function parseRow(
  cells: readonly Cell[],
  start: number,
  columns: readonly CellColumn[],
  ctx: ParseContext,
): { row: ParsedActionRow; next: number } {
  const nameCell = cells[start] as Cell;
  const name = nameCell.lines[0]?.text ?? '';
  const row: ParsedActionRow = {
    name,
    description: '',
    accessLevel: null,
    resources: [],
    conditionKeys: [],
    aliases: [],
    line: nameCell.line,
  };
  let index = start + 1;
  const description = cells[index];
  // isActionRowStart guarantees an access-level cell, possibly after one description cell.
  if (description && classifyLine(singleText(description) ?? '').kind !== 'access-level') {
    row.description = isEmptyCell(description)
      ? ''
      : description.lines.map((line) => line.text).join(' ');
    index += 1;
  }
  readAccessLevel(row, cells[index] as Cell, ctx);
  index += 1;

  const next = matchColumns(
    {
      cells,
      start: index,
      columns,
      stop: (at) => isTableBoundary(cells, at) || isActionRowStart(cells, at),
      subject: name,
      line: nameCell.line,
      onCell: (column, cell) => readColumn(row, column, cell, ctx),
    },
    ctx,
  );
  return { row, next };
}

export function readAccessLevel(row: ParsedActionRow, cell: Cell, ctx: ParseContext): void {
  const text = singleText(cell) ?? '';
  const kind = classifyLine(text);
  if (kind.kind !== 'access-level') {
    ctx.warn(
      'UNKNOWN_ACCESS_LEVEL',
      `row \`${row.name}\` has access level \`${text}\`, which is none of list, read, write, permission_management, tagging`,
      cell.line,
      row.name,
    );
    return;
  }
  row.accessLevel = kind.level;
  if (text !== kind.level) {
    ctx.warn(
      'ACCESS_LEVEL_NORMALISED',
      `access level printed \`${text}\` is read as \`${kind.level}\``,
      cell.line,
      row.name,
    );
  }
}

export function readColumn(
  row: ParsedActionRow,
  column: CellColumn,
  cell: Cell,
  ctx: ParseContext,
): void {
  if (hasEmptyMarker(cell)) {
    ctx.warn(
      'EMPTY_CELL_MARKER',
      `row \`${row.name}\`: the ${column} cell is printed \`(empty)\`; read as empty`,
      cell.line,
      row.name,
    );
  }
  kindsOf(cell).forEach((kind, at) => {
    const line = cell.lines[at]?.line ?? cell.line;
    switch (kind.kind) {
      case 'resource-type':
        row.resources.push({ type: kind.name, urn: null, required: kind.required, line });
        break;
      case 'urn':
        row.resources.push({ type: null, urn: kind.urn, required: false, line });
        break;
      case 'action':
        row.aliases.push(kind.name);
        break;
      case 'condition-key':
        if (column === 'condition') {
          row.conditionKeys.push(kind.name);
          break;
        }
        ctx.warn(
          'ALIAS_WITHOUT_SERVICE',
          `alias \`${kind.name}\` of \`${row.name}\` has no service prefix; kept as printed`,
          line,
          row.name,
        );
        row.aliases.push(kind.name);
        break;
      default:
        break;
    }
  });
}
