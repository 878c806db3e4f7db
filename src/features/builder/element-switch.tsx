import { useId } from 'react';
import type { ListElement } from '../../language/builder-edits';

interface ElementSwitchProps {
  title: string;
  value: ListElement;
  /** The positive element (`Action`, `Resource`) and its negated form, each with its wording. */
  options: readonly [{ value: ListElement; label: string }, { value: ListElement; label: string }];
  onChange: (to: ListElement) => void;
}

/** A list section's heading with the switch between the element and its `Not…` form. */
export function ElementSwitch({ title, value, options, onChange }: ElementSwitchProps) {
  const switchId = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h4 className="text-sm font-semibold">{title}</h4>
      <label htmlFor={switchId} className="text-xs text-slate-600 dark:text-slate-300">
        The statement applies to
      </label>
      <select
        id={switchId}
        value={value}
        className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-800"
        onChange={(event) => onChange(event.target.value as ListElement)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
