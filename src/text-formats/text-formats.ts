/**
 * Escaping for the exports of the app and the CLI: CSV (RFC 4180, with formula-looking cells
 * defused), Markdown tables and HTML. Policy text, names and catalog data are user input and must
 * never become markup or a spreadsheet formula. Pure: imports nothing.
 */

/** One CSV cell: quoted when needed; a leading `=`, `+`, `-`, `@` gets a `'` so no app runs it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return csvRows([header, ...rows]);
}

/** Text without its Markdown code spans' backticks, for formats that show them literally. */
export function plainText(value: string): string {
  return value.replace(/`([^`]*)`/g, '$1');
}

/** A fenced code block whose fence is longer than any run of backticks in the text. */
export function markdownCodeBlock(text: string, language: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

/**
 * Characters that start Markdown markup in text. An underscore inside a word (`image_id`) starts
 * none, so catalog paths and keys stay as they are.
 */
const MARKDOWN_MARKUP = /[\\`*[\]~#]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
const HTML_IN_MARKDOWN: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Text with `code` spans as inline Markdown that shows exactly that text: names, context values
 * and catalog data are user input, and must not become HTML (`<img onerror=…>`), emphasis, links,
 * headings or a new line. Outside code spans, `<`, `>` and `&` become entities and the characters
 * that start Markdown markup get a backslash; a code span shows its content literally (HTML
 * included) and cannot be left early, since it is cut at the first backtick. Line breaks become
 * spaces.
 */
export function markdownInline(value: string): string {
  return value
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .split(/(`[^`]+`)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(MARKDOWN_MARKUP, '\\$&')
            .replace(/[<>&]/g, (character) => HTML_IN_MARKDOWN[character] ?? character),
    )
    .join('');
}

/** One Markdown table cell: inline Markdown (see `markdownInline`) with its pipes escaped. */
export function markdownCell(value: string): string {
  // GFM splits cells at a pipe even inside a code span; `\|` is a pipe in both.
  return markdownInline(value).replaceAll('|', '\\|');
}

export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Text with `code` spans as HTML: escaped first, then the backticks become <code>. */
export function codeSpansHtml(value: string): string {
  return escapeHtml(value).replace(/`([^`]+)`/g, '<code>$1</code>');
}
