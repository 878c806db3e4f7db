import type { CatalogRelease } from '../../catalog/index';
import {
  describeAssumption,
  missingDependencyLabels,
  type ApiMatrixTable,
  type ApiStatus,
} from '../../engine/index';
import { catalogLine } from '../versions';
import { renderTable, type TableFormat } from './render-table';

const headers = ['SERVICE', 'METHOD', 'API', 'ACTION', 'STATUS', 'MISSING DEPENDENCIES', 'REASON'];

/**
 * The API matrix as a table, CSV or Markdown: one row per API, a missing dependency needed only in
 * some situations with the situation. Text formats end with the counts per status, the catalogs
 * used, the assumptions every request rests on and any problems; CSV holds the rows only, so that
 * it loads
 * cleanly elsewhere.
 */
export function formatMatrix(
  matrix: ApiMatrixTable,
  format: TableFormat,
  catalogs: CatalogRelease,
): string {
  // An empty CSV cell is empty; text shows a dash (which CSV would defuse as a formula).
  const none = format === 'csv' ? '' : '-';
  const rows = matrix.rows.map((row) => [
    row.service,
    row.method ?? none,
    row.path,
    row.action,
    row.status,
    missingDependencyLabels(row).join(', ') || none,
    row.reason,
  ]);
  const table = renderTable(headers, rows, format);
  if (format === 'csv') return table;
  const counts = (Object.entries(matrix.counts) as [ApiStatus, number][])
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  const summary = [
    '',
    `${matrix.rows.length} API(s) of ${matrix.catalogIds.join(', ') || 'no catalog'} (model ${matrix.model})` +
      (counts.length > 0 ? `: ${counts.join(', ')}` : ''),
    catalogLine(catalogs),
    ...matrix.assumptions.map((id) => `assumed: ${describeAssumption(id).statement}`),
    ...matrix.problems.map((problem) => `problem: ${problem.message}`),
  ];
  return table + summary.join('\n') + '\n';
}
