import { useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { checkConditionValue, concreteKeyName, operatorGroups } from './model/condition-options';
import type { KeyOption } from './model/condition-options';

interface ConditionFormProps {
  statementNumber: number;
  keys: readonly KeyOption[];
  onAdd: (operator: string, key: string, values: string[]) => boolean;
}

const TYPE_LABELS: Record<string, string> = {
  string: 'string',
  number: 'number',
  date: 'date',
  boolean: 'boolean',
  ip_address: 'IP address',
};

const describeKey = (key: KeyOption) =>
  `${key.name} (${key.type === null ? 'type not documented' : TYPE_LABELS[key.type]}${key.multiValued ? ', multi-valued' : ''})`;

const fieldClass =
  'rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-800';

/**
 * Adds a condition: a key from those the actions support (plus global keys), an operator that
 * fits the key's type, and values checked against that type before anything is written.
 */
export function ConditionForm({ statementNumber, keys, onAdd }: ConditionFormProps) {
  const ids = { key: useId(), tag: useId(), operator: useId(), values: useId(), errors: useId() };
  const [keyName, setKeyName] = useState(keys[0]?.name ?? '');
  const [tagKey, setTagKey] = useState('');
  const [operator, setOperator] = useState('');
  const [valuesText, setValuesText] = useState('');
  const [tried, setTried] = useState(false);
  const key = keys.find((k) => k.name === keyName) ?? keys[0];
  if (!key) return null;
  const groups = operatorGroups(key);
  const operators = groups.flatMap((g) => g.operators);
  const chosenOperator = operators.includes(operator) ? operator : (operators[0] ?? '');
  const values = valuesText
    .split('\n')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const problems = [
    ...(key.family && tagKey.trim() === '' ? ['type the tag key the condition is about'] : []),
    ...(values.length === 0 ? ['give at least one value'] : []),
    ...values.flatMap((value) => {
      const problem = checkConditionValue(chosenOperator, value);
      return problem ? [problem] : [];
    }),
  ];
  const serviceKeys = keys.filter((k) => !k.global);
  const globalKeys = keys.filter((k) => k.global);
  const submit = () => {
    setTried(true);
    if (problems.length > 0) return;
    if (onAdd(chosenOperator, concreteKeyName(key, tagKey), values)) {
      setValuesText('');
      setTried(false);
    }
  };

  return (
    <fieldset className="space-y-1.5 rounded border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-xs font-semibold">{`Add a condition to statement ${statementNumber}`}</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-0.5">
          <label htmlFor={ids.key} className="text-xs font-medium">
            Condition key
          </label>
          <select
            id={ids.key}
            value={key.name}
            className={fieldClass}
            onChange={(e) => setKeyName(e.target.value)}
          >
            {serviceKeys.length > 0 ? (
              <optgroup label="Keys the actions support">
                {serviceKeys.map((k) => (
                  <option key={k.name} value={k.name}>
                    {describeKey(k)}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label="Global keys">
              {globalKeys.map((k) => (
                <option key={k.name} value={k.name}>
                  {describeKey(k)}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        {key.family ? (
          <div className="flex flex-col gap-0.5">
            <label htmlFor={ids.tag} className="text-xs font-medium">
              Tag key
            </label>
            <input
              id={ids.tag}
              value={tagKey}
              spellCheck={false}
              className={`${fieldClass} w-28 font-mono`}
              onChange={(e) => setTagKey(e.target.value)}
            />
          </div>
        ) : null}
        <div className="flex flex-col gap-0.5">
          <label htmlFor={ids.operator} className="text-xs font-medium">
            Operator
          </label>
          <select
            id={ids.operator}
            value={chosenOperator}
            className={fieldClass}
            onChange={(e) => setOperator(e.target.value)}
          >
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.operators.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      </div>
      {key.description ? (
        <p className="text-[0.6875rem] text-slate-600 dark:text-slate-300">{key.description}</p>
      ) : null}
      <div className="flex flex-col gap-0.5">
        <label htmlFor={ids.values} className="text-xs font-medium">
          Values, one per line
        </label>
        <textarea
          id={ids.values}
          rows={2}
          value={valuesText}
          spellCheck={false}
          aria-invalid={tried && problems.length > 0}
          aria-describedby={ids.errors}
          className={`${fieldClass} w-full font-mono`}
          onChange={(e) => setValuesText(e.target.value)}
        />
      </div>
      <ul id={ids.errors} aria-live="polite" className="text-xs text-rose-700 dark:text-rose-300">
        {(tried
          ? problems
          : problems.filter((p) => !p.startsWith('give') && !p.startsWith('type'))
        ).map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <Button size="sm" onClick={submit}>
        Add condition
      </Button>
    </fieldset>
  );
}
