/**
 * Rows of a legacy (IAM v3, policy Version 1.1) permissions table: Permission | API | Action
 * [| Dependencies] [| scope columns √/×]. The API cell holds `METHOD /path` lines, or for OBS the
 * API's name. Each cell is recognised by what it holds, so a missing title, a cut-off cell or a
 * row that ends early is reported and the next row still parses.
 */
import type { ApiScopes } from '../catalog/index';
import { classifyLine } from './classify-line';
import { isCaptureEnd, isTableBoundary } from './boundaries';
import { legacyCellKind, readActionCell, readApiCell } from './legacy-cells';
import type { ParseContext } from './parse-context';
import type { ParsedApiRow } from './parsed-types';
import type { TableResult } from './parse-v5-actions';
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

export function parseLegacyTable(
  cells: readonly Cell[],
  header: TableHeader,
  ctx: ParseContext,
): TableResult<ParsedApiRow> {
  const scopeKeys = header.columns.flatMap((column) => SCOPE_KEYS[column] ?? []);
  const hasDependencies = header.columns.includes('dependencies');
  const rows: ParsedApiRow[] = [];
  let state: RowState | null = null;
  let reportedApiNames = false;

  const finish = (ending: Cell | undefined) => {
    if (!state) return;
    const { row } = state;
    if (row.title === undefined && row.apis.length === 0 && row.actions.length === 0) {
      rows.pop();
      state = null;
      return;
    }
    const missing = missingCells(state, hasDependencies, scopeKeys.length);
    if (missing.length > 0) {
      const code = isCaptureEnd(ending) || ending === undefined ? 'TRUNCATED_ROW' : 'MISSING_CELL';
      ctx.warn(
        code,
        `row \`${state.row.title ?? state.row.apis[0]?.path ?? ''}\` lacks its ${missing.join(', ')} cell(s)`,
        state.row.line,
      );
    }
    state = null;
  };
  const afterAction = (): Stage => (hasDependencies ? 'dependencies' : 'scope');

  let index = header.next;
  for (; index < cells.length && !isTableBoundary(cells, index); index += 1) {
    const cell = cells[index] as Cell;
    const kind = legacyCellKind(cell);
    const opensRow = kind === 'text' || kind === 'missing';
    const isScopeCell = kind === 'scope' || kind === 'cut';
    if (
      (state?.stage === 'scope' && (state.scopes >= scopeKeys.length || !isScopeCell)) ||
      (state?.stage === 'dependencies' && opensRow)
    ) {
      finish(cell);
    }
    if (!state) {
      state = {
        row: { apis: [], actions: [], dependencies: [], notes: [], line: cell.line },
        stage: 'title',
        scopes: 0,
      };
      rows.push(state.row);
    }
    const { row } = state;
    if (kind === 'text' && state.stage === 'title') {
      row.title = cell.lines.map((line) => line.text).join(' / ');
      state.stage = 'api';
    } else if (kind === 'missing' && state.stage === 'title') {
      ctx.warn(
        'PERMISSION_TITLE_MISSING',
        'the permission title of this row is missing in the capture',
        cell.line,
      );
      state.stage = 'api';
    } else if (
      kind === 'api' &&
      (state.stage === 'title' || state.stage === 'api' || state.stage === 'action')
    ) {
      if (state.stage === 'title')
        ctx.warn('MISSING_CELL', 'row has no permission title cell', cell.line);
      row.apis.push(...readApiCell(cell, ctx));
      state.stage = 'action';
    } else if (kind === 'text' && (state.stage === 'api' || state.stage === 'action')) {
      if (!reportedApiNames) {
        ctx.warn(
          'API_NAMES_NOT_PATHS',
          'the API column of this table gives API names, not methods and paths',
          cell.line,
        );
        reportedApiNames = true;
      }
      for (const line of cell.lines) {
        if (/(?<=.)(?<!批量)(设置|获取|删除|列举|下载)/.test(line.text)) {
          ctx.warn(
            'SUSPECT_API_NAME',
            `API name \`${line.text}\` may run two API names together; kept as printed`,
            line.line,
          );
        }
        row.apis.push({ method: null, path: line.text, notes: [], line: line.line });
      }
      state.stage = 'action';
    } else if (
      kind === 'actions' &&
      (state.stage === 'api' || state.stage === 'action' || state.stage === 'title')
    ) {
      if (row.apis.length === 0) ctx.warn('MISSING_CELL', 'row has no API cell', cell.line);
      readRowActions(row, cell, ctx);
      state.stage = afterAction();
    } else if ((kind === 'actions' || kind === 'empty') && state.stage === 'dependencies') {
      const { refs } = readActionCell(cell, ctx);
      row.dependencies.push(
        ...refs.map((ref) =>
          ref.condition === undefined
            ? { action: ref.name }
            : { action: ref.name, condition: ref.condition },
        ),
      );
      state.stage = 'scope';
    } else if (kind === 'empty' && state.stage === 'action') {
      ctx.warn('MISSING_CELL', 'the action cell of this row is empty', cell.line);
      state.stage = afterAction();
    } else if (isScopeCell && (state.stage === 'scope' || state.stage === 'dependencies')) {
      if (state.stage === 'dependencies')
        ctx.warn('MISSING_CELL', 'row has no dependencies cell', cell.line);
      state.stage = 'scope';
      readScope(state, scopeKeys, cell, ctx);
    } else {
      ctx.warn(
        'UNEXPECTED_CELL',
        `cell \`${cell.lines[0]?.text}\` does not fit the ${state.stage} column`,
        cell.line,
      );
    }
  }
  finish(cells[index]);
  return { rows, next: index };
}

