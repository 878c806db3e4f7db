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

/** One Markdown table cell: pipes escaped, line breaks flattened. */
export function markdownCell(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replace(/\s*[\r\n]+\s*/g, ' ');
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
