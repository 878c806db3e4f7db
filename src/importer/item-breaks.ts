/**
 * Run-together cells and the "Item breaks" section that resolves them. The newest IMS pipe tables
 * print a multi-item cell on one line (`ims:images:getims:images:update`, or an API path with its
 * prerequisite note appended); the capture ends with a section that gives, per such cell, its items
 * as the previous version of the same page printed them. The section is taken out of the capture
 * before tables are read, and each cell it names is read as its items, with a data warning, so the
 * quirk stays visible.
 */
import type { ParseContext } from './parse-context';
import { toCells, type Cell, type SourceLine } from './source-lines';

const SECTION_RE = /^Item breaks \(previous version\):/;
const SEPARATOR_RE = /^={5,}/;
/** The note title the previous version printed as its own item; the run-together cell omits it. */
const NOTE_TITLE = '说明：';
/** How far after its row's title the run-together cell may stand (API, action, scope cells). */
const CELLS_AFTER_TITLE = 4;

interface ItemBreak {
  title: string;
  column: string;
  items: string[];
  line: number;
}

function sectionStart(lines: readonly (SourceLine | null)[]): number {
  const heading = lines.findIndex((line) => line !== null && SECTION_RE.test(line.text));
  if (heading < 0) return -1;
  const previous = lines[heading - 1];
  return previous && SEPARATOR_RE.test(previous.text) ? heading - 1 : heading;
}

/** Title cell, column-header cell, then the bullet cell of items; headings are skipped. */
function readBreaks(cells: readonly Cell[]): ItemBreak[] {
  const breaks: ItemBreak[] = [];
  let labels: string[] = [];
  for (const cell of cells) {
    const first = cell.lines[0];
    if (!first || cell.lines.some((line) => SEPARATOR_RE.test(line.text))) continue;
    if (!first.bullet) {
      labels = [...labels, first.text].slice(-2);
      continue;
    }
    const [title, column] = labels;
    if (title !== undefined && column !== undefined)
      breaks.push({ title, column, items: cell.lines.map((line) => line.text), line: cell.line });
    labels = [];
  }
  return breaks;
}

function joined(items: readonly string[]): string {
  return items.filter((item) => item !== NOTE_TITLE).join('');
}

/** The line number of the cell, after its row's title cell, that prints the items run together. */
function findRunTogetherCell(cells: readonly Cell[], entry: ItemBreak): number | undefined {
  const printed = joined(entry.items);
  for (let index = 0; index < cells.length; index += 1) {
    const title = cells[index];
    if (title?.lines.length !== 1 || title.lines[0]?.text !== entry.title) continue;
    const candidates = cells.slice(index + 1, index + 1 + CELLS_AFTER_TITLE);
    const cell = candidates.find(
      (candidate) => candidate.lines.length === 1 && candidate.lines[0]?.text === printed,
    );
    if (cell) return cell.line;
  }
  return undefined;
}

/**
 * Returns the capture's lines without the "Item breaks" section, each run-together cell it names
 * replaced by its items (bullet lines on the cell's line). Captures without the section are
 * returned unchanged.
 */
export function applyItemBreaks(
  lines: readonly (SourceLine | null)[],
  ctx: ParseContext,
): (SourceLine | null)[] {
  const start = sectionStart(lines);
  if (start < 0) return [...lines];
  const body = lines.slice(0, start);
  const cells = toCells(body);
  const byLine = new Map<number, ItemBreak>();
  for (const entry of readBreaks(toCells(lines.slice(start)))) {
    const line = findRunTogetherCell(cells, entry);
    if (line === undefined) {
      ctx.warn(
        'ITEM_BREAK_UNUSED',
        `the item breaks for \`${entry.title}\` (${entry.column}) match no cell printed run together; not used`,
        entry.line,
      );
      continue;
    }
    byLine.set(line, entry);
  }
  return body.flatMap((line) => {
    const entry = line ? byLine.get(line.line) : undefined;
    if (!line || !entry) return [line];
    const items = entry.items.filter((item) => item !== NOTE_TITLE);
    ctx.warn(
      'RUN_TOGETHER_CELL',
      `the ${entry.column} cell prints ${items.length} items run together (\`${line.text}\`); read as ${items.map((item) => `\`${item}\``).join(', ')}, as the previous version of the page breaks them (line ${entry.line})`,
      line.line,
    );
    return items.map((text): SourceLine => ({ line: line.line, text, bullet: true }));
  });
}
