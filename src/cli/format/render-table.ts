/** How a table is printed: aligned text, RFC 4180 CSV or a Markdown (GFM) table. */
export type TableFormat = 'table' | 'csv' | 'md';

export const tableFormats: readonly TableFormat[] = ['table', 'csv', 'md'];

/** Renders a header row and data rows; every line ends with a newline. */
export function renderTable(headers: string[], rows: string[][], format: TableFormat): string {
  switch (format) {
    case 'csv':
      return [headers, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
    case 'md':
      return [headers, headers.map(() => '---'), ...rows]
        .map((row) => `| ${row.map(markdownCell).join(' | ')} |\n`)
        .join('');
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

function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function markdownCell(cell: string): string {
  return cell.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ');
}
