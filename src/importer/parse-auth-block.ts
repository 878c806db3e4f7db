/**
 * An ECS per-API authorization block: a meta paragraph (`API:`, `Page:`, `Updated:`, `URI:`)
 * before the header Action | Access Level | Resource Type | Condition Key | Alias | Dependencies
 * and one row of values. It yields both an action row and an API row.
 */
import { classifyLine } from './classify-line';
import { isTableBoundary } from './boundaries';
import { kindsOf } from './cell-values';
import { matchColumns } from './match-columns';
import type { ParseContext } from './parse-context';
import type { ParsedActionRow, ParsedApiRow } from './parsed-types';
import { readAccessLevel, readColumn } from './parse-v5-actions';
import { toParsedApi } from './parse-v5-apis';
import { singleText, type Cell, type SourceLine } from './source-lines';
import type { TableHeader } from './table-header';

/** The `Key: value` lines of a block's meta paragraph. */
export type BlockMeta = ReadonlyMap<string, SourceLine>;

export function readBlockMeta(cell: Cell): BlockMeta {
  const meta = new Map<string, SourceLine>();
  for (const line of cell.lines) {
    const match = /^([A-Za-z][A-Za-z -]*):\s*(.*)$/.exec(line.text);
    if (match?.[1]) meta.set(match[1], { ...line, text: (match[2] ?? '').trim() });
  }
  return meta;
}

export interface AuthBlock {
  actionRow: ParsedActionRow | null;
  apiRow: ParsedApiRow | null;
  updatedOn?: string;
  next: number;
}

export function parseAuthBlock(
  cells: readonly Cell[],
  header: TableHeader,
  meta: BlockMeta,
  ctx: ParseContext,
): AuthBlock {
  const nameCell = cells[header.next];
  const name = singleText(nameCell);
  if (!nameCell || name === null || classifyLine(name).kind !== 'action') {
    ctx.warn(
      'MISSING_CELL',
      'authorization block without an action name',
      nameCell?.line ?? header.line,
    );
    return { actionRow: null, apiRow: null, next: header.next };
  }
  const row: ParsedActionRow = {
    name,
    description: '',
    accessLevel: null,
    resources: [],
    conditionKeys: [],
    aliases: [],
    line: nameCell.line,
  };
  readAccessLevel(row, cells[header.next + 1] ?? nameCell, ctx);
  const apiRow: ParsedApiRow = {
    apis: [],
    actions: [{ name, line: nameCell.line }],
    dependencies: [],
    notes: [],
    line: nameCell.line,
  };
  const next = matchColumns(
    {
      cells,
      start: header.next + 2,
      columns: ['resource', 'condition', 'alias', 'dependencies'],
      stop: (at) => isTableBoundary(cells, at),
      subject: name,
      line: nameCell.line,
      onCell: (column, cell) => {
        if (column !== 'dependencies') readColumn(row, column, cell, ctx);
        else
          for (const kind of kindsOf(cell))
            if (kind.kind === 'action') apiRow.dependencies.push({ action: kind.name });
      },
    },
    ctx,
  );
  const uri = meta.get('URI');
  const api = uri ? toParsedApi(uri, classifyLine(uri.text), ctx) : null;
  if (api) apiRow.apis.push(api);
  else if (uri && /\(cut\)|not in captured copy/.test(uri.text))
    ctx.warn(
      'CAPTURE_CUT',
      `the stored copy of \`${name}\`'s page ends before its URI (\`URI: ${uri.text}\`); the block's API is recorded by the other copies of the page`,
      uri.line,
      name,
    );
  else
    ctx.warn(
      'MISSING_CELL',
      `authorization block of \`${name}\` has no \`URI: METHOD /path\` line`,
      nameCell.line,
      name,
    );
  const title = meta.get('API');
  if (title) apiRow.title = title.text;
  const page = meta.get('Page');
  if (page) row.page = page.text;
  const updated = meta.get('Updated')?.text ?? '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(updated) ? updated : undefined;
  if (page) apiRow.notes.push(`documented on ${page.text}${date ? ` (updated ${date})` : ''}`);
  return date
    ? { actionRow: row, apiRow, updatedOn: date, next }
    : { actionRow: row, apiRow, next };
}
