import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { confirmGenerated } from '../../language/generator-confirm';
import { findApis, generatePolicy, SIGN_IN_ACTIONS } from '../../language/generator-policy';
import type { GeneratorTarget, ScopeParts } from '../../language/generator-policy';
import { useDraftsStore } from '../../stores/drafts-store';
import { ApiPicker } from './api-picker';
import { ConfirmationView } from './confirmation-view';
import { GrantList } from './grant-list';
import { useGeneratorStore } from './generator-store';
import { ScopeForm } from './scope-form';
import { useGeneratorCatalogs } from './use-generator-catalogs';
import type { GeneratorCatalogs } from './use-generator-catalogs';

/** The generator's body: APIs and options on the left, the policy and its check on the right. */
export default function GeneratorPanel() {
  const catalogs = useGeneratorCatalogs();
  if (!catalogs) return <p role="status">Loading the catalogs…</p>;
  return <Generator catalogs={catalogs} />;
}

function Generator({ catalogs }: { catalogs: GeneratorCatalogs }) {
  const picks = useGeneratorStore((s) => s.picks);
  const setPicks = useGeneratorStore((s) => s.setPicks);
  const ids = { name: useId(), options: useId() };
  const [target, setTarget] = useState<GeneratorTarget>('identity');
  const [scopes, setScopes] = useState<Record<string, ScopeParts>>({});
  const [shorten, setShorten] = useState(false);
  const [allowSignIn, setAllowSignIn] = useState(false);
  const [name, setName] = useState('');
  const generated = useMemo(() => {
    const apis = findApis(picks, catalogs.catalogs);
    if (apis.length === 0) return null;
    return generatePolicy(apis, catalogs.lookup, {
      target,
      scopes,
      shortenWithWildcards: shorten,
      allowSignIn,
    });
  }, [picks, catalogs, target, scopes, shorten, allowSignIn]);
  // The check follows the policy without holding up typing in the scope fields.
  const checked = useDeferredValue(generated);
  const confirmation = useMemo(
    () => (checked ? confirmGenerated(checked, picks, target, catalogs.catalogs) : null),
    [checked, picks, target, catalogs],
  );
  const create = () => {
    if (!generated) return;
    useDraftsStore.getState().createDraft({
      name: name.trim() || (target === 'scp' ? 'Least-privilege SCP' : 'Least-privilege policy'),
      policyType: target,
      text: generated.text,
    });
    setPicks([]);
    useGeneratorStore.getState().close();
  };

  return (
    <div className="mt-3 grid min-h-0 flex-1 grid-cols-2 gap-4 overflow-hidden">
      <div className="min-h-0 space-y-4 overflow-auto pr-2">
        <ApiPicker catalogs={catalogs} picks={picks} onChange={setPicks} />
        <fieldset className="space-y-1">
          <legend className="text-sm font-semibold">2. What to write</legend>
          <label className="flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name="generator-target"
              checked={target === 'identity'}
              onChange={() => setTarget('identity')}
            />
            An identity policy (grants the access)
          </label>
          <label className="flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name="generator-target"
              checked={target === 'scp'}
              onChange={() => setTarget('scp')}
            />
            An allow-list SCP (the most an account may do)
          </label>
        </fieldset>
        <section aria-labelledby={ids.options} className="space-y-2">
          <h3 id={ids.options} className="text-sm font-semibold">
            3. Resources and options
          </h3>
          {target === 'identity' ? (
            <ScopeForm
              needs={generated?.resourceNeeds ?? []}
              scopes={scopes}
              onChange={(key, parts) => setScopes({ ...scopes, [key]: parts })}
            />
          ) : (
            <p className="text-xs text-slate-600 dark:text-slate-300">
              SCP Allow statements are documented with <code>Resource</code> <code>*</code> only.
            </p>
          )}
          <label className="flex items-center gap-1.5 text-xs">
            <input
              type="checkbox"
              checked={shorten}
              onChange={(e) => setShorten(e.target.checked)}
            />
            Shorten with wildcards that match exactly the granted actions (complete catalogs only)
          </label>
          {target === 'scp' ? (
            <label className="flex items-center gap-1.5 text-xs">
              <input
                type="checkbox"
                checked={allowSignIn}
                onChange={(e) => setAllowSignIn(e.target.checked)}
              />
              {`Also allow sign-in (${SIGN_IN_ACTIONS.join(', ')}): needed when this SCP replaces FullAccess`}
            </label>
          ) : null}
        </section>
      </div>
      <div className="min-h-0 space-y-3 overflow-auto pr-2">
        {generated === null ? (
          <Notice tone="info" title="Pick at least one API" role="status">
            <p>
              Search the catalogs, paste API lines, or use “Generate least-privilege policy” on an
              API’s page in the catalog browser.
            </p>
          </Notice>
        ) : (
          <>
            <section aria-label="What it grants and why" className="space-y-1">
              <h3 className="text-sm font-semibold">What it grants and why</h3>
              <GrantList grants={generated.grants} />
              {generated.notes.map((note) => (
                <p key={note} className="text-xs text-amber-800 dark:text-amber-200">
                  {note}
                </p>
              ))}
            </section>
            {confirmation ? <ConfirmationView confirmation={confirmation} /> : null}
            <section aria-label="Generated policy" className="space-y-1">
              <h3 className="text-sm font-semibold">The policy</h3>
              <pre
                aria-label="Generated policy text"
                tabIndex={0}
                className="max-h-72 overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800"
              >
                {generated.text}
              </pre>
            </section>
            <div className="flex flex-wrap items-end gap-2">
              <label htmlFor={ids.name} className="flex flex-col text-xs font-medium">
                Draft name
                <input
                  id={ids.name}
                  value={name}
                  placeholder={target === 'scp' ? 'Least-privilege SCP' : 'Least-privilege policy'}
                  className="w-64 rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
                  onChange={(e) => setName(e.target.value)}
                />
              </label>
              <Button variant="primary" onClick={create}>
                Create draft
              </Button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
