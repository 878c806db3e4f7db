/**
 * Rows of a service condition-key table: Key | Type | Single-valued/Multivalued | Description.
 */
import type { ConditionKeyType } from '../catalog/index';
import { classifyLine } from './classify-line';
import { isTableBoundary } from './boundaries';
import type { ParseContext } from './parse-context';
import type { ParsedConditionKey, TableResult } from './parsed-types';
import { singleText, type Cell } from './source-lines';
import type { TableHeader } from './table-header';

const TYPES: Readonly<Record<string, ConditionKeyType>> = {
  string: 'string',
  字符串: 'string',
  number: 'number',
  numeric: 'number',
  数值: 'number',
  boolean: 'boolean',
  bool: 'boolean',
  布尔: 'boolean',
  布尔值: 'boolean',
  date: 'date',
  日期: 'date',
  'ip address': 'ip_address',
  ip_address: 'ip_address',
  ip地址: 'ip_address',
};

/** Maps a printed key type (`string`, `字符串`, ...) to the catalog's type, or `null`. */
export function keyTypeOf(printed: string): ConditionKeyType | null {
  return TYPES[printed.trim().toLowerCase()] ?? null;
}

/** `Multivalued` / `多值` → true, `Single valued` / `单值` → false, anything else → null. */
export function multiValuedOf(printed: string): boolean | null {
  if (/multi|多值/i.test(printed)) return true;
  if (/single|单值/i.test(printed)) return false;
  return null;
}

function isKeyCell(cell: Cell | undefined): boolean {
  return classifyLine(singleText(cell) ?? '').kind === 'condition-key';
}

export function parseConditionKeyTable(
  cells: readonly Cell[],
  header: TableHeader,
  ctx: ParseContext,
): TableResult<ParsedConditionKey> {
  const rows: ParsedConditionKey[] = [];
  let index = header.next;
  while (index < cells.length && !isTableBoundary(cells, index)) {
    const cell = cells[index] as Cell;
    if (!isKeyCell(cell)) {
      ctx.warn(
        'UNEXPECTED_CELL',
        `cell \`${cell.lines[0]?.text}\` is not part of a condition-key row`,
        cell.line,
      );
      index += 1;
      continue;
    }
    const name = singleText(cell) ?? '';
    const values: Cell[] = [];
    for (index += 1; values.length < 3 && index < cells.length; index += 1) {
      if (isKeyCell(cells[index]) || isTableBoundary(cells, index)) break;
      values.push(cells[index] as Cell);
    }
    const [typeCell, cardinalityCell, descriptionCell] = values;
    const printedType = singleText(typeCell) ?? '';
    const type = keyTypeOf(printedType);
    if (type === null) {
      ctx.warn(
        'UNKNOWN_KEY_TYPE',
        `condition key \`${name}\` has type \`${printedType}\`, which is not a known key type`,
        typeCell?.line ?? cell.line,
        name,
      );
    }
    const multiValued = multiValuedOf(singleText(cardinalityCell) ?? '');
    if (multiValued === null) {
      ctx.warn(
        'UNKNOWN_KEY_CARDINALITY',
        `condition key \`${name}\` does not say whether it is single- or multivalued`,
        cardinalityCell?.line ?? cell.line,
        name,
      );
    }
    if (values.length < 3) {
      ctx.warn(
        'MISSING_CELL',
        `condition-key row \`${name}\` has ${values.length + 1} of 4 cells`,
        cell.line,
        name,
      );
    }
    const description = descriptionCell?.lines.map((line) => line.text).join(' ') ?? '';
    rows.push({ name, type, multiValued, description, line: cell.line });
  }
  return { rows, next: index };
}
