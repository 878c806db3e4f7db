/**
 * The cells of a legacy (1.1) permissions table: what a cell is, and the actions a conditional
 * Action or Dependencies cell lists (`创建云服务器时新创建弹性公网IP` above
 * `ecs:cloudServers:createServers`, or `云硬盘：evs:volumeTags:list`).
 */
import { classifyLine, type LineKind } from './classify-line';
import type { ParseContext } from './parse-context';
import type { ParsedActionRef, ParsedApi } from './parsed-types';
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

export interface ActionCell {
  refs: ParsedActionRef[];
  /** The cell says `无`: the API needs no action. */
  noAction: boolean;
}

/** Reads an Action or Dependencies cell; a bullet label applies to the actions below it. */
export function readActionCell(cell: Cell, ctx: ParseContext): ActionCell {
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
