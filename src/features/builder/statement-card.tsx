import { useId, useState } from 'react';
import type { PolicyModel } from '../../catalog';
import type { PolicyType } from '../../engine';
import type { PolicyCatalogs } from '../../language';
import { ActionEditor } from './action-editor';
import { CardFindings } from './card-findings';
import { ConditionEditor } from './condition-editor';
import type { StatementView } from './model/policy-view';
import { ResourceEditor } from './resource-editor';
import { StatementToolbar } from './statement-toolbar';
import type { ApplyEdit } from './use-builder-edit';

export interface StatementCardProps {
  statement: StatementView;
  count: number;
  catalogs: PolicyCatalogs | null;
  model: PolicyModel;
  policyType: PolicyType;
  onEdit: ApplyEdit;
  onReveal: (offset: number, length: number) => void;
}

const fieldClass =
  'rounded border border-slate-300 bg-white px-1.5 py-0.5 text-sm dark:border-slate-600 dark:bg-slate-800';

/** One statement as a card: Sid and Effect, then actions, resources and conditions. */
export function StatementCard(props: StatementCardProps) {
  const { statement, onEdit, onReveal } = props;
  const number = statement.index + 1;
  const title = `Statement ${number}${statement.sid ? `: ${statement.sid}` : ''}`;
  return (
    <article
      aria-label={title}
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-3 shadow-sm dark:border-slate-600 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        <StatementToolbar index={statement.index} count={props.count} onEdit={onEdit} />
      </div>
      {statement.readOnly ? (
        <p className="text-xs text-amber-800 dark:text-amber-200">{statement.readOnly}</p>
      ) : (
        <>
          <div className="flex flex-wrap items-end gap-3">
            <SidField statement={statement} onEdit={onEdit} />
            <EffectField statement={statement} onEdit={onEdit} />
          </div>
          <ActionEditor {...props} />
          <ResourceEditor {...props} />
          <ConditionEditor {...props} />
        </>
      )}
      {statement.otherKeys.length > 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          {'Kept as written (edit in the JSON): '}
          {statement.otherKeys.map((key, i) => (
            <span key={key}>
              {i > 0 ? ', ' : ''}
              <code>{key}</code>
            </span>
          ))}
        </p>
      ) : null}
      <CardFindings
        label={`Findings of statement ${number}`}
        findings={statement.findings}
        onReveal={onReveal}
      />
    </article>
  );
}

/** The Sid is written when the field is left (or on Enter), not on every keystroke. */
function SidField({ statement, onEdit }: { statement: StatementView; onEdit: ApplyEdit }) {
  const id = useId();
  const written = statement.sid ?? '';
  const [draft, setDraft] = useState<{ for: string; value: string } | null>(null);
  const value = draft?.for === written ? draft.value : written;
  const commit = () => {
    if (value.trim() !== written)
      onEdit({ kind: 'set-sid', statement: statement.index, sid: value.trim() });
    setDraft(null);
  };
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium">
        Sid
      </label>
      <input
        id={id}
        value={value}
        placeholder="optional name"
        spellCheck={false}
        className={`${fieldClass} w-48 font-mono`}
        onChange={(event) => setDraft({ for: written, value: event.target.value })}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </div>
  );
}

function EffectField({ statement, onEdit }: { statement: StatementView; onEdit: ApplyEdit }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium">
        Effect
      </label>
      <select
        id={id}
        value={statement.effect ?? ''}
        className={fieldClass}
        onChange={(event) =>
          onEdit({
            kind: 'set-effect',
            statement: statement.index,
            effect: event.target.value as 'Allow' | 'Deny',
          })
        }
      >
        {statement.effect === null ? (
          <option value="" disabled>
            {statement.effectInvalid ? 'Invalid value' : 'Not set'}
          </option>
        ) : null}
        <option value="Allow">Allow</option>
        <option value="Deny">Deny</option>
      </select>
    </div>
  );
}
