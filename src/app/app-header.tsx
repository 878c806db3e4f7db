import clsx from 'clsx';
import { ShortcutSheet } from '../features/shortcuts/shortcut-sheet';
import { useUiStore } from '../stores/ui-store';
import type { PaneName } from '../stores/ui-store';
import { ThemeSwitch } from './theme-switch';

const paneLabels: Record<PaneName, string> = { catalog: 'Catalog', evaluator: 'Evaluator' };

function PaneToggle({ name }: { name: PaneName }) {
  const open = useUiStore((state) => state.panes[name]);
  const togglePane = useUiStore((state) => state.togglePane);
  return (
    <button
      type="button"
      aria-pressed={open}
      onClick={() => togglePane(name)}
      className={clsx(
        'rounded-md border px-2 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-sky-600',
        open
          ? 'border-slate-400 bg-slate-200 text-slate-900 dark:border-slate-500 dark:bg-slate-700 dark:text-white'
          : 'border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300',
      )}
    >
      {`${paneLabels[name]} pane`}
    </button>
  );
}

/** The banner: app name, pane toggles, theme and the shortcut sheet. */
export function AppHeader() {
  return (
    <header className="flex h-11 shrink-0 items-center gap-4 border-b border-slate-200 bg-white px-3 dark:border-slate-700 dark:bg-slate-900">
      <h1 className="text-base font-semibold tracking-tight">Policy Workbench</h1>
      <p className="hidden text-xs text-slate-600 xl:block dark:text-slate-300">
        Huawei Cloud IAM identity policies and SCPs
      </p>
      <div className="ml-auto flex items-center gap-3">
        <div role="group" aria-label="Panes" className="flex gap-1">
          <PaneToggle name="catalog" />
          <PaneToggle name="evaluator" />
        </div>
        <ThemeSwitch />
        <ShortcutSheet />
      </div>
    </header>
  );
}
