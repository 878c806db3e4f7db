/**
 * Parses one documentation capture: finds its tables by their headers, hands each to the parser
 * for its kind, and turns what lies between tables (capture notes, end-of-capture markers, stray
 * rows) into warnings. Never throws: anything unrecognised becomes a warning with its line.
 */
import type { DataWarning } from '../catalog/index';
import { isTableBoundary } from './boundaries';
import { readCaptureMeta, reportCaptureNotes } from './capture-meta';
import { applyLineCorrections, type LineCorrection } from './overrides';
import { parseAuthBlock, readBlockMeta, type BlockMeta } from './parse-auth-block';
import { parseConditionKeyTable } from './parse-condition-keys';
import { applyItemBreaks } from './item-breaks';
import { createParseContext, type ParseContext } from './parse-context';
import { parseLegacyTable } from './parse-legacy-table';
import { parseResourceTypeTable } from './parse-resource-types';
import { isActionRowStart, parseV5ActionTable } from './parse-v5-actions';
import { parseV5ApiTable } from './parse-v5-apis';
import type { ParsedApiRow, ParsedDocument } from './parsed-types';
import { toCells, toNumberedLines, type Cell } from './source-lines';
import { readHeader, type TableHeader } from './table-header';

export interface CaptureResult {
  document: ParsedDocument;
  warnings: DataWarning[];
  /** Corrections from the overrides file that matched a line of this capture. */
  usedCorrections: Set<LineCorrection>;
}

export function parseCapture(
  file: string,
  text: string,
  corrections: readonly LineCorrection[],
): CaptureResult {
  const ctx = createParseContext(file);
  const corrected = applyLineCorrections(toNumberedLines(text), corrections, ctx);
  const lines = applyItemBreaks(corrected.lines, ctx);
  const meta = readCaptureMeta(lines);
  const document: ParsedDocument = {
    file,
    model: null,
    ...meta,
    actionRows: [],
    apiRows: [],
    resourceTypes: [],
    conditionKeys: [],
  };
  const cells = toCells(lines);
  let blockMeta: BlockMeta = new Map();
  let index = 0;
  while (index < cells.length) {
    const header = readHeader(cells, index);
    if (header) {
      index = parseTable(cells, header, blockMeta, document, ctx);
      continue;
    }
    const cell = cells[index] as Cell;
    if (cell.lines.some((line) => /^URI:/.test(line.text))) blockMeta = readBlockMeta(cell);
    reportOutsideTable(cells, index, ctx);
    index += 1;
  }
  return { document, warnings: ctx.warnings, usedCorrections: corrected.used };
}

function parseTable(
  cells: readonly Cell[],
  header: TableHeader,
  blockMeta: BlockMeta,
  document: ParsedDocument,
  ctx: ParseContext,
): number {
  switch (header.kind) {
    case 'v5-actions': {
      document.model = 'v5';
      const { rows, next } = parseV5ActionTable(cells, header, ctx);
      document.actionRows.push(...rows);
      return next;
    }
    case 'v5-apis': {
      document.model = 'v5';
      const { rows, next } = parseV5ApiTable(cells, header, ctx);
      document.apiRows.push(...rows);
      return next;
    }
    case 'auth-block': {
      document.model = 'v5';
      const block = parseAuthBlock(cells, header, blockMeta, ctx);
      if (block.actionRow) document.actionRows.push(block.actionRow);
      readAlsoSeen(cells, block.next, block.apiRow);
      if (block.apiRow) document.apiRows.push(block.apiRow);
      return block.next;
    }
    case 'resource-types': {
      const { rows, next } = parseResourceTypeTable(cells, header, ctx);
      document.resourceTypes.push(...rows);
      return next;
    }
    case 'condition-keys': {
      const { rows, next } = parseConditionKeyTable(cells, header, ctx);
      document.conditionKeys.push(...rows);
      return next;
    }
    case 'legacy': {
      document.model = 'legacy';
      const { rows, next } = parseLegacyTable(cells, header, ctx);
      document.apiRows.push(...rows);
      return next;
    }
    case 'unsupported': {
      let next = header.next;
      while (next < cells.length && !isTableBoundary(cells, next)) next += 1;
      ctx.warn(
        'SECTION_SKIPPED',
        `a table with columns ${header.columns.join(', ')} holds example policies, not catalog data; not imported`,
        header.line,
      );
      return next;
    }
  }
}

/** `Also seen:` lines after an authorization block name other copies; they stay with its API. */
function readAlsoSeen(cells: readonly Cell[], index: number, apiRow: ParsedApiRow | null): void {
  for (const line of cells[index]?.lines ?? []) {
    const seen = /^Also seen:\s*(.*)$/.exec(line.text);
    if (seen?.[1] && apiRow) apiRow.notes.push(`also seen: ${seen[1]}`);
  }
}

function reportOutsideTable(cells: readonly Cell[], index: number, ctx: ParseContext): void {
  const cell = cells[index] as Cell;
  reportCaptureNotes(cell, ctx);
  if (isActionRowStart(cells, index)) {
    ctx.warn(
      'ROW_OUTSIDE_TABLE',
      `action row \`${cell.lines[0]?.text}\` stands outside any table header; not imported`,
      cell.line,
    );
  }
}
