import { useMemo, useState } from 'react';
import type { AccessLevel } from '../../../catalog';
import { Button } from '../../../components/ui/button';
import { ACCESS_LEVELS } from '../../../expectations';
import { useEvaluatorStore } from '../../../stores/evaluator-store';
import type { ExpectationTarget, ExpectedOutcome } from '../../../stores/evaluator-store';
import type { EvaluatorInputs } from '../use-evaluator-inputs';

type Kind = ExpectationTarget['kind'];

const fieldClass =
  'w-full min-w-0 rounded-md border border-slate-300 bg-white px-1.5 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';
const labelClass =
  'flex min-w-0 flex-col gap-0.5 text-xs font-medium text-slate-600 dark:text-slate-300';

/** Writes a new expectation for one draft: an API, every API of a service (of a level), an action. */
export function ExpectationForm({ draftId, inputs }: { draftId: string; inputs: EvaluatorInputs }) {
  const addExpectation = useEvaluatorStore((s) => s.addExpectation);
  const { lookup, model, available } = inputs;
  const [kind, setKind] = useState<Kind>('api');
  const [service, setService] = useState(inputs.services[0] ?? available[0] ?? '');
  const [api, setApi] = useState('');
  const [level, setLevel] = useState<AccessLevel | ''>('');
  const [action, setAction] = useState('');
  const [expect, setExpect] = useState<ExpectedOutcome>('allowed');
  const apis = useMemo(() => lookup.apisOf(service, model), [lookup, service, model]);
  const chosenApi = apis.find((a) => a.id === api) ?? apis[0];

  const target: ExpectationTarget | null =
    kind === 'api'
      ? chosenApi
        ? { kind, service, api: chosenApi.id }
        : null
      : kind === 'service'
        ? service
          ? { kind, service, accessLevel: level === '' ? null : level }
          : null
        : action.trim()
          ? { kind, action: action.trim() }
          : null;

  return (
    <form
      aria-label="New expectation"
      className="space-y-1.5 rounded border border-slate-200 p-2 dark:border-slate-700"
      onSubmit={(event) => {
        event.preventDefault();
        if (!target) return;
        addExpectation(draftId, {
          id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
          target,
          expect,
        });
      }}
    >
      <div className="grid grid-cols-2 gap-1.5">
        <label className={labelClass}>
          About
          <select
            className={fieldClass}
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
          >
            <option value="api">One API</option>
            <option value="service">Every API of a service</option>
            <option value="action">One action</option>
          </select>
        </label>
        <label className={labelClass}>
          Must be
          <select
            className={fieldClass}
            value={expect}
            onChange={(e) => setExpect(e.target.value as ExpectedOutcome)}
          >
            <option value="allowed">allowed</option>
            <option value="denied">denied</option>
          </select>
        </label>
      </div>
      {kind === 'action' ? (
        <label className={labelClass}>
          Action
          <input
            className={`${fieldClass} font-mono`}
            value={action}
            placeholder="e.g. ims:images:list"
            spellCheck={false}
            onChange={(e) => setAction(e.target.value)}
          />
        </label>
      ) : (
        <label className={labelClass}>
          Service
          <select
            className={fieldClass}
            value={service}
            onChange={(e) => setService(e.target.value)}
          >
            {available.map((s) => (
              <option key={s} value={s}>
                {s.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'api' ? (
        <label className={labelClass}>
          API
          <select
            className={`${fieldClass} font-mono`}
            value={chosenApi?.id ?? ''}
            onChange={(e) => setApi(e.target.value)}
          >
            {apis.map((a) => (
              <option key={a.id} value={a.id}>
                {a.id}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {kind === 'service' ? (
        <label className={labelClass}>
          Access level
          <select
            className={fieldClass}
            value={level}
            onChange={(e) => setLevel(e.target.value as AccessLevel | '')}
          >
            <option value="">every level</option>
            {ACCESS_LEVELS.map((l) => (
              <option key={l} value={l}>
                {l.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <Button type="submit" size="sm" variant="primary" disabled={!target}>
        Add expectation
      </Button>
    </form>
  );
}
