/**
 * The captures of older documentation repositories carry no date of their own; the INDEX.md
 * beside them gives each one's snapshot month (`whole section (2024-04 snapshot)`).
 */

/** Capture file name → snapshot month (YYYY-MM), read from the INDEX.md file table. */
export function readSnapshotMonths(indexText: string): Map<string, string> {
  const months = new Map<string, string>();
  for (const line of indexText.split(/\r?\n/)) {
    if (!line.startsWith('|')) continue;
    const file = line.split('|')[1]?.trim() ?? '';
    const month = /\((\d{4}-\d{2}) snapshot\)/.exec(line)?.[1];
    if (file.endsWith('.txt') && month) months.set(file, month);
  }
  return months;
}
