import { useId, useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import { useDraftsStore } from '../../stores/drafts-store';
import { EXAMPLE_TEMPLATES } from './example-templates';
import type { DraftTemplate } from './example-templates';
import { useSystemPolicyTemplates } from './use-system-policy-templates';

/** "From template…": a dialog listing the examples and the system policies. */
export function TemplateButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <Button
        size="sm"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        From template…
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        className="m-auto max-h-[80vh] open:flex w-[40rem] max-w-[90vw] flex-col rounded-lg border border-slate-300 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="flex items-center justify-between">
          <h2 id={titleId} className="text-base font-semibold">
            New draft from a template
          </h2>
          <Button size="sm" variant="ghost" onClick={() => dialog.current?.close()}>
            Close
          </Button>
        </div>
        {open ? <TemplateList onPicked={() => dialog.current?.close()} /> : null}
      </dialog>
    </>
  );
}

function TemplateList({ onPicked }: { onPicked: () => void }) {
  const createDraft = useDraftsStore((s) => s.createDraft);
  const system = useSystemPolicyTemplates(true);
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const matches = (template: DraftTemplate) =>
    `${template.name} ${template.description}`.toLowerCase().includes(filter.trim().toLowerCase());

  const use = (template: DraftTemplate) => {
    createDraft({
      name: template.name,
      policyType: template.policyType,
      text: `${JSON.stringify(template.document, null, 2)}\n`,
    });
    onPicked();
  };

  return (
    <div className="mt-3 flex min-h-0 flex-col gap-3 text-sm">
      <div className="flex flex-col gap-1">
        <label htmlFor={filterId} className="font-medium">
          Filter templates
        </label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          className="rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-800"
        />
      </div>
      <div className="min-h-0 space-y-3 overflow-auto">
        <TemplateGroup title="Examples" templates={EXAMPLE_TEMPLATES.filter(matches)} onUse={use} />
        {system.status === 'success' ? (
          <TemplateGroup
            title="System policies"
            templates={system.templates.filter(matches)}
            onUse={use}
          />
        ) : (
          <section aria-label="System policies">
            <h3 className="font-semibold">System policies</h3>
            <p
              role={system.status === 'error' ? 'alert' : 'status'}
              className="text-slate-600 dark:text-slate-300"
            >
              {system.status === 'error'
                ? `System policies are unavailable: ${system.message}`
                : 'Loading system policies…'}
            </p>
          </section>
        )}
      </div>
    </div>
  );
}

function TemplateGroup({
  title,
  templates,
  onUse,
}: {
  title: string;
  templates: DraftTemplate[];
  onUse: (template: DraftTemplate) => void;
}) {
  return (
    <section aria-label={title}>
      <h3 className="font-semibold">{title}</h3>
      {templates.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-300">No template matches.</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-700">
          {templates.map((template) => (
            <li key={template.id} className="flex items-start justify-between gap-3 py-2">
              <div className="min-w-0">
                <p className="font-medium">
                  {template.name}{' '}
                  <span className="text-xs font-normal text-slate-600 dark:text-slate-300">
                    {template.policyType === 'scp' ? 'SCP' : 'identity policy'}
                  </span>
                </p>
                <p className="text-xs text-slate-600 dark:text-slate-300">{template.description}</p>
              </div>
              <Button
                size="sm"
                onClick={() => onUse(template)}
                aria-label={`Use template ${template.name}`}
              >
                Use
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
