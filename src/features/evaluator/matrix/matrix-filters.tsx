import { useId } from 'react';
import type { ApiStatus } from '../../../engine';
import { SelectField } from '../../../components/ui/select-field';
import type { MatrixFilter, MatrixSort, SortKey } from '../model/matrix-view';
import { STATUS_LABELS, STATUS_ORDER, isStatus } from '../model/status';

interface MatrixFiltersProps {
  filter: MatrixFilter;
  sort: MatrixSort;
  services: readonly string[];
  counts: Record<ApiStatus, number>;
  onFilter: (filter: MatrixFilter) => void;
  onSort: (sort: MatrixSort) => void;
}

const SORT_LABELS: Record<SortKey, string> = {
  path: 'Path',
  method: 'Method',
  action: 'Action',
  status: 'Status',
};

/** Text, status and service filters, the sort, and the overall counts (which filter by status). */
export function MatrixFilters({
  filter,
  sort,
  services,
  counts,
  onFilter,
  onSort,
}: MatrixFiltersProps) {
  const id = useId();
  const status = filter.statuses.length === 1 ? (filter.statuses[0] ?? '') : '';
  return (
    <div className="space-y-1.5 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
      <input
        type="search"
        aria-label="Filter APIs"
        placeholder="Filter by path, action or reason"
        value={filter.text}
        onChange={(event) => onFilter({ ...filter, text: event.target.value })}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
      />
      <div className="grid grid-cols-[1fr_1fr_auto] items-end gap-1.5">
        <SelectField
          label="Status"
          anyLabel="Any status"
          value={status}
          options={STATUS_ORDER.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          onChange={(value) => onFilter({ ...filter, statuses: isStatus(value) ? [value] : [] })}
        />
        <SelectField
          label="Service"
          anyLabel="Every service"
          value={filter.service}
          options={services.map((s) => ({ value: s, label: s.toUpperCase() }))}
          onChange={(value) => onFilter({ ...filter, service: value })}
        />
        <div className="flex items-end gap-0.5">
          <div className="flex flex-col gap-0.5 text-xs font-medium text-slate-600 dark:text-slate-300">
            <label htmlFor={`${id}-sort`}>Sort by</label>
            <select
              id={`${id}-sort`}
              value={sort.key}
              onChange={(event) => onSort({ ...sort, key: event.target.value as SortKey })}
              className="rounded-md border border-slate-300 bg-white px-1.5 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
            >
              {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
                <option key={key} value={key}>
                  {SORT_LABELS[key]}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            aria-label={
              sort.direction === 'asc'
                ? 'Ascending: switch to descending'
                : 'Descending: switch to ascending'
            }
            onClick={() =>
              onSort({ ...sort, direction: sort.direction === 'asc' ? 'desc' : 'asc' })
            }
            className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-700"
          >
            {sort.direction === 'asc' ? '↑' : '↓'}
          </button>
        </div>
      </div>
      <ul aria-label="Counts by status" className="flex flex-wrap gap-1 text-xs">
        {STATUS_ORDER.map((s) => (
          <li key={s}>
            <button
              type="button"
              aria-pressed={status === s}
              onClick={() => onFilter({ ...filter, statuses: status === s ? [] : [s] })}
              className="rounded border border-slate-200 px-1.5 py-px hover:bg-slate-100 aria-pressed:border-sky-600 aria-pressed:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-pressed:bg-sky-950"
            >
              {STATUS_LABELS[s]}: {counts[s]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
