import clsx from 'clsx';
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  /** Marks the tab (failing expectations). */
  alert?: boolean;
}

interface EvaluatorTabsProps<T extends string> {
  tabs: readonly TabSpec<T>[];
  selected: T;
  onSelect: (id: T) => void;
}

export const tabId = (id: string) => `evaluator-tab-${id}`;
export const panelId = (id: string) => `evaluator-panel-${id}`;

/** The panel's views as ARIA tabs: arrows, Home and End move between them. */
export function EvaluatorTabs<T extends string>({
  tabs,
  selected,
  onSelect,
}: EvaluatorTabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(tab.id)}`)?.focus();
  };
  return (
    <div
      ref={list}
      role="tablist"
      aria-label="Evaluator views"
      onKeyDown={onKeyDown}
      className="flex flex-wrap gap-x-1 border-b border-slate-200 px-2 dark:border-slate-700"
    >
      {tabs.map((tab) => (
        <button
          key={tab.id}
          id={tabId(tab.id)}
          type="button"
          role="tab"
          aria-selected={tab.id === selected}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          className={clsx(
            'border-b-2 px-1.5 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-sky-600',
            tab.id === selected
              ? 'border-sky-600 text-sky-800 dark:text-sky-300'
              : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white',
            tab.alert && 'text-rose-700 dark:text-rose-300',
          )}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
