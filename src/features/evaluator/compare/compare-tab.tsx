import { useMemo, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { useEvaluatorStore } from '../../../stores/evaluator-store';
import { downloadText } from '../../../lib/download';
import { CodeText } from '../../../components/ui/code-text';
import { ScpChainEditor } from '../inputs/scp-chain-editor';
import { COMPARE_GROUPS, compareCsv, compareMarkdown, compareRows } from '../model/compare-view';
import { resolveScpChain, scpOptions, toPolicyInput } from '../model/policy-set';
import { policyUsage } from '../../../analysis';
import type { EvaluatorInputs } from '../use-evaluator-inputs';
import type { AnalysisClient } from '../../../analysis';
import { useComparison } from './use-comparison';

type Mode = 'drafts' | 'chains';

interface DraftSelectProps {
  label: string;
  value: string;
  drafts: readonly { id: string; name: string }[];
  onChange: (id: string) => void;
}

function DraftSelect({ label, value, drafts, onChange }: DraftSelectProps) {
  return (
    <label className="flex min-w-0 flex-col gap-0.5 text-xs font-medium text-slate-600 dark:text-slate-300">
      {label}
      <select
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-1.5 py-1 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      >
        {drafts.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Compare two drafts, or the evaluated drafts under two SCP chains: what changes, and why. */
export function CompareTab({
  inputs,
  client,
}: {
  inputs: EvaluatorInputs;
  client: AnalysisClient | null;
}) {
  const [mode, setMode] = useState<Mode>('drafts');
  const [beforeId, setBeforeId] = useState('');
  const [afterId, setAfterId] = useState('');
  const otherChain = useEvaluatorStore((s) => s.compareScpChain);
  const setOtherChain = useEvaluatorStore((s) => s.setCompareScpChain);
  const chosenServices = useEvaluatorStore((s) => s.services);
  const { drafts, library, job, chain, available } = inputs;
  const identity = useMemo(() => drafts.filter((d) => d.policyType === 'identity'), [drafts]);
  const before = identity.find((d) => d.id === beforeId) ?? identity[0];
  const after = identity.find((d) => d.id === afterId) ?? identity[1] ?? identity[0];
  const other = useMemo(
    () => (otherChain ? resolveScpChain(otherChain, drafts, library) : null),
    [otherChain, drafts, library],
  );

  const sides = useMemo(() => {
    if (mode === 'chains')
      return other ? { before: job, after: { ...job, scps: other.scps } } : null;
    if (!before || !after) return null;
    const services = chosenServices ?? policyUsage([before.text, after.text], available).services;
    const side = (d: typeof before) => ({ ...job, identityPolicies: [toPolicyInput(d)], services });
    return { before: side(before), after: side(after) };
  }, [mode, other, job, before, after, chosenServices, available]);
  const { diff, error, forSides } = useComparison(client, sides, inputs.catalogs.length);

  const rows = useMemo(
    () =>
      diff
        ? compareRows(diff, {
            beforeLevels: chain.levelNames,
            afterLevels: mode === 'chains' && other ? other.levelNames : chain.levelNames,
          })
        : [],
    [diff, chain.levelNames, mode, other],
  );
  const title =
    mode === 'drafts'
      ? `Compare ${before?.name ?? '?'} → ${after?.name ?? '?'}`
      : 'Compare the SCP chain → the other SCP chain';
  const options = useMemo(() => scpOptions(drafts, library), [drafts, library]);

  return (
    <section aria-label="Compare" className="min-h-0 flex-1 space-y-2 overflow-y-auto p-3">
      <div role="radiogroup" aria-label="What to compare" className="flex flex-wrap gap-3 text-sm">
        {(['drafts', 'chains'] as const).map((m) => (
          <label key={m} className="flex items-center gap-1">
            <input
              type="radio"
              name="evaluator-compare-mode"
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            {m === 'drafts' ? 'Two drafts' : 'Two SCP chains'}
          </label>
        ))}
      </div>
      {mode === 'drafts' ? (
        <div className="grid grid-cols-2 gap-1.5">
          <DraftSelect
            label="Before"
            value={before?.id ?? ''}
            drafts={identity}
            onChange={setBeforeId}
          />
          <DraftSelect
            label="After"
            value={after?.id ?? ''}
            drafts={identity}
            onChange={setAfterId}
          />
        </div>
      ) : otherChain ? (
        <ScpChainEditor
          label="Other SCP chain"
          chain={otherChain}
          options={options}
          onChange={setOtherChain}
        />
      ) : (
        <Button size="sm" onClick={() => setOtherChain(structuredClone(inputs.scpChain))}>
          Start the other chain from the current one
        </Button>
      )}
      {!sides ? (
        <EmptyState title="Nothing to compare yet">
          <p>{mode === 'drafts' ? 'Create two identity drafts.' : 'Set up the other SCP chain.'}</p>
        </EmptyState>
      ) : error ? (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          The comparison failed: {error}
        </p>
      ) : !diff || forSides !== sides ? (
        <p role="status" className="text-sm">
          Comparing…
        </p>
      ) : (
        <section aria-label="Changes" className="space-y-2">
          <div className="flex flex-wrap items-center gap-1 text-xs">
            <span className="font-semibold">{title}</span>
            <Button
              size="sm"
              onClick={() =>
                downloadText('comparison.md', compareMarkdown(title, rows), 'text/markdown')
              }
            >
              Markdown
            </Button>
            <Button
              size="sm"
              onClick={() => downloadText('comparison.csv', compareCsv(rows), 'text/csv')}
            >
              CSV
            </Button>
          </div>
          {rows.length === 0 ? <p className="text-sm">No API changes its status.</p> : null}
          {COMPARE_GROUPS.map((group) => {
            const inGroup = rows.filter((r) => r.group === group);
            if (inGroup.length === 0) return null;
            return (
              <section key={group} aria-label={`${group} (${inGroup.length})`}>
                <h4 className="text-xs font-semibold uppercase tracking-wide">
                  {group} ({inGroup.length})
                </h4>
                <ul className="space-y-1 text-xs">
                  {inGroup.map((r) => (
                    <li
                      key={`${r.service} ${r.api}`}
                      className="rounded border border-slate-200 p-1 dark:border-slate-700"
                    >
                      <span className="font-mono font-semibold break-all">{r.api}</span>{' '}
                      <span className="font-mono text-slate-600 dark:text-slate-300">
                        ({r.action})
                      </span>
                      <span className="block">
                        {r.before} → <span className="font-semibold">{r.after}</span>:{' '}
                        <CodeText text={r.afterReason} />
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      )}
    </section>
  );
}