function readRowActions(row: ParsedApiRow, cell: Cell, ctx: ParseContext): void {
  const { refs, noAction } = readActionCell(cell, ctx);
  if (noAction) {
    ctx.warn(
      'API_NO_ACTION',
      'the action cell says `无` (none): the API needs no action',
      cell.line,
    );
  }
  const [first, ...rest] = refs;
  const conditions = refs.flatMap((ref) =>
    ref.name === first?.name && ref.condition ? [ref.condition] : [],
  );
  if (first) row.actions.push({ name: first.name, line: first.line });
  if (first && first.condition !== undefined) {
    row.notes.push(`action listed under: ${[...new Set(conditions)].join(' / ')}`);
  }
  const others = rest.filter((ref) => ref.name !== first?.name);
  for (const ref of others) {
    row.dependencies.push(
      ref.condition === undefined
        ? { action: ref.name }
        : { action: ref.name, condition: ref.condition },
    );
  }
  if (others.length > 0) {
    row.alsoInActionCell = others;
    ctx.warn(
      'ACTIONS_IN_ACTION_CELL',
      `the action cell lists ${new Set(refs.map((ref) => ref.name)).size} actions; the first, \`${first?.name}\`, is taken as the API's action and the others as its dependencies`,
      cell.line,
      first?.name,
    );
  }
}

function readScope(
  state: RowState,
  keys: readonly (keyof ApiScopes)[],
  cell: Cell,
  ctx: ParseContext,
): void {
  const key = keys[state.scopes];
  state.scopes += 1;
  const kind = classifyLine(cell.lines[0]?.text ?? '');
  if (kind.kind !== 'scope') {
    ctx.warn(
      'CELL_CUT',
      `a scope cell is cut off in the capture (${cell.lines[0]?.text})`,
      cell.line,
    );
    return;
  }
  if (key === undefined) {
    ctx.warn('EXTRA_CELL', 'row has more scope cells than the header has scope columns', cell.line);
    return;
  }
  state.row.scopes = { ...state.row.scopes, [key]: kind.allowed };
  if (kind.note) state.row.notes.push(`${key}: not supported (${kind.note})`);
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
