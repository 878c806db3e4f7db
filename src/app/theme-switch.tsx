import clsx from 'clsx';
import { useUiStore } from '../stores/ui-store';
import type { Theme } from '../stores/ui-store';

const options: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** System / light / dark as a radio group (arrow keys move between the three). */
export function ThemeSwitch() {
  const theme = useUiStore((state) => state.theme);
  const setTheme = useUiStore((state) => state.setTheme);
  return (
    <fieldset className="flex items-center gap-1">
      <legend className="sr-only">Theme</legend>
      <span aria-hidden="true" className="mr-1 text-xs text-slate-600 dark:text-slate-300">
        Theme
      </span>
      <div className="flex rounded-md border border-slate-300 p-0.5 dark:border-slate-600">
        {options.map((option) => (
          <label
            key={option.value}
            className={clsx(
              'relative rounded px-2 py-0.5 text-xs has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600',
              theme === option.value
                ? 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900'
                : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-700',
            )}
          >
            <input
              type="radio"
              name="theme"
              value={option.value}
              checked={theme === option.value}
              onChange={() => setTheme(option.value)}
              // Covers the label, invisible: clicks land on the radio itself.
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
