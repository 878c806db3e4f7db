import { lazy, Suspense, useEffect, useId, useRef } from 'react';
import { Button } from '../../components/ui/button';
import { useGeneratorStore } from './generator-store';

// The generator (search index, engine matrix) loads when it is first opened.
const GeneratorPanel = lazy(() => import('./generator-panel'));

/** "Generate least-privilege policy…": opens the generator dialog (also opened from the catalog). */
export function GeneratorButton() {
  const open = useGeneratorStore((s) => s.open);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <>
      <Button size="sm" onClick={() => useGeneratorStore.getState().openWith()}>
        Generate least-privilege policy…
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => useGeneratorStore.getState().close()}
        className="m-auto h-[90vh] w-[72rem] max-w-[95vw] flex-col rounded-lg border border-slate-300 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-900/40 open:flex dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="flex items-center justify-between">
          <h2 id={titleId} className="text-base font-semibold">
            Generate a least-privilege policy
          </h2>
          <Button size="sm" variant="ghost" onClick={() => useGeneratorStore.getState().close()}>
            Close
          </Button>
        </div>
        {open ? (
          <Suspense fallback={<p role="status">Loading the generator…</p>}>
            <GeneratorPanel />
          </Suspense>
        ) : null}
      </dialog>
    </>
  );
}
