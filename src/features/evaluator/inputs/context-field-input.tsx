import { useId, useState } from 'react';
import { checkContextValue, splitValues, valueText } from '../model/context-fields';
import type { ContextField } from '../model/context-fields';

const PLACEHOLDERS: Record<ContextField['type'], string> = {
  string: 'text',
  number: 'e.g. 8',
  boolean: '',
  date: 'e.g. 2025-01-31T12:00:00Z',
  ip_address: 'e.g. 192.0.2.10',
};

interface ContextFieldInputProps {
  field: ContextField;
  value: string | string[] | undefined;
  onChange: (text: string) => void;
}

/** One typed context input, checked as the user types; the message says what is expected. */
export function ContextFieldInput({ field, value, onChange }: ContextFieldInputProps) {
  const id = useId();
  const stored = valueText(value);
  // The field keeps the text as typed (a trailing comma, a half-typed date) while the store keeps
  // the values; it follows the store only when the values change from elsewhere.
  const [text, setText] = useState(stored);
  const [shownFor, setShownFor] = useState(stored);
  if (stored !== shownFor) {
    setShownFor(stored);
    setText(stored);
  }
  const problem = checkContextValue(field, text);
  const update = (next: string) => {
    setText(next);
    setShownFor(field.multiValued ? splitValues(field, next).join(', ') : next.trim());
    onChange(next);
  };
  const hint = `${field.type.replace('_', ' ')}${field.multiValued ? ', several values comma-separated' : ''}${field.description ? `; ${field.description}` : ''}`;
  const inputClass =
    'w-full min-w-0 rounded border bg-white px-1.5 py-0.5 font-mono text-sm dark:bg-slate-800 ' +
    (problem ? 'border-rose-500' : 'border-slate-300 dark:border-slate-600');
  return (
    <div className="space-y-0.5">
      <label htmlFor={id} className="block font-mono text-xs font-medium">
        {field.key}
      </label>
      {field.type === 'boolean' && !field.multiValued ? (
        <select
          id={id}
          className={inputClass}
          value={text}
          onChange={(e) => update(e.target.value)}
        >
          <option value="">(empty)</option>
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      ) : (
        <input
          id={id}
          className={inputClass}
          value={text}
          placeholder={PLACEHOLDERS[field.type]}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
          onChange={(e) => update(e.target.value)}
        />
      )}
      <p
        id={`${id}-hint`}
        className={
          problem
            ? 'text-xs text-rose-700 dark:text-rose-300'
            : 'text-[0.6875rem] text-slate-500 dark:text-slate-400'
        }
      >
        {problem ? `${problem}; ignored until fixed` : hint}
      </p>
    </div>
  );
}
