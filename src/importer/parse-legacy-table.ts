/**
 * Rows of a legacy (IAM v3, policy Version 1.1) permissions table: Permission | API | Action
 * [| Dependencies] [| scope columns √/×]. The API cell holds `METHOD /path` lines, or for OBS the
 * API's name. Each cell is recognised by what it holds, so a missing title, a cut-off cell or a
 * row that ends early is reported and the next row still parses.
 */
import type { ApiScopes } from '../catalog/index';
import { isCaptureEnd, isTableBoundary } from './boundaries';
import {
  legacyCellKind,
  readApiCell,
  readApiNames,
  readDependencies,
  readRowActions,
  readScope,
  type LegacyCellKind,
} from './legacy-cells';
import type { ParseContext } from './parse-context';
import type { ParsedApiRow, TableResult } from './parsed-types';
import type { Cell } from './source-lines';
import type { Column, TableHeader } from './table-header';

const SCOPE_KEYS: Partial<Record<Column, keyof ApiScopes>> = {
  scopeIamProject: 'iamProject',
  scopeEnterpriseProject: 'enterpriseProject',
  scopeInstance: 'instance',
  scopeTag: 'tag',
};

type Stage = 'title' | 'api' | 'action' | 'dependencies' | 'scope';

interface RowState {
  row: ParsedApiRow;
  stage: Stage;
  scopes: number;
}

interface Table {
  scopeKeys: (keyof ApiScopes)[];
  hasDependencies: boolean;
  reportedApiNames: boolean;
}

export function parseLegacyTable(
  cells: readonly Cell[],
  header: TableHeader,
  ctx: ParseContext,
): TableResult<ParsedApiRow> {
  const table: Table = {
    scopeKeys: header.columns.flatMap((column) => SCOPE_KEYS[column] ?? []),
    hasDependencies: header.columns.includes('dependencies'),
    reportedApiNames: false,
  };
  const rows: ParsedApiRow[] = [];
  let state: RowState | null = null;
  const finish = (ending: Cell | undefined) => {
    if (state && !finishRow(state, table, ending, ctx)) rows.pop();
    state = null;
  };
  let index = header.next;
  for (; index < cells.length && !isTableBoundary(cells, index); index += 1) {
    const cell = cells[index] as Cell;
    const kind = legacyCellKind(cell);
    if (state && rowEndsBefore(state, kind, table)) finish(cell);
    if (!state) {
      const row: ParsedApiRow = {
        apis: [],
        actions: [],
        dependencies: [],
        notes: [],
        line: cell.line,
      };
      state = { row, stage: 'title', scopes: 0 };
      rows.push(row);
    }
    readCell(state, kind, cell, table, ctx);
  }
  finish(cells[index]);
  return { rows, next: index };
}

/** A row is complete once its scope cells are read; a new title also ends a row early. */
function rowEndsBefore(state: RowState, kind: LegacyCellKind, table: Table): boolean {
  const isScopeCell = kind === 'scope' || kind === 'cut';
  if (state.stage === 'scope') return state.scopes >= table.scopeKeys.length || !isScopeCell;
  return state.stage === 'dependencies' && (kind === 'text' || kind === 'missing');
}

/** Reports what the row lacks; returns false for a row with nothing in it (already reported). */
function finishRow(
  state: RowState,
  table: Table,
  ending: Cell | undefined,
  ctx: ParseContext,
): boolean {
  const { row } = state;
  if (row.title === undefined && row.apis.length === 0 && row.actions.length === 0) return false;
  const missing = missingCells(state, table.hasDependencies, table.scopeKeys.length);
  if (missing.length > 0) {
    const code = isCaptureEnd(ending) || ending === undefined ? 'TRUNCATED_ROW' : 'MISSING_CELL';
    const name = row.title ?? row.apis[0]?.path ?? '';
    ctx.warn(code, `row \`${name}\` lacks its ${missing.join(', ')} cell(s)`, row.line);
  }
  return true;
}

function readCell(
  state: RowState,
  kind: LegacyCellKind,
  cell: Cell,
  table: Table,
  ctx: ParseContext,
): void {
  const { row, stage } = state;
  const afterAction: Stage = table.hasDependencies ? 'dependencies' : 'scope';
  const beforeAction = stage === 'title' || stage === 'api' || stage === 'action';
  if (kind === 'text' && stage === 'title') {
    row.title = cell.lines.map((line) => line.text).join(' / ');
    state.stage = 'api';
  } else if (kind === 'missing' && stage === 'title') {
    ctx.warn(
      'PERMISSION_TITLE_MISSING',
      'the permission title of this row is missing in the capture',
      cell.line,
    );
    state.stage = 'api';
  } else if (kind === 'api' && beforeAction) {
    if (stage === 'title') ctx.warn('MISSING_CELL', 'row has no permission title cell', cell.line);
    row.apis.push(...readApiCell(cell, ctx));
    state.stage = 'action';
  } else if (kind === 'text' && (stage === 'api' || stage === 'action')) {
    if (!table.reportedApiNames) {
      ctx.warn(
        'API_NAMES_NOT_PATHS',
        'the API column of this table gives API names, not methods and paths',
        cell.line,
      );
      table.reportedApiNames = true;
    }
    readApiNames(row, cell, ctx);
    state.stage = 'action';
  } else if (kind === 'actions' && beforeAction) {
    if (row.apis.length === 0) ctx.warn('MISSING_CELL', 'row has no API cell', cell.line);
    readRowActions(row, cell, ctx);
    state.stage = afterAction;
  } else if ((kind === 'actions' || kind === 'empty') && stage === 'dependencies') {
    readDependencies(row, cell, ctx);
    state.stage = 'scope';
  } else if (kind === 'empty' && stage === 'action') {
    ctx.warn('MISSING_CELL', 'the action cell of this row is empty', cell.line);
    state.stage = afterAction;
  } else if (
    (kind === 'scope' || kind === 'cut') &&
    (stage === 'scope' || stage === 'dependencies')
  ) {
    if (stage === 'dependencies')
      ctx.warn('MISSING_CELL', 'row has no dependencies cell', cell.line);
    state.stage = 'scope';
    readScope(row, table.scopeKeys[state.scopes], cell, ctx);
    state.scopes += 1;
  } else {
    ctx.warn(
      'UNEXPECTED_CELL',
      `cell \`${cell.lines[0]?.text}\` does not fit the ${stage} column`,
      cell.line,
    );
  }
}

function missingCells(state: RowState, hasDependencies: boolean, scopeCount: number): string[] {
  const order: Stage[] = [
    'title',
    'api',
    'action',
    ...(hasDependencies ? (['dependencies'] as const) : []),
    'scope',
  ];
  const reached = order.indexOf(state.stage);
  const missing: string[] = order.slice(reached, order.length - 1);
  if (state.scopes < scopeCount) missing.push(`${scopeCount - state.scopes} scope`);
  return missing;
}
