import { useMemo } from 'react';
import { Notice } from '../../../components/ui/notice';
import { useScenarioStore } from '../../../stores/scenario-store';
import { scpOptions } from '../model/policy-set';
import type { EvaluatorInputs } from '../use-evaluator-inputs';
import { ContextInputs } from './context-inputs';
import { IdentityDraftPicker } from './identity-draft-picker';
import { ResourceScopeInputs } from './resource-scope-inputs';
import { ScpChainEditor } from './scp-chain-editor';
import { ServicePicker } from './service-picker';

function summary(inputs: EvaluatorInputs): string {
  const drafts = inputs.identityDrafts.map((d) => d.name).join(', ') || 'no draft';
  const scps = inputs.evaluatedChain.governed
    ? `SCPs at ${inputs.evaluatedChain.levels.map((l) => l.name).join(' → ')}`
    : 'not governed by SCPs';
  const request = inputs.unknownContext ? 'any request' : 'exactly this request';
  return `${drafts} · ${scps} · ${request}`;
}

/** What is evaluated: drafts, SCP chain, context, resource scope and services; folds away. */
export function InputsPanel({ inputs }: { inputs: EvaluatorInputs }) {
  const setScpChain = useScenarioStore((s) => s.setScpChain);
  const options = useMemo(
    () => scpOptions(inputs.drafts, inputs.library),
    [inputs.drafts, inputs.library],
  );
  return (
    <details className="group border-b border-slate-200 dark:border-slate-700">
      <summary className="cursor-pointer px-3 py-1.5 text-xs hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800">
        <span className="font-semibold">Inputs</span>{' '}
        <span className="text-slate-600 dark:text-slate-300">{summary(inputs)}</span>
      </summary>
      <div role="group" aria-label="Evaluation inputs" className="space-y-3 px-3 pt-1 pb-3">
        <IdentityDraftPicker drafts={inputs.drafts} evaluated={inputs.identityDrafts} />
        <ScpChainEditor
          label="SCP chain"
          chain={inputs.scpChain}
          options={options}
          onChange={setScpChain}
        />
        {inputs.chain.missing.length > 0 ? (
          <Notice tone="warning" title="Some attached SCPs no longer exist">
            <p>
              {inputs.chain.missing.map((m) => `${m.id} at ${m.level}`).join(', ')}: they are left
              out. Detach them or attach another SCP.
            </p>
          </Notice>
        ) : null}
        <ContextInputs fields={inputs.fields} context={inputs.context} />
        <ResourceScopeInputs />
        <ServicePicker
          available={inputs.available}
          mentioned={inputs.mentioned}
          shown={inputs.services}
        />
      </div>
    </details>
  );
}
