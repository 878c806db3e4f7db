import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { useDraftsStore } from '../../../stores/drafts-store';
import { addDependencyActions } from '../../../language';
import type { DependencyView } from '../model/dependency-view';
import { CodeText } from '../../../components/ui/code-text';

/** An API's dependency actions, with the one-click fix for those no statement allows. */
export function DependencySection({ view }: { view: DependencyView }) {
  const [message, setMessage] = useState<string | null>(null);
  if (view.lines.length === 0) return null;
  const fix = () => {
    const target = view.target;
    if (!target) return;
    const draft = useDraftsStore.getState().drafts.find((d) => d.id === target.id);
    if (!draft) return;
    const result = addDependencyActions(draft.text, view.fixable);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    useDraftsStore.getState().updateDraftText(draft.id, result.text);
    setMessage(`Added ${result.added.join(', ')} to ${target.name}.`);
  };
  return (
    <section aria-label="Dependencies" className="space-y-1">
      <h4 className="text-xs font-semibold uppercase tracking-wide">Dependencies</h4>
      <ul className="space-y-0.5 text-xs">
        {view.lines.map((line) => (
          <li
            key={line.action}
            className={line.missing ? 'font-medium text-amber-800 dark:text-amber-300' : ''}
          >
            <CodeText
              text={`\`${line.action}\`: ${line.label}${line.missing ? ' (missing)' : ''}`}
            />
            {line.condition ? (
              <span className="text-slate-600 dark:text-slate-400"> — only {line.condition}</span>
            ) : null}
          </li>
        ))}
      </ul>
      {view.fixable.length > 0 && view.target ? (
        <Button size="sm" variant="primary" onClick={fix}>
          Add missing dependencies to {view.target.name}
        </Button>
      ) : null}
      {view.blocked.length > 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Adding to the draft cannot grant {view.blocked.join(', ')}: a Deny statement or an SCP
          blocks it.
        </p>
      ) : null}
      {message ? (
        <p role="status" className="text-xs">
          {message}
        </p>
      ) : null}
    </section>
  );
}
