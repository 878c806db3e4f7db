import clsx from 'clsx';
import type { RefObject } from 'react';
import { VirtualList } from '../../../components/ui/virtual-list';
import type { ApiMatrixRow } from '../../../engine';
import { CodeText } from '../../../components/ui/code-text';
import type { MatrixItem, ServiceGroup } from '../model/matrix-view';
import { rowKey } from '../model/matrix-view';
import { STATUS_LABELS, STATUS_ORDER } from '../model/status';
import { StatusBadge } from '../status-badge';

interface MatrixListProps {
  items: readonly MatrixItem[];
  /** The list element, to find a row in it. */
  listRef: RefObject<HTMLDivElement | null>;
  /** A row to scroll into view. */
  activeIndex: number | null;
  /** Row keys of APIs that break an expectation of the evaluated draft. */
  failing: ReadonlySet<string>;
  levelName: (text: string) => string;
  onOpen: (row: ApiMatrixRow) => void;
}

function GroupHeader({ group }: { group: ServiceGroup }) {
  const counts = STATUS_ORDER.filter((s) => group.counts[s] > 0).map(
    (s) => `${group.counts[s]} ${STATUS_LABELS[s]}`,
  );
  return (
    <div className="border-y border-slate-200 bg-slate-100 px-3 py-1 text-xs dark:border-slate-700 dark:bg-slate-800">
      <span className="font-semibold">{group.service.toUpperCase()}</span>{' '}
      <span>
        {group.rows.length} of {group.total} APIs
      </span>
      <span className="block text-slate-600 dark:text-slate-300">{counts.join(' · ')}</span>
    </div>
  );
}

function Row({
  row,
  failing,
  levelName,
  onOpen,
}: { row: ApiMatrixRow; failing: boolean } & Pick<MatrixListProps, 'levelName' | 'onOpen'>) {
  return (
    <button
      type="button"
      data-row-key={rowKey(row)}
      onClick={() => onOpen(row)}
      className={clsx(
        'block w-full border-b border-slate-100 px-3 py-1 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-800 dark:hover:bg-slate-800',
        failing && 'border-l-4 border-l-rose-600',
      )}
    >
      <span className="flex flex-wrap items-center gap-1.5">
        <StatusBadge status={row.status} />
        <span className="font-mono text-xs font-semibold">{row.method ?? 'API'}</span>
        <span className="min-w-0 font-mono text-xs break-all">{row.path}</span>
        {failing ? (
          <span className="text-xs font-semibold text-rose-700 dark:text-rose-300">
            fails an expectation
          </span>
        ) : null}
      </span>
      <span className="mt-0.5 block text-xs text-slate-600 dark:text-slate-300">
        <span className="font-mono">{row.action}</span> — <CodeText text={levelName(row.reason)} />
      </span>
    </button>
  );
}

/** The matrix's groups and rows, virtualised; a row opens its explanation. */
export function MatrixList({
  items,
  listRef,
  activeIndex,
  failing,
  levelName,
  onOpen,
}: MatrixListProps) {
  return (
    <div ref={listRef} className="flex min-h-0 flex-1 flex-col">
      <VirtualList
        label="API matrix"
        items={items}
        activeIndex={activeIndex}
        estimateSize={(item) => (item.kind === 'group' ? 44 : 52)}
        getKey={(item) =>
          item.kind === 'group' ? `group ${item.group.service}` : rowKey(item.row)
        }
        renderItem={(item) =>
          item.kind === 'group' ? (
            <GroupHeader group={item.group} />
          ) : (
            <Row
              row={item.row}
              failing={failing.has(rowKey(item.row))}
              levelName={levelName}
              onOpen={onOpen}
            />
          )
        }
      />
    </div>
  );
}
