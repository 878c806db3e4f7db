/**
 * Rows of a v5 "Actions and dependencies supported by <service> APIs" table: API | Action |
 * Dependencies. A cell may list several APIs (bullets, with notes in parentheses), and the capture
 * can run a row's dependency bullets straight into the next row's API bullets (IMS), so cells are
 * split wherever the kind of line changes: API lines always open or extend a row's API cell, the
 * first action after them is the row's action, later actions are its dependencies.
 */
import { classifyLine, type LineKind } from './classify-line';
import { isTableBoundary } from './boundaries';
import type { ParseContext } from './parse-context';
import type { ParsedApi, ParsedApiRow, TableResult } from './parsed-types';
import type { Cell, SourceLine } from './source-lines';
import type { TableHeader } from './table-header';

interface Segment {
  kind: 'api' | 'action' | 'empty' | 'other';
  lines: { source: SourceLine; kind: LineKind }[];
}

function segmentKind(kind: LineKind): Segment['kind'] {
  if (kind.kind === 'api') return 'api';
  if (kind.kind === 'action') return 'action';
  if (kind.kind === 'dash' || kind.kind === 'empty-cell') return 'empty';
  return 'other';
}

/** Splits a cell where the kind of line changes. */
function segmentsOf(cell: Cell): Segment[] {
  const segments: Segment[] = [];
  for (const source of cell.lines) {
    const kind = classifyLine(source.text);
    const last = segments[segments.length - 1];
    const segment = segmentKind(kind);
    if (last && last.kind === segment && segment !== 'empty') last.lines.push({ source, kind });
    else segments.push({ kind: segment, lines: [{ source, kind }] });
  }
  return segments;
}

export function toParsedApi(
  source: SourceLine,
  kind: LineKind,
  ctx: ParseContext,
): ParsedApi | null {
  if (kind.kind !== 'api') return null;
  if (!kind.knownMethod) {
    ctx.warn(
      'UNKNOWN_HTTP_METHOD',
      `API line \`${source.text}\` starts with \`${kind.method}\`, which is no HTTP method; kept as printed`,
      source.line,
    );
  }
  if (isSuspectPath(kind.path)) {
    ctx.warn(
      'SUSPECT_API_PATH',
      `API path \`${kind.path}\` looks malformed (a space or a missing \`/\`); kept as printed`,
      source.line,
    );
  }
  return { method: kind.method, path: kind.path, notes: kind.notes, line: source.line };
}

/** A space inside the path, or a version segment running into a parameter (`/v1{project_id}`). */
function isSuspectPath(path: string): boolean {
  return /\s/.test(path) || /\/v\d+(\.\d+)?\{/.test(path);
}

export function parseV5ApiTable(
  cells: readonly Cell[],
  header: TableHeader,
  ctx: ParseContext,
): TableResult<ParsedApiRow> {
  const rows: ParsedApiRow[] = [];
  let row: ParsedApiRow | null = null;
  let closed = false;
  const open = (line: number): ParsedApiRow => {
    const fresh: ParsedApiRow = { apis: [], actions: [], dependencies: [], notes: [], line };
    rows.push(fresh);
    closed = false;
    return fresh;
  };
  let index = header.next;
  for (; index < cells.length && !isTableBoundary(cells, index); index += 1) {
    for (const segment of segmentsOf(cells[index] as Cell)) {
      const first = segment.lines[0] as { source: SourceLine; kind: LineKind };
      if (segment.kind === 'api') {
        if (!row || row.actions.length > 0 || closed) row = open(first.source.line);
        for (const { source, kind } of segment.lines) {
          const api = toParsedApi(source, kind, ctx);
          if (api) row.apis.push(api);
        }
      } else if (segment.kind === 'action') {
        if (!row || closed) {
          row = open(first.source.line);
          ctx.warn(
            'ACTION_ROW_WITHOUT_API',
            `action \`${first.source.text}\` has no API before it`,
            first.source.line,
            first.source.text,
          );
        }
        // The first action cell after the APIs names the row's action(s); later ones its dependencies.
        const isActionCell = row.actions.length === 0;
        for (const { source } of segment.lines) {
          if (isActionCell) row.actions.push({ name: source.text, line: source.line });
          else row.dependencies.push({ action: source.text });
        }
      } else if (segment.kind === 'empty') {
        if (row && row.actions.length > 0) closed = true;
        else if (row)
          ctx.warn('MISSING_CELL', 'the action cell of this API row is empty', first.source.line);
      } else {
        ctx.warn(
          'UNEXPECTED_CELL',
          `\`${first.source.text}\` is neither an API, an action nor \`-\``,
          first.source.line,
        );
      }
    }
  }
  for (const each of rows) {
    if (each.actions.length === 0) {
      ctx.warn('TRUNCATED_ROW', 'API row without an action', each.line);
    }
  }
  return { rows, next: index };
}
