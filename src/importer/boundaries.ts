/**
 * Where a table ends: at a caption, a section heading, a page separator, the next header, the end
 * of the capture, or at the lead-in sentence of any of those.
 */
import { classifyLine } from './classify-line';
import type { Cell } from './source-lines';
import { readHeader } from './table-header';

const SECTION_HEADINGS: ReadonlySet<string> = new Set([
  'Actions',
  'Resources',
  'Conditions',
  'Helpful Links',
  '操作(Action)',
  '资源类型(Resource)',
  '条件(Condition)',
]);

const CAPTION_RE = /^(Table|表)\s*\d+\s/;
const META_RE =
  /^(Page file|Sub-page|Page|Updated|Capture|API|URI|Source|Content|Form|Note|Also seen|Caveat|Reading note):\s/;

function isHardBoundary(cells: readonly Cell[], index: number): boolean {
  const cell = cells[index];
  const first = cell?.lines[0];
  if (!cell || !first) return true;
  if (first.bullet) return false;
  const text = first.text;
  if (/^={5,}/.test(text) || META_RE.test(text)) return true;
  if (CAPTION_RE.test(text) || SECTION_HEADINGS.has(text)) return true;
  const kind = classifyLine(text);
  if (kind.kind === 'marker' && kind.marker === 'capture-end') return true;
  return readHeader(cells, index) !== null;
}

/**
 * True when the table that reached `cells[index]` ends there. A run of up to three plain prose
 * paragraphs followed by a hard boundary counts as the lead-in of what comes next.
 */
export function isTableBoundary(cells: readonly Cell[], index: number): boolean {
  if (index >= cells.length) return true;
  for (let offset = 0; offset <= 3 && index + offset < cells.length; offset += 1) {
    if (isHardBoundary(cells, index + offset)) return true;
    const cell = cells[index + offset];
    if (!cell || !isProse(cell)) return false;
  }
  return false;
}

/** A paragraph of plain sentences: not a bullet list and not any recognised cell value. */
function isProse(cell: Cell): boolean {
  return cell.lines.every((line) => !line.bullet && classifyLine(line.text).kind === 'text');
}

/** The capture-end marker cell, if the cell is one. */
export function isCaptureEnd(cell: Cell | undefined): boolean {
  const first = cell?.lines[0];
  if (!first) return false;
  const kind = classifyLine(first.text);
  return kind.kind === 'marker' && kind.marker === 'capture-end';
}
