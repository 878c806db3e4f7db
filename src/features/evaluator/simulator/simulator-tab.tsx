import { useDeferredValue, useId, useMemo, useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state';
import { evaluateRequest } from '../../../engine';
import { useEvaluatorStore } from '../../../stores/evaluator-store';
import { ExplanationBody } from '../explain/explanation-body';
import { explainRequest } from '../model/explain-request';
import { requestResource, requestUrn } from '../model/request-urn';
import { decisionStatus } from '../model/status';
import { StatusBadge } from '../status-badge';
import type { EvaluatorInputs } from '../use-evaluator-inputs';

const fieldClass =
  'w-full min-w-0 rounded border border-slate-300 bg-white px-1.5 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-800';

/**
 * The policy simulator: one request (an action or an API, a URN, the context under Inputs) and
 * its decision with the full explanation.
 */
export function SimulatorTab({ inputs }: { inputs: EvaluatorInputs }) {
  const id = useId();
  const scope = useEvaluatorStore((s) => s.resourceScope);
  const [action, setAction] = useState('');
  const [urnText, setUrnText] = useState('');
  const { lookup, model, job, chain } = inputs;
  const { catalogs } = inputs;
  const actions = useMemo(() => lookup.actions(model).map((a) => a.name), [lookup, model]);
  // Thousands of options: built once per catalog set, not on every keystroke elsewhere.
  const datalist = useMemo(
    () => (
      <datalist id={`${id}-actions`}>
        {actions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    ),
    [id, actions],
  );
  const apis = useMemo(
    () =>
      inputs.services.flatMap((service) =>
        lookup.apisOf(service, model).map((api) => ({ service, api })),
      ),
    [inputs.services, lookup, model],
  );
  const built = useMemo(
    () => requestUrn(action.trim(), lookup, model, scope),
    [action, lookup, model, scope],
  );
  const typedUrn = urnText.trim();
  // A URN typed in is the resource; otherwise the one the scope builds, unknown parts and all.
  const typed = useMemo(
    () => ({
      action: action.trim(),
      ...(typedUrn === '' ? requestResource(built) : { resource: typedUrn }),
    }),
    [action, typedUrn, built],
  );
  // Typing in the form stays fluid: the explanation follows when the browser has time.
  const request = useDeferredValue(typed);
  const evaluated = useMemo(() => {
    if (request.action === '') return null;
    const result = evaluateRequest({
      identityPolicies: job.identityPolicies,
      scps: job.scps,
      // The catalogs the matrix uses, so an action answers to the same aliases here.
      catalogs,
      request: { ...request, context: job.context ?? {} },
      options: { unknownContext: job.unknownContext === true },
    });
    return {
      result,
      explanation: explainRequest(result, {
        levelNames: chain.levelNames,
        resourceless: false,
      }),
    };
  }, [request, job, catalogs, chain.levelNames]);

  return (
    <section aria-label="Single request" className="min-h-0 flex-1 space-y-2 overflow-y-auto p-3">
      <div className="space-y-1.5">
        <label className="block text-xs font-medium">
          Action
          <input
            className={fieldClass}
            list={`${id}-actions`}
            value={action}
            placeholder="e.g. ims:images:get"
            spellCheck={false}
            onChange={(e) => setAction(e.target.value)}
          />
        </label>
        {datalist}
        <label className="block text-xs font-medium">
          Or pick an API
          <select
            className={fieldClass}
            value=""
            onChange={(e) => {
              const picked = apis[Number(e.target.value)];
              if (picked) setAction(picked.api.action);
            }}
          >
            <option value="">
              Choose an API of {inputs.services.join(', ').toUpperCase() || 'the chosen services'}…
            </option>
            {apis.map(({ service, api }, index) => (
              <option key={`${service} ${api.id}`} value={index}>
                {`${api.method ?? ''} ${api.path}`.trim()} ({api.action})
              </option>
            ))}
          </select>
        </label>
        <label className="block text-xs font-medium">
          Resource URN
          <input
            className={fieldClass}
            value={urnText}
            placeholder={built.urn}
            spellCheck={false}
            onChange={(e) => setUrnText(e.target.value)}
          />
        </label>
        <p className="text-[0.6875rem] text-slate-500 dark:text-slate-400">
          Empty:{' '}
          {built.urn === '*'
            ? '`*` (no resource)'
            : 'built from the action’s resource type and the resource scope'}
          . The context and the “any request” switch come from Inputs.
        </p>
      </div>
      {inputs.identityDrafts.length === 0 ? (
        <EmptyState title="No identity draft to evaluate" />
      ) : !evaluated ? (
        <EmptyState title="Name an action to evaluate" />
      ) : (
        <section
          aria-label="Decision"
          className="space-y-1.5 border-t border-slate-200 pt-2 dark:border-slate-700"
        >
          <div className="flex items-center gap-1.5 text-sm">
            <span className="font-semibold">Decision</span>
            <StatusBadge status={decisionStatus(evaluated.result.decision)} />
            <span className="font-mono text-xs break-all">{request.resource}</span>
          </div>
          <ExplanationBody explanation={evaluated.explanation} />
        </section>
      )}
    </section>
  );
}
