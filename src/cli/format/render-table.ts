import { csvTable, markdownTable, plainText } from '../../text-formats/text-formats';

/** How a table is printed: aligned text, RFC 4180 CSV or a Markdown (GFM) table. */
export type TableFormat = 'table' | 'csv' | 'md';

export const tableFormats: readonly TableFormat[] = ['table', 'csv', 'md'];

/** Renders a header row and data rows; every line ends with a newline. */
export function renderTable(headers: string[], rows: string[][], format: TableFormat): string {
  switch (format) {
    case 'csv':
      // A spreadsheet shows Markdown's backticks as they are.
      return csvTable(
        headers,
        rows.map((row) => row.map(plainText)),
      );
    case 'md':
      return markdownTable(headers, rows);
    case 'table':
      return alignedTable(headers, rows);
  }
}

function alignedTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd() + '\n';
  return line(headers) + line(widths.map((width) => '-'.repeat(width))) + rows.map(line).join('');
}
