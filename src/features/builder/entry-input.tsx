import { useId, useState } from 'react';
import { Button } from '../../components/ui/button';

interface EntryInputProps {
  label: string;
  placeholder: string;
  onAdd: (entry: string) => boolean;
}

/** A text field with an Add button (Enter adds too) for entries the pickers do not offer. */
export function EntryInput({ label, placeholder, onAdd }: EntryInputProps) {
  const id = useId();
  const errorId = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const entry = value.trim();
    if (entry === '') return setError('type an entry first');
    if (/[\s"]/.test(entry)) return setError(`\`${entry}\` cannot hold spaces or quotes`);
    if (onAdd(entry)) {
      setValue('');
      setError(null);
    }
  };
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-300">
        {label}
      </label>
      <div className="flex gap-1">
        <input
          id={id}
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          className="w-64 min-w-0 rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <Button size="sm" onClick={add}>
          Add
        </Button>
      </div>
      {error ? (
        <p id={errorId} className="text-xs text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
