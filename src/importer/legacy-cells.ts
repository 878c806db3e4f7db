/**
 * The cells of a legacy (1.1) permissions table: what a cell is, and the actions a conditional
 * Action or Dependencies cell lists (`创建云服务器时新创建弹性公网IP` above
 * `ecs:cloudServers:createServers`, or `云硬盘：evs:volumeTags:list`).
 */
import type { ApiScopes } from '../catalog/index';
import { classifyLine, type LineKind } from './classify-line';
import type { ParseContext } from './parse-context';
import type { ParsedActionRef, ParsedApi, ParsedApiRow } from './parsed-types';
import type { Cell } from './source-lines';
import { toParsedApi } from './parse-v5-apis';

export type LegacyCellKind =
  'scope' | 'api' | 'actions' | 'empty' | 'missing' | 'cut' | 'text' | 'other';

export function legacyCellKind(cell: Cell): LegacyCellKind {
  const kinds = cell.lines.map((line) => classifyLine(line.text));
  const only = kinds.length === 1 ? kinds[0] : undefined;
  if (only?.kind === 'scope') return 'scope';
  if (only?.kind === 'marker' && only.marker === 'cell-missing') return 'missing';
  if (only?.kind === 'marker' && only.marker === 'cell-cut') return 'cut';
  if (kinds.some((kind) => kind.kind === 'api')) return 'api';
  const actionish = (kind: LineKind) =>
    kind.kind === 'action' || kind.kind === 'labelled-action' || kind.kind === 'no-action';
  if (kinds.some(actionish)) return 'actions';
  if (kinds.every((kind) => kind.kind === 'dash' || kind.kind === 'empty-cell')) return 'empty';
  if (kinds.every((kind) => kind.kind !== 'marker' && kind.kind !== 'scope')) return 'text';
  return 'other';
}

interface ActionCell {
  refs: ParsedActionRef[];
  /** The cell says `无`: the API needs no action. */
  noAction: boolean;
}

/** Reads an Action or Dependencies cell; a bullet label applies to the actions below it. */
function readActionCell(cell: Cell, ctx: ParseContext): ActionCell {
  const result: ActionCell = { refs: [], noAction: false };
  let label: string | undefined;
  for (const line of cell.lines) {
    const kind = classifyLine(line.text);
    if (kind.kind === 'action') {
      result.refs.push(
        label === undefined
          ? { name: kind.name, line: line.line }
          : { name: kind.name, condition: label, line: line.line },
      );
    } else if (kind.kind === 'labelled-action') {
      result.refs.push({ name: kind.name, condition: kind.label, line: line.line });
    } else if (kind.kind === 'no-action') {
      result.noAction = true;
    } else if (kind.kind === 'marker' && kind.marker === 'cell-cut') {
      ctx.warn(
        'CELL_CUT',
        `the cell is cut off in the capture (${kind.text}); later values are missing`,
        line.line,
      );
    } else if (kind.kind === 'dash' || kind.kind === 'empty-cell') {
      continue;
    } else if (line.bullet || kind.kind === 'text') {
      label = line.text;
    } else {
      ctx.warn(
        'UNEXPECTED_LINE',
        `\`${line.text}\` is neither an action nor a condition label`,
        line.line,
      );
    }
  }
  return result;
}

/** Reads an API cell: API lines, each optionally followed by bullet notes (`action="os-extend"`). */
export function readApiCell(cell: Cell, ctx: ParseContext): ParsedApi[] {
  const apis: ParsedApi[] = [];
  for (const line of cell.lines) {
    const kind = classifyLine(line.text);
    const api = toParsedApi(line, kind, ctx);
    const last = apis[apis.length - 1];
    if (api) apis.push(api);
    else if (last) last.notes.push(line.text);
    else
      ctx.warn(
        'UNEXPECTED_LINE',
        `\`${line.text}\` stands before any API line of the cell`,
        line.line,
      );
  }
  return apis;
}

/** The Action cell: its first action is the API's; further ones become dependencies. */
export function readRowActions(row: ParsedApiRow, cell: Cell, ctx: ParseContext): void {
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

/** A √/× scope cell for scope column `key` (undefined when the row has more cells than columns). */
export function readScope(
  row: ParsedApiRow,
  key: keyof ApiScopes | undefined,
  cell: Cell,
  ctx: ParseContext,
): void {
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
  row.scopes = { ...row.scopes, [key]: kind.allowed };
  if (kind.note) row.notes.push(`${key}: not supported (${kind.note})`);
}

/** A Dependencies cell: `-`, or actions, each optionally under a condition label. */
export function readDependencies(row: ParsedApiRow, cell: Cell, ctx: ParseContext): void {
  for (const ref of readActionCell(cell, ctx).refs) {
    row.dependencies.push(
      ref.condition === undefined
        ? { action: ref.name }
        : { action: ref.name, condition: ref.condition },
    );
  }
}

/** An API cell that names APIs (OBS) instead of giving methods and paths. */
export function readApiNames(row: ParsedApiRow, cell: Cell, ctx: ParseContext): void {
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
}
