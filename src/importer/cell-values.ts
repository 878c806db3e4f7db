/**
 * Reading the values of one cell as a given column would: which kinds of line the column
 * accepts, and the values it yields.
 */
import { classifyLine, type LineKind } from './classify-line';
import type { Cell } from './source-lines';

export type CellColumn = 'resource' | 'condition' | 'alias' | 'dependencies';

const ACCEPTS: Readonly<Record<CellColumn, readonly LineKind['kind'][]>> = {
  resource: ['dash', 'empty-cell', 'resource-type', 'urn'],
  condition: ['dash', 'empty-cell', 'condition-key'],
  // An alias printed without its service prefix (`server:queryServer`) has a condition key's shape;
  // a global key (`g:TagKeys`) never names an action, so it is no alias.
  alias: ['dash', 'empty-cell', 'action', 'condition-key'],
  dependencies: ['dash', 'empty-cell', 'action'],
};

export function kindsOf(cell: Cell): LineKind[] {
  return cell.lines.map((line) => classifyLine(line.text));
}

function isGlobalKey(kind: LineKind): boolean {
  return kind.kind === 'condition-key' && kind.name.startsWith('g:');
}

export function columnAccepts(column: CellColumn, cell: Cell): boolean {
  return kindsOf(cell).every(
    (kind) => ACCEPTS[column].includes(kind.kind) && !(column === 'alias' && isGlobalKey(kind)),
  );
}

/** True when every line of the cell is `-` or `(empty)`. */
export function isEmptyCell(cell: Cell): boolean {
  return kindsOf(cell).every((kind) => kind.kind === 'dash' || kind.kind === 'empty-cell');
}

export function hasEmptyMarker(cell: Cell): boolean {
  return kindsOf(cell).some((kind) => kind.kind === 'empty-cell');
}
