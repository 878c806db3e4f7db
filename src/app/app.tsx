import clsx from 'clsx';
import { useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import { CatalogBrowser } from '../features/catalog-browser/catalog-browser';
import { DraftsPane } from '../features/drafts/drafts-pane';
import { EvaluatorPane } from '../features/evaluator/evaluator-pane';
import { useKeyShortcut } from '../lib/use-key-shortcut';
import { useUiStore } from '../stores/ui-store';
import { AppHeader } from './app-header';
import { PaneErrorBoundary } from './pane-error-boundary';
import { Providers } from './providers';
import { ServiceWorkerUpdates } from './update-prompt';
import { useThemeClass } from './use-theme-class';

function Pane({
  name,
  paneRef,
  className,
  children,
}: {
  name: string;
  paneRef: RefObject<HTMLDivElement | null>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      ref={paneRef}
      tabIndex={-1}
      data-pane={name}
      className={clsx('flex min-h-0 min-w-0 flex-col focus:outline-none', className)}
    >
      <PaneErrorBoundary pane={name}>{children}</PaneErrorBoundary>
    </div>
  );
}

/** The three panes, each behind its own error boundary; side panes can be hidden. */
function Workbench() {
  useThemeClass();
  const panes = useUiStore((state) => state.panes);
  const catalogRef = useRef<HTMLDivElement>(null);
  const draftsRef = useRef<HTMLDivElement>(null);
  const evaluatorRef = useRef<HTMLDivElement>(null);
  useKeyShortcut(
    '1',
    () => catalogRef.current?.querySelector<HTMLElement>('#catalog-search')?.focus(),
    { alt: true },
  );
  useKeyShortcut('2', () => draftsRef.current?.focus(), { alt: true });
  useKeyShortcut('3', () => evaluatorRef.current?.focus(), { alt: true });
  const columns = [
    panes.catalog ? 'minmax(22rem, 32%)' : null,
    'minmax(0, 1fr)',
    panes.evaluator ? 'minmax(16rem, 24%)' : null,
  ].filter(Boolean);
  return (
    <div className="flex h-dvh min-w-[1280px] flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <AppHeader />
      <ServiceWorkerUpdates />
      <main
        className="grid min-h-0 flex-1 divide-x divide-slate-200 dark:divide-slate-700"
        style={{ gridTemplateColumns: columns.join(' ') }}
      >
        {panes.catalog ? (
          <Pane name="catalog" paneRef={catalogRef} className="bg-white dark:bg-slate-900">
            <section aria-label="Catalog browser" className="flex h-full min-h-0 flex-col">
              <CatalogBrowser />
            </section>
          </Pane>
        ) : null}
        <Pane name="drafts" paneRef={draftsRef}>
          <DraftsPane />
        </Pane>
        {panes.evaluator ? (
          <Pane name="evaluator" paneRef={evaluatorRef} className="bg-white dark:bg-slate-900">
            <EvaluatorPane />
          </Pane>
        ) : null}
      </main>
    </div>
  );
}

export function App() {
  return (
    <Providers>
      <Workbench />
    </Providers>
  );
}
