import type { ApiMatrixRow, ApiStatus } from '../../../engine';
import { STATUS_ORDER } from './status';

/**
 * The matrix as the panel lists it: filtered by status, service and text, sorted by a column,
 * grouped by service with counts per status, and flattened into one list of group headers and
 * rows for the virtualised view.
 */

export interface MatrixFilter {
  /** Statuses to show; empty: every status. */
  statuses: readonly ApiStatus[];
  /** Service prefix to show; empty: every service. */
  service: string;
  /** Words that must all appear in the method, path, action, title or reason. */
  text: string;
}

export type SortKey = 'path' | 'method' | 'action' | 'status';
export interface MatrixSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export const NO_FILTER: MatrixFilter = { statuses: [], service: '', text: '' };
export const DEFAULT_SORT: MatrixSort = { key: 'path', direction: 'asc' };

export interface ServiceGroup {
  service: string;
  /** Every row of the service, whatever the filter. */
  total: number;
  counts: Record<ApiStatus, number>;
  /** The rows that pass the filter, sorted. */
  rows: ApiMatrixRow[];
}

export type MatrixItem =
  { kind: 'group'; group: ServiceGroup } | { kind: 'row'; row: ApiMatrixRow; service: string };

export const rowKey = (row: Pick<ApiMatrixRow, 'catalogId' | 'apiId'>): string =>
  `${row.catalogId} ${row.apiId}`;

function haystack(row: ApiMatrixRow): string {
  return [row.method ?? '', row.path, row.action, row.title ?? '', row.reason, row.apiId]
    .join(' ')
    .toLowerCase();
}

export function filterRows(rows: readonly ApiMatrixRow[], filter: MatrixFilter): ApiMatrixRow[] {
  const statuses = new Set(filter.statuses);
  const service = filter.service.toLowerCase();
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (statuses.size === 0 || statuses.has(row.status)) &&
      (service === '' || row.service.toLowerCase() === service) &&
      (words.length === 0 || words.every((word) => haystack(row).includes(word))),
  );
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compare(a: ApiMatrixRow, b: ApiMatrixRow, key: SortKey): number {
  switch (key) {
    case 'status':
      return STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
    case 'method':
      return collator.compare(a.method ?? '', b.method ?? '');
    case 'action':
      return collator.compare(a.action, b.action);
    case 'path':
      return collator.compare(a.path, b.path);
  }
}

/** Sorted by the key, then by path and method so equal keys keep a stable, readable order. */
export function sortRows(rows: readonly ApiMatrixRow[], sort: MatrixSort): ApiMatrixRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * compare(a, b, sort.key) || compare(a, b, 'path') || compare(a, b, 'method'),
  );
}

function emptyCounts(): Record<ApiStatus, number> {
  return Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<ApiStatus, number>;
}

/** One group per service (in service order), each with its counts and its filtered rows. */
export function groupByService(
  rows: readonly ApiMatrixRow[],
  filter: MatrixFilter,
  sort: MatrixSort,
): ServiceGroup[] {
  const groups = new Map<string, ServiceGroup>();
  for (const row of rows) {
    let group = groups.get(row.service);
    if (!group) {
      group = { service: row.service, total: 0, counts: emptyCounts(), rows: [] };
      groups.set(row.service, group);
    }
    group.total++;
    group.counts[row.status]++;
  }
  for (const row of sortRows(filterRows(rows, filter), sort))
    groups.get(row.service)?.rows.push(row);
  return [...groups.values()].sort((a, b) => collator.compare(a.service, b.service));
}

/** Group headers and rows in display order; groups with no row left by the filter are dropped. */
export function matrixItems(groups: readonly ServiceGroup[]): MatrixItem[] {
  return groups.flatMap((group) =>
    group.rows.length === 0
      ? []
      : [
          { kind: 'group' as const, group },
          ...group.rows.map((row) => ({ kind: 'row' as const, row, service: group.service })),
        ],
  );
}
