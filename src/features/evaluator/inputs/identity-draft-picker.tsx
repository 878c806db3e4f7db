import { Button } from '../../../components/ui/button';
import { useEvaluatorStore } from '../../../stores/evaluator-store';
import type { DraftLike } from '../model/policy-set';

interface IdentityDraftPickerProps {
  drafts: readonly DraftLike[];
  evaluated: readonly DraftLike[];
}

/** Which identity drafts are evaluated together, like the policies attached to one user. */
export function IdentityDraftPicker({ drafts, evaluated }: IdentityDraftPickerProps) {
  const chosenIds = useEvaluatorStore((s) => s.identityDraftIds);
  const setIds = useEvaluatorStore((s) => s.setIdentityDraftIds);
  const identity = drafts.filter((d) => d.policyType === 'identity');
  const evaluatedIds = new Set(evaluated.map((d) => d.id));
  const toggle = (id: string) => {
    const next = new Set(evaluatedIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setIds(identity.filter((d) => next.has(d.id)).map((d) => d.id));
  };
  return (
    <fieldset className="space-y-1">
      <legend className="text-xs font-semibold">Identity drafts evaluated together</legend>
      {identity.length === 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          No identity policy drafts yet: create one in the drafts pane.
        </p>
      ) : (
        <ul className="space-y-0.5">
          {identity.map((draft) => (
            <li key={draft.id}>
              <label className="flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  checked={evaluatedIds.has(draft.id)}
                  onChange={() => toggle(draft.id)}
                />
                {draft.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      {chosenIds === null ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">Following the active draft.</p>
      ) : (
        <Button size="sm" variant="ghost" onClick={() => setIds(null)}>
          Follow the active draft
        </Button>
      )}
    </fieldset>
  );
}
