import clsx from 'clsx';
import { Fragment, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { CatalogBrowser } from '../features/catalog-browser/catalog-browser';
import { DraftsPane } from '../features/drafts/drafts-pane';
import { EvaluatorPane } from '../features/evaluator/evaluator-pane';
import { useKeyShortcut } from '../lib/use-key-shortcut';
import { useMediaQuery } from '../lib/use-media-query';
import { useUiStore } from '../stores/ui-store';
import type { PaneName } from '../stores/ui-store';
import { AppHeader } from './app-header';
import { PaneErrorBoundary } from './pane-error-boundary';
import { Providers } from './providers';
import { ServiceWorkerUpdates } from './update-prompt';
import { useThemeClass } from './use-theme-class';

type AnyPane = PaneName | 'drafts';

const PANE_LABELS: Record<AnyPane, string> = {
  catalog: 'Catalog',
  drafts: 'Drafts',
  evaluator: 'Evaluator',
};
/** Below this width three panes side by side leave none of them usable: they become tabs. */
const SIDE_BY_SIDE_QUERY = '(min-width: 1200px)';
/** Narrowest useful widths; a drag or arrow key stops there. */
const MIN_SIZES: Record<AnyPane, string> = {
  catalog: '280px',
  drafts: '440px',
  evaluator: '260px',
};

function Pane({
  name,
  paneRef,
  tab,
  children,
}: {
  name: AnyPane;
  paneRef: RefObject<HTMLDivElement | null>;
  /** Shown as a tab (narrow windows): the panel of its tab, hidden unless selected. */
  tab?: { selected: boolean };
  children: ReactNode;
}) {
  return (
    <div
      ref={paneRef}
      tabIndex={-1}
      data-pane={name}
      id={`pane-${name}`}
      role={tab ? 'tabpanel' : undefined}
      aria-labelledby={tab ? `pane-tab-${name}` : undefined}
      hidden={tab ? !tab.selected : undefined}
      className={clsx(
        'flex h-full min-h-0 min-w-0 flex-1 flex-col focus:outline-none',
        name !== 'drafts' && 'bg-white dark:bg-slate-900',
      )}
    >
      <PaneErrorBoundary pane={name}>{children}</PaneErrorBoundary>
    </div>
  );
}

function ResizeHandle({ pane }: { pane: PaneName }) {
  return (
    <Separator
      aria-label={`Resize the ${PANE_LABELS[pane].toLowerCase()} pane`}
      className="w-1 bg-slate-200 outline-none hover:bg-sky-400 focus-visible:bg-sky-600 data-[separator=active]:bg-sky-600 dark:bg-slate-700"
    />
  );
}

/** The three panes, each behind its own error boundary; side panes can be hidden and resized. */
function Workbench() {
  useThemeClass();
  const panes = useUiStore((state) => state.panes);
  const paneSizes = useUiStore((state) => state.paneSizes);
  const setPaneSizes = useUiStore((state) => state.setPaneSizes);
  const sideBySide = useMediaQuery(SIDE_BY_SIDE_QUERY);
  const [shownPane, setShownPane] = useState<AnyPane>('drafts');
  const refs: Record<AnyPane, RefObject<HTMLDivElement | null>> = {
    catalog: useRef<HTMLDivElement>(null),
    drafts: useRef<HTMLDivElement>(null),
    evaluator: useRef<HTMLDivElement>(null),
  };
  const open: AnyPane[] = [
    ...(panes.catalog ? (['catalog'] as const) : []),
    'drafts',
    ...(panes.evaluator ? (['evaluator'] as const) : []),
  ];
  const visible = sideBySide || !open.includes(shownPane) ? open : [shownPane];
  /** Shows the pane (as tabs only one is shown) and then focuses `target` in it. */
  const goTo = (pane: AnyPane, target: (element: HTMLDivElement) => HTMLElement | null) => {
    setShownPane(pane);
    requestAnimationFrame(() => {
      const element = refs[pane].current;
      if (element) target(element)?.focus();
    });
  };
  useKeyShortcut(
    '1',
    () => goTo('catalog', (pane) => pane.querySelector<HTMLElement>('#catalog-search')),
    { alt: true },
  );
  useKeyShortcut('2', () => goTo('drafts', (pane) => pane), { alt: true });
  useKeyShortcut('3', () => goTo('evaluator', (pane) => pane), { alt: true });

  const content: Record<AnyPane, ReactNode> = {
    catalog: (
      <section aria-label="Catalog browser" className="flex h-full min-h-0 flex-col">
        <CatalogBrowser />
      </section>
    ),
    drafts: <DraftsPane />,
    evaluator: <EvaluatorPane />,
  };
  const pane = (name: AnyPane) => (
    <Pane
      name={name}
      paneRef={refs[name]}
      tab={sideBySide ? undefined : { selected: visible.includes(name) }}
    >
      {content[name]}
    </Pane>
  );
  const drafts =
    100 - (panes.catalog ? paneSizes.catalog : 0) - (panes.evaluator ? paneSizes.evaluator : 0);

  return (
    <div className="flex h-dvh flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <AppHeader />
      <ServiceWorkerUpdates />
      {sideBySide ? (
        <main className="flex min-h-0 flex-1">
          <Group
            // A pane opened or closed changes the panels: lay them out afresh from the saved sizes.
            key={open.join(' ')}
            orientation="horizontal"
            className="min-h-0 flex-1"
            defaultLayout={{
              ...(panes.catalog ? { catalog: paneSizes.catalog } : {}),
              drafts,
              ...(panes.evaluator ? { evaluator: paneSizes.evaluator } : {}),
            }}
            onLayoutChanged={(layout, meta) => {
              if (!meta.isUserInteraction) return;
              const sizes = meta.requestedLayout ?? layout;
              setPaneSizes({ catalog: sizes.catalog, evaluator: sizes.evaluator });
            }}
          >
            {panes.catalog ? (
              <>
                <Panel id="catalog" minSize={MIN_SIZES.catalog} className="flex">
                  {pane('catalog')}
                </Panel>
                <ResizeHandle pane="catalog" />
              </>
            ) : null}
            <Panel id="drafts" minSize={MIN_SIZES.drafts} className="flex">
              {pane('drafts')}
            </Panel>
            {panes.evaluator ? (
              <>
                <ResizeHandle pane="evaluator" />
                <Panel id="evaluator" minSize={MIN_SIZES.evaluator} className="flex">
                  {pane('evaluator')}
                </Panel>
              </>
            ) : null}
          </Group>
        </main>
      ) : (
        <main className="flex min-h-0 flex-1 flex-col">
          <div
            role="tablist"
            aria-label="Panes"
            className="flex shrink-0 gap-1 border-b border-slate-200 bg-white px-3 dark:border-slate-700 dark:bg-slate-900"
          >
            {open.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`pane-tab-${name}`}
                aria-controls={`pane-${name}`}
                aria-selected={visible.includes(name)}
                tabIndex={visible.includes(name) ? 0 : -1}
                onClick={() => setShownPane(name)}
                onKeyDown={(event) => {
                  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
                  if (step === undefined) return;
                  const next = open[(open.indexOf(name) + step + open.length) % open.length];
                  if (next) goTo(next, () => document.getElementById(`pane-tab-${next}`));
                }}
                className={clsx(
                  '-mb-px border-b-2 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-sky-600',
                  visible.includes(name)
                    ? 'border-sky-600 font-semibold'
                    : 'border-transparent text-slate-600 dark:text-slate-300',
                )}
              >
                {PANE_LABELS[name]}
              </button>
            ))}
          </div>
          {open.map((name) => (
            <Fragment key={name}>{pane(name)}</Fragment>
          ))}
        </main>
      )}
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
