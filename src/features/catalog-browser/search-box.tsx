import { forwardRef } from 'react';
import type { KeyboardEvent } from 'react';
import { searchListId } from './search-ids';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** Arrow keys, Enter and Escape while the results are showing. */
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  expanded: boolean;
  activeOptionId: string | undefined;
}

/** The catalog search field: a combobox driving the results list below it (focus with `/`). */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox(
  { value, onChange, onKeyDown, expanded, activeOptionId },
  ref,
) {
  return (
    <form
      role="search"
      aria-label="Catalog"
      className="px-3 pt-3 pb-2"
      onSubmit={(event) => event.preventDefault()}
    >
      <label htmlFor="catalog-search" className="sr-only">
        Search actions, APIs, condition keys and resource types
      </label>
      <div className="relative">
        <input
          ref={ref}
          id="catalog-search"
          type="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={searchListId}
          aria-autocomplete="list"
          aria-activedescendant={activeOptionId}
          autoComplete="off"
          spellCheck={false}
          placeholder="Search actions, APIs, keys…"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          className="w-full rounded-md border border-slate-300 bg-white py-1.5 pr-8 pl-2 text-sm text-slate-900 placeholder:text-slate-500 focus:border-sky-600 focus:outline-2 focus:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <kbd
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-slate-300 px-1 font-mono text-xs text-slate-500 dark:border-slate-600 dark:text-slate-400"
        >
          /
        </kbd>
      </div>
    </form>
  );
});
