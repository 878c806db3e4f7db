import type { ResourceNeed, ScopeParts } from '../../language/generator-policy';

const EMPTY: ScopeParts = { region: '', account: '', resourceIds: '' };

interface ScopeFormProps {
  needs: readonly ResourceNeed[];
  scopes: Readonly<Record<string, ScopeParts>>;
  onChange: (key: string, parts: ScopeParts) => void;
}

const inputClass =
  'w-40 rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800';

/** Region, account and IDs per resource type the granted actions take; empty means any. */
export function ScopeForm({ needs, scopes, onChange }: ScopeFormProps) {
  if (needs.length === 0) {
    return (
      <p className="text-xs text-slate-600 dark:text-slate-300">
        The granted actions take no resource type, so there is nothing to narrow.
      </p>
    );
  }
  return (
    <div className="space-y-2">
      {needs.map(({ key, template, actions }) => {
        const parts = scopes[key] ?? EMPTY;
        const set = (change: Partial<ScopeParts>) => onChange(key, { ...parts, ...change });
        return (
          <fieldset key={key} className="rounded border border-slate-200 p-2 dark:border-slate-700">
            <legend className="px-1 text-xs font-semibold">{`${template.type} (${template.service})`}</legend>
            <p className="text-[0.6875rem] text-slate-600 dark:text-slate-300">
              {`URN ${template.pattern} · for ${actions.join(', ')}`}
              {template.assumed ? ' · no catalog pattern: the general URN format is assumed' : ''}
            </p>
            <div className="mt-1 flex flex-wrap gap-2">
              {template.hasRegion ? (
                <label className="flex flex-col text-xs">
                  Region
                  <input
                    className={inputClass}
                    value={parts.region}
                    placeholder="any"
                    onChange={(e) => set({ region: e.target.value })}
                  />
                </label>
              ) : null}
              {template.hasAccount ? (
                <label className="flex flex-col text-xs">
                  Account ID
                  <input
                    className={inputClass}
                    value={parts.account}
                    placeholder="any"
                    onChange={(e) => set({ account: e.target.value })}
                  />
                </label>
              ) : null}
              {template.hasResourceId ? (
                <label className="flex flex-col text-xs">
                  Resource IDs (comma-separated)
                  <input
                    className={inputClass}
                    value={parts.resourceIds}
                    placeholder="any"
                    onChange={(e) => set({ resourceIds: e.target.value })}
                  />
                </label>
              ) : null}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
