import clsx from 'clsx';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { VirtualList } from '../../../components/ui/virtual-list';
import type { ApiMatrixRow } from '../../../engine';
import { CodeText } from '../../../components/ui/code-text';
import type { MatrixItem, ServiceGroup } from '../model/matrix-view';
import { rowKey } from '../model/matrix-view';
import { STATUS_LABELS, STATUS_ORDER } from '../model/status';
import { StatusBadge } from '../status-badge';

/** Cells per API row: status, the API, the action with the reason. */
const COLUMNS = 3;
/** Rows PageUp and PageDown move by: about a screenful. */
const PAGE_ROWS = 10;

interface MatrixListProps {
  items: readonly MatrixItem[];
  /** The row that is the grid's one tab stop; the first row when it is not shown. */
  tabStop: string | null;
  onTabStop: (key: string) => void;
  /** Focus the tab stop once mounted (coming back from its explanation). */
  focusOnMount: boolean;
  onFocused: () => void;
  /** Row keys of APIs that break an expectation of the evaluated draft. */
  failing: ReadonlySet<string>;
  levelName: (text: string) => string;
  onOpen: (row: ApiMatrixRow) => void;
}

function GroupHeader({ group, index }: { group: ServiceGroup; index: number }) {
  const counts = STATUS_ORDER.filter((s) => group.counts[s] > 0).map(
    (s) => `${group.counts[s]} ${STATUS_LABELS[s]}`,
  );
  return (
    <div role="row" aria-rowindex={index + 1}>
      <div
        role="rowheader"
        aria-colspan={COLUMNS}
        className="border-y border-slate-200 bg-slate-100 px-3 py-1 text-xs dark:border-slate-700 dark:bg-slate-800"
      >
        <span className="font-semibold">{group.service.toUpperCase()}</span>{' '}
        <span>
          {group.rows.length} of {group.total} APIs
        </span>
        <span className="block text-slate-600 dark:text-slate-300">{counts.join(' · ')}</span>
      </div>
    </div>
  );
}

function Row({
  row,
  index,
  tabStop,
  failing,
  levelName,
  onOpen,
  onTabStop,
}: {
  row: ApiMatrixRow;
  index: number;
  tabStop: boolean;
  failing: boolean;
} & Pick<MatrixListProps, 'levelName' | 'onOpen' | 'onTabStop'>) {
  const key = rowKey(row);
  return (
    <div
      role="row"
      aria-rowindex={index + 1}
      tabIndex={tabStop ? 0 : -1}
      data-row-key={key}
      onFocus={() => onTabStop(key)}
      onClick={() => onOpen(row)}
      className={clsx(
        'flex w-full cursor-pointer flex-wrap items-center gap-x-1.5 border-b border-slate-100 px-3 py-1 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-800 dark:hover:bg-slate-800',
        failing && 'border-l-4 border-l-rose-600',
      )}
    >
      <span role="gridcell">
        <StatusBadge status={row.status} />
      </span>
      <span role="gridcell" className="min-w-0 flex-1 font-mono text-xs break-all">
        <span className="font-semibold">{row.method ?? 'API'}</span> {row.path}
        {/* A space, so the cell reads "DELETE /path fails an expectation" to assistive technology. */}
        {failing ? ' ' : null}
        {failing ? (
          <span className="ml-1.5 font-sans font-semibold text-rose-700 dark:text-rose-300">
            fails an expectation
          </span>
        ) : null}
      </span>
      <span
        role="gridcell"
        className="mt-0.5 basis-full text-xs text-slate-600 dark:text-slate-300"
      >
        <span className="font-mono">{row.action}</span> — <CodeText text={levelName(row.reason)} />
      </span>
    </div>
  );
}

/** Where a key moves the focus among the API rows (group headers are skipped), or `null`. */
function targetRow(key: string, rows: readonly number[], at: number): number | null {
  const position = rows.indexOf(at);
  const moves: Record<string, number> = {
    ArrowDown: position + 1,
    ArrowUp: position - 1,
    PageDown: Math.min(position + PAGE_ROWS, rows.length - 1),
    PageUp: Math.max(position - PAGE_ROWS, 0),
    Home: 0,
    End: rows.length - 1,
  };
  const next = moves[key];
  return next === undefined ? null : (rows[next] ?? null);
}

/**
 * The matrix's groups and rows as a grid (virtualised): one tab stop, arrow keys move between
 * rows, Enter or a click opens a row's explanation.
 */
export function MatrixList({
  items,
  tabStop,
  onTabStop,
  focusOnMount,
  onFocused,
  failing,
  levelName,
  onOpen,
}: MatrixListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const rowIndexes = items.flatMap((item, index) => (item.kind === 'row' ? [index] : []));
  const keyAt = (index: number | undefined) => {
    const item = index === undefined ? undefined : items[index];
    return item?.kind === 'row' ? rowKey(item.row) : null;
  };
  const shownStop = rowIndexes.find((index) => keyAt(index) === tabStop) ?? rowIndexes[0];
  const [focusKey, setFocusKey] = useState(focusOnMount ? keyAt(shownStop) : null);
  const focusIndex = rowIndexes.find((index) => keyAt(index) === focusKey) ?? null;

  useEffect(() => {
    if (focusKey === null) return;
    // The list scrolls the row into view (`activeIndex`); focus it once it is rendered.
    const frame = requestAnimationFrame(() => {
      listRef.current
        ?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(focusKey)}"]`)
        ?.focus();
      setFocusKey(null);
      onFocused();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusKey, onFocused]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.role !== 'row') return;
    const at = rowIndexes.find((index) => keyAt(index) === target.dataset.rowKey);
    const item = at === undefined ? undefined : items[at];
    if (at === undefined || item?.kind !== 'row') return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(item.row);
      return;
    }
    const next = targetRow(event.key, rowIndexes, at);
    if (next === null) return;
    event.preventDefault();
    setFocusKey(keyAt(next));
  };

  return (
    <div ref={listRef} className="flex min-h-0 flex-1 flex-col" onKeyDown={onKeyDown}>
      <VirtualList
        label="API matrix"
        role="grid"
        items={items}
        activeIndex={focusIndex}
        estimateSize={(item) => (item.kind === 'group' ? 44 : 52)}
        getKey={(item) =>
          item.kind === 'group' ? `group ${item.group.service}` : rowKey(item.row)
        }
        renderItem={(item, index) =>
          item.kind === 'group' ? (
            <GroupHeader group={item.group} index={index} />
          ) : (
            <Row
              row={item.row}
              index={index}
              tabStop={index === shownStop}
              failing={failing.has(rowKey(item.row))}
              levelName={levelName}
              onOpen={onOpen}
              onTabStop={onTabStop}
            />
          )
        }
      />
    </div>
  );
}
