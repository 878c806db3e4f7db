import { useVirtualizer } from '@tanstack/react-virtual';
import clsx from 'clsx';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface VirtualListProps<T> {
  items: readonly T[];
  /** First guess of a row's height in px; rows are measured once rendered. */
  estimateSize: number | ((item: T) => number);
  getKey: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** Accessible name of the list. */
  label: string;
  /**
   * `listbox` when the rows are options driven from a combobox; `grid` when `renderItem` renders
   * `row` elements that handle their own focus (roving tabindex); else a plain list.
   */
  role?: 'list' | 'listbox' | 'grid';
  id?: string;
  /** Keeps this row in view (the keyboard-active option). */
  activeIndex?: number | null;
  className?: string;
}

/**
 * A scrollable list that renders only the rows in view, so thousands of rows stay smooth. The
 * list fills its parent's height: give the parent a bounded height (`min-h-0 flex-1`).
 */
export function VirtualList<T>({
  items,
  estimateSize,
  getKey,
  renderItem,
  label,
  role = 'list',
  id,
  activeIndex,
  className,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => {
      const item = items[index];
      if (typeof estimateSize === 'number' || item === undefined) return Number(estimateSize) || 40;
      return estimateSize(item);
    },
    getItemKey: (index) => {
      const item = items[index];
      return item === undefined ? index : getKey(item, index);
    },
    overscan: 8,
  });

  useEffect(() => {
    if (activeIndex !== null && activeIndex !== undefined && activeIndex >= 0) {
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    }
  }, [activeIndex, virtualizer]);

  return (
    <div
      ref={scrollRef}
      id={id}
      role={role}
      aria-label={label}
      // A grid's rows are not all in the DOM, so it says how many there are.
      aria-rowcount={role === 'grid' ? items.length : undefined}
      tabIndex={role === 'list' ? 0 : -1}
      className={clsx(
        'relative min-h-0 flex-1 overflow-auto focus-visible:outline-2 focus-visible:outline-sky-600',
        className,
      )}
    >
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <div
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              role={role === 'list' ? 'listitem' : undefined}
              className="absolute top-0 left-0 w-full"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {renderItem(item, row.index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
