import { useMemo, useState } from 'react';
import type { PolicyModel } from '../../catalog';
import { Button } from '../../components/ui/button';
import type { PolicyType } from '../../engine';
import type { PolicyCatalogs } from '../../language';
import type { ListElement } from '../../language/builder-edits';
import { ReadOnlyList } from './action-editor';
import { ElementSwitch } from './element-switch';
import { EntryInput } from './entry-input';
import type { StatementView } from './model/policy-view';
import { resolveActions, statementResources } from './model/statement-resources';
import type { ApplyEdit } from './use-builder-edit';
import { UrnForm } from './urn-form';

interface ResourceEditorProps {
  statement: StatementView;
  catalogs: PolicyCatalogs | null;
  model: PolicyModel;
  policyType: PolicyType;
  onEdit: ApplyEdit;
}

/** The statement's resources: the list as written, `*`, and a URN form per resource type. */
export function ResourceEditor({
  statement,
  catalogs,
  model,
  policyType,
  onEdit,
}: ResourceEditorProps) {
  const { resources, index } = statement;
  const [chosenElement, setChosenElement] = useState<ListElement>('Resource');
  const element = resources.element ?? chosenElement;
  const offered = useMemo(() => {
    if (!catalogs || statement.actions.element !== 'Action') return null;
    return statementResources(
      resolveActions(statement.actions.entries, catalogs, model),
      catalogs,
      model,
    );
  }, [catalogs, statement.actions, model]);
  const add = (entry: string) =>
    onEdit({ kind: 'edit-list', statement: index, element, remove: [], add: [entry] });

  if (resources.readOnly) {
    return (
      <ReadOnlyList title="Resources" reason={resources.readOnly} entries={resources.entries} />
    );
  }
  const namesUrns = resources.entries.some((entry) => entry !== '*');
  return (
    <section aria-label={`Resources of statement ${index + 1}`} className="space-y-2">
      <ElementSwitch
        title="Resources"
        value={element}
        options={[
          { value: 'Resource', label: 'the listed resources (Resource)' },
          { value: 'NotResource', label: 'every resource except the listed ones (NotResource)' },
        ]}
        onChange={(to) => {
          if (resources.element)
            onEdit({ kind: 'rename-element', statement: index, from: resources.element, to });
          else setChosenElement(to);
        }}
      />
      {resources.element === null ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          No resource element: the statement applies to all resources.
        </p>
      ) : (
        <ul
          aria-label={`${resources.element} entries of statement ${index + 1}`}
          className="space-y-0.5"
        >
          {resources.entries.length === 0 ? (
            <li className="text-xs text-rose-700 dark:text-rose-300">The list is empty.</li>
          ) : null}
          {resources.entries.map((entry) => (
            <li key={entry} className="flex items-center gap-2 text-xs">
              <code className="break-all">{entry}</code>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove resource ${entry}`}
                onClick={() =>
                  onEdit({ kind: 'edit-list', statement: index, element, remove: [entry], add: [] })
                }
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {policyType === 'scp' && statement.effect === 'Allow' ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          SCP Allow statements are documented with <code>*</code> only.
        </p>
      ) : null}
      {offered && namesUrns && offered.resourceless.length > 0 ? (
        <p role="note" className="text-xs text-amber-800 dark:text-amber-200">
          {`${offered.resourceless.join(', ')} take${offered.resourceless.length === 1 ? 's' : ''} no resource type: only `}
          <code>*</code> (or no resource element) lets the statement apply to{' '}
          {offered.resourceless.length === 1 ? 'it' : 'them'}.
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-2">
        {!resources.entries.includes('*') ? (
          <Button size="sm" onClick={() => add('*')}>
            Add all resources (*)
          </Button>
        ) : null}
        {resources.element ? (
          <Button
            size="sm"
            onClick={() =>
              onEdit({
                kind: 'remove-element',
                statement: index,
                element: resources.element as ListElement,
              })
            }
          >
            {`Remove the ${resources.element} element`}
          </Button>
        ) : null}
      </div>
      {offered?.forms.map((form) => (
        <UrnForm key={`${form.template.service}:${form.template.type}`} form={form} onAdd={add} />
      ))}
      <EntryInput label="URN pattern" placeholder="e.g. ims:*:*:image:*" onAdd={add} />
    </section>
  );
}
