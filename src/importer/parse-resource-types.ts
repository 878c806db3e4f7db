/**
 * Rows of a resource-type table: Resource Type | URN (one or more URN lines, optionally followed
 * by bullet lines explaining the placeholders, which are prose and not kept).
 */
import { isTableBoundary } from './boundaries';
import { kindsOf } from './cell-values';
import type { ParseContext } from './parse-context';
import type { ParsedResourceType, TableResult } from './parsed-types';
import { singleText, type Cell } from './source-lines';
import type { TableHeader } from './table-header';

function isUrnCell(cell: Cell | undefined): boolean {
  return cell !== undefined && kindsOf(cell).every((kind) => kind.kind === 'urn');
}

/** Bullets such as `<region> indicates the region ...`. */
function isPlaceholderNotes(cell: Cell): boolean {
  return cell.lines.every((line) => line.bullet && /^[<$]/.test(line.text));
}

export function parseResourceTypeTable(
  cells: readonly Cell[],
  header: TableHeader,
  ctx: ParseContext,
): TableResult<ParsedResourceType> {
  const rows: ParsedResourceType[] = [];
  let index = header.next;
  while (index < cells.length && !isTableBoundary(cells, index)) {
    const cell = cells[index] as Cell;
    const name = singleText(cell);
    if (name !== null && isUrnCell(cells[index + 1])) {
      const row: ParsedResourceType = { name, urnPatterns: [], line: cell.line };
      index += 1;
      for (; isUrnCell(cells[index]); index += 1) {
        row.urnPatterns.push(...(cells[index] as Cell).lines.map((line) => line.text));
      }
      rows.push(nameFromUrnWhenNeeded(row, ctx));
    } else {
      if (!isPlaceholderNotes(cell)) {
        ctx.warn(
          'UNEXPECTED_CELL',
          `cell \`${cell.lines[0]?.text}\` is not part of a resource-type row`,
          cell.line,
        );
      }
      index += 1;
    }
  }
  return { rows, next: index };
}

/**
 * The legacy ECS table names its one type `实例相关` ("instance-related"); the catalog needs the
 * type word the URN itself uses, so it is taken from the URN and the printed name reported.
 */
function nameFromUrnWhenNeeded(row: ParsedResourceType, ctx: ParseContext): ParsedResourceType {
  if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(row.name)) return row;
  const fromUrn = row.urnPatterns[0]?.split(':')[3];
  if (!fromUrn) return row;
  ctx.warn(
    'RESOURCE_TYPE_NAME_DERIVED',
    `resource type printed \`${row.name}\` is named \`${fromUrn}\` after its URN \`${row.urnPatterns[0]}\``,
    row.line,
    fromUrn,
  );
  return { ...row, name: fromUrn };
}
