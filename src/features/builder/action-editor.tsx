import { useId, useMemo, useState } from 'react';
import type { PolicyModel } from '../../catalog';
import { Button } from '../../components/ui/button';
import type { PolicyCatalogs } from '../../language';
import type { ListElement } from '../../language/builder-edits';
import { ActionLevelGroup } from './action-level-group';
import { ElementSwitch } from './element-switch';
import { EntryInput } from './entry-input';
import { buildActionChecklist, tickActions, untickActions } from './model/action-choices';
import type { ListChange, ServiceSection } from './model/action-choices';
import type { StatementView } from './model/policy-view';
import type { ApplyEdit } from './use-builder-edit';

interface ActionEditorProps {
  statement: StatementView;
  catalogs: PolicyCatalogs | null;
  model: PolicyModel;
  onEdit: ApplyEdit;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The statement's actions: a checklist per service, grouped by access level. */
export function ActionEditor({ statement, catalogs, model, onEdit }: ActionEditorProps) {
  const { actions, index } = statement;
  const [chosenElement, setChosenElement] = useState<ListElement>('Action');
  const [extraServices, setExtraServices] = useState<string[]>([]);
  const element = actions.element ?? chosenElement;
  const checklist = useMemo(
    () =>
      catalogs
        ? buildActionChecklist(actions.entries, extraServices, catalogs.lookup, model)
        : null,
    [actions.entries, extraServices, catalogs, model],
  );
  const change = ({ remove, add }: ListChange) =>
    onEdit({ kind: 'edit-list', statement: index, element, remove, add });

  if (actions.readOnly) {
    return <ReadOnlyList title="Actions" reason={actions.readOnly} entries={actions.entries} />;
  }
  const shown = new Set(checklist?.sections.map((s) => s.service));
  const addable = catalogs?.lookup.services(model).filter((s) => !shown.has(s)) ?? [];
  return (
    <section aria-label={`Actions of statement ${index + 1}`} className="space-y-2">
      <ElementSwitch
        title="Actions"
        value={element}
        options={[
          { value: 'Action', label: 'the ticked actions (Action)' },
          { value: 'NotAction', label: 'every action except the ticked ones (NotAction)' },
        ]}
        onChange={(to) => {
          if (actions.element)
            onEdit({ kind: 'rename-element', statement: index, from: actions.element, to });
          else setChosenElement(to);
        }}
      />
      {checklist === null ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Loading the catalogs… the actions can be typed below meanwhile.
        </p>
      ) : (
        checklist.sections.map((section) => (
          <ServiceChecklist
            key={section.service}
            section={section}
            onTick={(choices) => change(tickActions(choices))}
            onUntick={(choices) =>
              catalogs && change(untickActions(choices, actions.entries, catalogs.lookup, model))
            }
            onReplace={(pattern, replaces) => change({ remove: replaces, add: [pattern] })}
          />
        ))
      )}
      {checklist && checklist.others.length > 0 ? (
        <div>
          <h5 className="text-xs font-semibold">Other entries</h5>
          <ul className="space-y-0.5">
            {checklist.others.map(({ entry, matches }) => (
              <li key={entry} className="flex items-center gap-2 text-xs">
                <code className="break-all">{entry}</code>
                <span className="text-slate-600 dark:text-slate-300">
                  {matches === 0
                    ? 'matches no action of the loaded catalogs'
                    : `matches ${plural(matches, 'action')}`}
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove action entry ${entry}`}
                  onClick={() => change({ remove: [entry], add: [] })}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        {addable.length > 0 ? (
          <AddServicePicker
            services={addable}
            label={`Add a service to statement ${index + 1}`}
            onPick={(service) => setExtraServices((current) => [...current, service])}
          />
        ) : null}
        <EntryInput
          label="Action or pattern"
          placeholder="e.g. ims:images:get or ims:*:list*"
          onAdd={(entry) => change({ remove: [], add: [entry] })}
        />
      </div>
    </section>
  );
}

function ServiceChecklist({
  section,
  onTick,
  onUntick,
  onReplace,
}: {
  section: ServiceSection;
  onTick: Parameters<typeof ActionLevelGroup>[0]['onTick'];
  onUntick: Parameters<typeof ActionLevelGroup>[0]['onUntick'];
  onReplace: (pattern: string, replaces: string[]) => void;
}) {
  return (
    <div
      role="group"
      aria-label={`Actions of ${section.service}`}
      className="space-y-1.5 rounded border border-slate-200 p-2 dark:border-slate-700"
    >
      <p className="text-xs font-semibold">
        <code>{section.service}</code> — {section.serviceName}
      </p>
      {section.levels.map((group) => (
        <ActionLevelGroup
          key={group.level ?? 'none'}
          service={section.service}
          group={group}
          onTick={onTick}
          onUntick={onUntick}
        />
      ))}
      {section.suggestions.map(({ pattern, replaces }) => (
        <p
          key={pattern}
          role="note"
          className="flex flex-wrap items-center gap-2 text-xs text-sky-900 dark:text-sky-200"
        >
          <span>
            <code>{pattern}</code>
            {` would match exactly these ${replaces.length} ticked actions (in the loaded catalog${
              section.partial ? ', which holds only part of the service: it may match more' : ''
            }).`}
          </span>
          <Button
            size="sm"
            aria-label={`Use ${pattern} for ${plural(replaces.length, 'action')}`}
            onClick={() => onReplace(pattern, replaces)}
          >
            Use <code>{pattern}</code>
          </Button>
        </p>
      ))}
    </div>
  );
}

/** A service picker with its own button, so moving through the options adds nothing. */
function AddServicePicker({
  services,
  label,
  onPick,
}: {
  services: readonly string[];
  label: string;
  onPick: (service: string) => void;
}) {
  const id = useId();
  const [service, setService] = useState(services[0] ?? '');
  const current = services.includes(service) ? service : (services[0] ?? '');
  return (
    <div className="flex items-end gap-1">
      <div className="flex flex-col gap-0.5">
        <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-300">
          {label}
        </label>
        <select
          id={id}
          value={current}
          className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-800"
          onChange={(event) => setService(event.target.value)}
        >
          {services.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <Button size="sm" onClick={() => onPick(current)}>
        Show its actions
      </Button>
    </div>
  );
}

/** An element the builder cannot edit: its entries as written and why. */
export function ReadOnlyList({
  title,
  reason,
  entries,
}: {
  title: string;
  reason: string;
  entries: readonly string[];
}) {
  return (
    <section aria-label={title} className="space-y-1">
      <h4 className="text-sm font-semibold">{title}</h4>
      <p className="text-xs text-amber-800 dark:text-amber-200">{reason}</p>
      {entries.length > 0 ? (
        <ul className="text-xs">
          {entries.map((entry) => (
            <li key={entry}>
              <code>{entry}</code>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
