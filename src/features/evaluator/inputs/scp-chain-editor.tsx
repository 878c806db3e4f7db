import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import { defaultScpChain, newScpLevel } from '../../../stores/scenario-model';
import type { ScpChain, ScpLevel } from '../../../stores/scenario-model';
import type { ScpOption } from '../model/policy-set';

interface ScpChainEditorProps {
  /** Names the chain in labels ("SCP chain", "Other SCP chain"). */
  label: string;
  chain: ScpChain;
  options: readonly ScpOption[];
  onChange: (chain: ScpChain) => void;
}

const inputClass =
  'min-w-0 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-sm dark:border-slate-600 dark:bg-slate-800';

function levelRole(index: number, count: number): string {
  if (index === 0) return 'root';
  return index === count - 1 ? 'account' : 'OU';
}

/**
 * The SCP chain as a small tree: the root, the OUs on the path, the account, each with the SCPs
 * attached to it. Every new level starts with FullAccess, as Huawei attaches it everywhere.
 */
export function ScpChainEditor({ label, chain, options, onChange }: ScpChainEditorProps) {
  const id = useId();
  const levels = chain.levels;
  const setLevel = (index: number, level: ScpLevel) =>
    onChange({ ...chain, levels: levels.map((l, i) => (i === index ? level : l)) });
  const addOu = () => {
    const at = Math.max(0, levels.length - 1);
    const name = `OU ${Math.max(1, levels.length - 1)}`;
    onChange({ ...chain, levels: levels.toSpliced(at, 0, newScpLevel(name)) });
  };
  const nameOf = (scpId: string) => options.find((o) => o.id === scpId)?.name ?? scpId;

  return (
    <fieldset className="space-y-1">
      <legend className="text-xs font-semibold">{label}</legend>
      <label className="flex items-center gap-1.5 text-sm">
        <input
          type="checkbox"
          checked={chain.governed}
          onChange={(event) =>
            onChange(
              !event.target.checked
                ? { ...chain, governed: false }
                : levels.length > 0
                  ? { ...chain, governed: true }
                  : defaultScpChain(),
            )
          }
        />
        Governed by SCPs
      </label>
      {!chain.governed ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Not governed by SCPs: only the identity drafts decide.
        </p>
      ) : (
        <ol aria-label={`${label} levels, root to account`} className="space-y-1">
          {levels.map((level, index) => {
            const attachable = options.filter((o) => !level.scpIds.includes(o.id));
            return (
              <li
                key={index}
                style={{ marginLeft: `${Math.min(index, 6) * 0.75}rem` }}
                className="rounded border-l-2 border-slate-300 py-0.5 pl-2 dark:border-slate-600"
              >
                <div className="flex flex-wrap items-center gap-1">
                  <span className="text-[0.6875rem] uppercase text-slate-500 dark:text-slate-400">
                    {levelRole(index, levels.length)}
                  </span>
                  <input
                    aria-label={`Name of level ${index + 1}`}
                    className={`${inputClass} w-28`}
                    value={level.name}
                    onChange={(event) => setLevel(index, { ...level, name: event.target.value })}
                  />
                  {index > 0 && index < levels.length - 1 ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Remove level ${level.name}`}
                      onClick={() => onChange({ ...chain, levels: levels.toSpliced(index, 1) })}
                    >
                      Remove
                    </Button>
                  ) : null}
                </div>
                <ul aria-label={`SCPs at ${level.name}`} className="mt-0.5 flex flex-wrap gap-1">
                  {level.scpIds.length === 0 ? (
                    <li className="text-xs text-rose-700 dark:text-rose-300">
                      No SCP: this level allows nothing.
                    </li>
                  ) : null}
                  {level.scpIds.map((scpId) => (
                    <li
                      key={scpId}
                      className="inline-flex items-center gap-1 rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800"
                    >
                      {nameOf(scpId)}
                      <button
                        type="button"
                        aria-label={`Detach ${nameOf(scpId)} from ${level.name}`}
                        className="rounded px-0.5 hover:bg-slate-300 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-slate-600"
                        onClick={() =>
                          setLevel(index, {
                            ...level,
                            scpIds: level.scpIds.filter((s) => s !== scpId),
                          })
                        }
                      >
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
                {attachable.length > 0 ? (
                  <select
                    aria-label={`Attach an SCP to ${level.name}`}
                    className={`${inputClass} mt-0.5 text-xs`}
                    value=""
                    onChange={(event) => {
                      if (event.target.value)
                        setLevel(index, {
                          ...level,
                          scpIds: [...level.scpIds, event.target.value],
                        });
                    }}
                  >
                    <option value="">Attach an SCP…</option>
                    {attachable.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.source === 'library' ? `${o.name} (library)` : o.name}
                      </option>
                    ))}
                  </select>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {chain.governed ? (
        <Button size="sm" onClick={addOu} aria-describedby={id}>
          Add OU
        </Button>
      ) : null}
      <span id={id} className="sr-only">
        Adds an organizational unit above the account, with FullAccess attached
      </span>
    </fieldset>
  );
}
