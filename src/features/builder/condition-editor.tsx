import { useMemo } from 'react';
import type { PolicyModel } from '../../catalog';
import { Button } from '../../components/ui/button';
import type { PolicyType } from '../../engine';
import type { PolicyCatalogs } from '../../language';
import { ConditionForm } from './condition-form';
import { conditionKeyOptions } from './model/condition-options';
import type { StatementView } from './model/policy-view';
import { resolveActions } from './model/statement-resources';
import type { ApplyEdit } from './use-builder-edit';

interface ConditionEditorProps {
  statement: StatementView;
  catalogs: PolicyCatalogs | null;
  model: PolicyModel;
  policyType: PolicyType;
  onEdit: ApplyEdit;
}

/** The statement's conditions as written, and a form to add one. */
export function ConditionEditor({
  statement,
  catalogs,
  model,
  policyType,
  onEdit,
}: ConditionEditorProps) {
  const { index, conditions, actions } = statement;
  const keys = useMemo(() => {
    if (!catalogs) return [];
    const open = actions.element !== 'Action' || actions.entries.length === 0;
    return conditionKeyOptions(
      open ? null : resolveActions(actions.entries, catalogs, model),
      catalogs,
      model,
    );
  }, [catalogs, actions, model]);
  const forbidden = policyType === 'scp' && statement.effect === 'Allow';
  return (
    <section aria-label={`Conditions of statement ${index + 1}`} className="space-y-2">
      <h4 className="text-sm font-semibold">Conditions</h4>
      {statement.conditionsReadOnly ? (
        <p className="text-xs text-amber-800 dark:text-amber-200">{statement.conditionsReadOnly}</p>
      ) : null}
      {conditions.length === 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          None: the statement applies whatever the request context.
        </p>
      ) : (
        <ul aria-label={`Conditions of statement ${index + 1}`} className="space-y-0.5">
          {conditions.map(({ operator, key, values }) => (
            <li key={`${operator} ${key}`} className="flex flex-wrap items-center gap-1.5 text-xs">
              <code>{key}</code>
              <span className="font-semibold">{operator}</span>
              <code className="break-all">{values.join(' | ')}</code>
              {statement.conditionsReadOnly ? null : (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove condition ${operator} on ${key}`}
                  onClick={() =>
                    onEdit({ kind: 'remove-condition', statement: index, operator, key })
                  }
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {forbidden ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          SCP statements with Allow cannot have conditions.
        </p>
      ) : statement.conditionsReadOnly || !catalogs ? null : (
        <ConditionForm
          statementNumber={index + 1}
          keys={keys}
          onAdd={(operator, key, values) =>
            onEdit({ kind: 'set-condition', statement: index, operator, key, values })
          }
        />
      )}
    </section>
  );
}
