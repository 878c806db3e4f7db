/**
 * The flattened capture layout: one table cell per paragraph (cells are separated by blank
 * lines), multi-value cells as bullet lines (`  • x`). A line keeps its 1-based number so every
 * warning can point at it.
 */

export interface SourceLine {
  /** 1-based line number in the capture. */
  line: number;
  /** The line's content without indentation or bullet. */
  text: string;
  bullet: boolean;
}

/** Consecutive non-blank lines: one table cell, or one paragraph outside tables. */
export interface Cell {
  lines: SourceLine[];
  /** Line number of the cell's first line. */
  line: number;
}

const BULLET = /^\s*[•·▪●]\s?/;

function toSourceLine(raw: string, line: number): SourceLine {
  const bullet = BULLET.test(raw);
  const text = (bullet ? raw.replace(BULLET, '') : raw).trim();
  return { line, text, bullet };
}

/** Splits text into cells; `\r\n` and `\r` line ends are accepted. */
export function toCells(lines: readonly (SourceLine | null)[]): Cell[] {
  const cells: Cell[] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    const first = current[0];
    if (first) cells.push({ lines: current, line: first.line });
    current = [];
  };
  for (const line of lines) {
    if (line === null || line.text === '') flush();
    else current.push(line);
  }
  flush();
  return cells;
}

/** Numbered source lines of a text; blank lines are kept as `null` so they still split cells. */
export function toNumberedLines(text: string): (SourceLine | null)[] {
  return text.split(/\r\n|\r|\n/).map((raw, index) => {
    const line = toSourceLine(raw, index + 1);
    return line.text === '' ? null : line;
  });
}

/** The text of a one-line cell, or `null` for a multi-line cell. */
export function singleText(cell: Cell | undefined): string | null {
  const only = cell?.lines.length === 1 ? cell.lines[0] : undefined;
  return only ? only.text : null;
}
