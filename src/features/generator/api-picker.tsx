import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Button } from '../../components/ui/button';
import { resolveApiLines } from '../../language/generator-api-lines';
import type { ApiRef, LineProblem } from '../../language/generator-api-lines';
import { apiLabel } from '../../language/generator-policy';
import type { GeneratorCatalogs } from './use-generator-catalogs';

interface ApiPickerProps {
  catalogs: GeneratorCatalogs;
  picks: readonly ApiRef[];
  onChange: (picks: ApiRef[]) => void;
}

interface ApiItem {
  ref: ApiRef;
  label: string;
  service: string;
  action: string;
  haystack: string;
}

const MAX_RESULTS = 40;
const keyOf = (ref: ApiRef) => `${ref.catalogId} ${ref.apiId}`;

/** Picks APIs: by searching the catalogs, or by pasting `METHOD /path` lines. */
export function ApiPicker({ catalogs, picks, onChange }: ApiPickerProps) {
  const ids = { search: useId(), paste: useId() };
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [pasted, setPasted] = useState('');
  const [problems, setProblems] = useState<LineProblem[] | null>(null);
  const items = useMemo(
    () =>
      catalogs.catalogs.flatMap((catalog) =>
        catalog.apis.map((api): ApiItem => {
          const label = apiLabel(api);
          return {
            ref: { catalogId: catalog.id, apiId: api.id },
            label,
            service: catalog.service,
            action: api.action,
            haystack: `${catalog.service} ${label} ${api.action} ${api.title ?? ''}`.toLowerCase(),
          };
        }),
      ),
    [catalogs],
  );
  const byKey = useMemo(() => new Map(items.map((item) => [keyOf(item.ref), item])), [items]);
  const picked = new Set(picks.map(keyOf));
  const words = deferredQuery.toLowerCase().split(/\s+/).filter(Boolean);
  const matches =
    words.length === 0 ? [] : items.filter((item) => words.every((w) => item.haystack.includes(w)));
  const toggle = (ref: ApiRef) =>
    onChange(
      picked.has(keyOf(ref)) ? picks.filter((p) => keyOf(p) !== keyOf(ref)) : [...picks, ref],
    );
  const addPasted = () => {
    const { found, problems: lineProblems } = resolveApiLines(pasted, catalogs.catalogs, '5.0');
    onChange([...picks, ...found.filter((ref) => !picked.has(keyOf(ref)))]);
    setProblems(lineProblems);
    if (lineProblems.length === 0) setPasted('');
  };

  return (
    <section aria-labelledby={`${ids.search}-title`} className="space-y-2">
      <h3 id={`${ids.search}-title`} className="text-sm font-semibold">
        1. The APIs to allow
      </h3>
      <ul aria-label="Chosen APIs" className="space-y-0.5">
        {picks.length === 0 ? (
          <li className="text-xs text-slate-600 dark:text-slate-300">None yet.</li>
        ) : null}
        {picks.map((ref) => {
          const item = byKey.get(keyOf(ref));
          return (
            <li key={keyOf(ref)} className="flex flex-wrap items-center gap-2 text-xs">
              <code>{item?.label ?? ref.apiId}</code>
              <span className="text-slate-600 dark:text-slate-300">{`${ref.catalogId} · ${item?.action || 'no action'}`}</span>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${item?.label ?? ref.apiId}`}
                onClick={() => toggle(ref)}
              >
                Remove
              </Button>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-col gap-0.5">
        <label htmlFor={ids.search} className="text-xs font-medium">
          Search the catalogs’ APIs
        </label>
        <input
          id={ids.search}
          type="search"
          value={query}
          placeholder="e.g. sms tasks delete"
          className="rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {words.length > 0 ? (
        <ul
          aria-label="Matching APIs"
          className="max-h-48 space-y-0.5 overflow-auto rounded border border-slate-200 p-1 dark:border-slate-700"
        >
          {matches.length === 0 ? <li className="text-xs">No API matches.</li> : null}
          {matches.slice(0, MAX_RESULTS).map((item) => (
            <li key={keyOf(item.ref)}>
              <label className="flex items-start gap-1.5 text-xs">
                <input
                  type="checkbox"
                  className="mt-0.5"
                  checked={picked.has(keyOf(item.ref))}
                  onChange={() => toggle(item.ref)}
                />
                <span>
                  <code>{item.label}</code>{' '}
                  <span className="text-slate-600 dark:text-slate-300">{`${item.service} · ${item.action || 'no action'}`}</span>
                </span>
              </label>
            </li>
          ))}
          {matches.length > MAX_RESULTS ? (
            <li className="text-xs text-slate-600 dark:text-slate-300">{`${matches.length - MAX_RESULTS} more: narrow the search`}</li>
          ) : null}
        </ul>
      ) : null}
      <div className="flex flex-col gap-0.5">
        <label htmlFor={ids.paste} className="text-xs font-medium">
          Or paste API lines (<code>METHOD /path</code>, one per line)
        </label>
        <textarea
          id={ids.paste}
          rows={3}
          value={pasted}
          spellCheck={false}
          className="rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
          onChange={(event) => setPasted(event.target.value)}
        />
        <div>
          <Button size="sm" disabled={pasted.trim() === ''} onClick={addPasted}>
            Add pasted APIs
          </Button>
        </div>
      </div>
      {problems && problems.length > 0 ? (
        <ul aria-label="Lines not added" className="text-xs text-rose-700 dark:text-rose-300">
          {problems.map((p) => (
            <li key={p.lineNumber}>{`line ${p.lineNumber} (\`${p.line}\`): ${p.message}`}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
