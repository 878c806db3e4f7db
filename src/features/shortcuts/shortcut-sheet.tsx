import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import { useKeyShortcut } from '../../lib/use-key-shortcut';
import { shortcutGroups } from './shortcut-list';

/**
 * The "Keyboard shortcuts" button and the sheet it opens (also on `?`). A native modal dialog:
 * the browser traps focus inside, Escape closes it, and focus returns to where it was.
 */
export function ShortcutSheet() {
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  useKeyShortcut('?', (event) => {
    event.preventDefault();
    setOpen(true);
  });
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-keyshortcuts="?">
        Keyboard shortcuts <kbd className="font-mono text-xs opacity-70">?</kbd>
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby="shortcut-sheet-title"
        onClose={() => setOpen(false)}
        onClick={(event) => {
          // A click on the backdrop lands on the dialog element itself.
          if (event.target === event.currentTarget) setOpen(false);
        }}
        className="m-auto w-[48rem] max-w-[calc(100vw-2rem)] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="p-4">
          <div className="flex items-center justify-between">
            <h2 id="shortcut-sheet-title" className="text-base font-semibold">
              Keyboard shortcuts
            </h2>
            <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
              Close
            </Button>
          </div>
          <div className="grid gap-x-8 md:grid-cols-2">
            {shortcutGroups.map((group) => (
              <section key={group.title} className="mt-3" aria-label={group.title}>
                <h3 className="mb-1 text-sm font-semibold text-slate-700 dark:text-slate-300">
                  {group.title}
                </h3>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  {group.shortcuts.map((shortcut) => (
                    <div key={shortcut.description} className="contents">
                      <dt className="whitespace-nowrap">
                        {shortcut.keys.map((key, index) => (
                          <span key={key}>
                            {index > 0 ? ' + ' : ''}
                            <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                              {key}
                            </kbd>
                          </span>
                        ))}
                      </dt>
                      <dd>{shortcut.description}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        </div>
      </dialog>
    </>
  );
}
