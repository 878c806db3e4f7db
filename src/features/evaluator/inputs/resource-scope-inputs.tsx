import { useEvaluatorStore } from '../../../stores/evaluator-store';
import type { ResourceScope } from '../../../stores/evaluator-store';

const FIELDS: { key: keyof ResourceScope; label: string; placeholder: string }[] = [
  { key: 'region', label: 'Region', placeholder: 'e.g. cn-north-4' },
  { key: 'accountId', label: 'Account ID', placeholder: 'any account' },
  { key: 'resourceId', label: 'Resource ID', placeholder: 'any resource' },
];

/** Optional parts of the request URNs used by the matrix, explanations and the single-request view. */
export function ResourceScopeInputs() {
  const scope = useEvaluatorStore((s) => s.resourceScope);
  const setScope = useEvaluatorStore((s) => s.setResourceScope);
  return (
    <fieldset className="space-y-1">
      <legend className="text-xs font-semibold">Resource scope (optional)</legend>
      <p className="text-[0.6875rem] text-slate-500 dark:text-slate-400">
        Builds the request URNs of the matrix and explanations; empty parts stay <code>*</code>.
      </p>
      <div className="grid grid-cols-3 gap-1">
        {FIELDS.map(({ key, label, placeholder }) => (
          <label key={key} className="flex min-w-0 flex-col text-xs">
            {label}
            <input
              className="min-w-0 rounded border border-slate-300 bg-white px-1.5 py-0.5 font-mono text-sm dark:border-slate-600 dark:bg-slate-800"
              value={scope[key]}
              placeholder={placeholder}
              spellCheck={false}
              onChange={(event) => setScope({ ...scope, [key]: event.target.value })}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
