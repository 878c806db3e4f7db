import { useDeferredValue, useEffect, useMemo } from 'react';
import type { GlobalConditionKey, ServiceCatalog } from '../../catalog';
import { createCatalogLookup, readPolicyDocument } from '../../engine';
import { useCatalogSet } from '../../data/use-catalog-set';
import { useCatalogs } from '../../data/use-catalogs';
import { policyCatalogsOf } from '../../data/use-policy-catalogs';
import { useDraftsStore } from '../../stores/drafts-store';
import { useEvaluatorStore } from '../../stores/evaluator-store';
import { useScenarioStore } from '../../stores/scenario-store';
import { useTypedTextStore } from '../../stores/typed-text-store';
import { contextFields, engineContext } from './model/context-fields';
import { chainWithActiveScp, evaluationTarget } from './model/evaluation-target';
import { libraryScps, resolveScpChain, toPolicyInput } from './model/policy-set';
import { policyUsage } from '../../analysis';
import type { MatrixJob, SuiteJob } from '../../analysis';

const NO_GLOBAL_KEYS: readonly GlobalConditionKey[] = [];
const NO_CATALOGS: readonly ServiceCatalog[] = [];
const NO_LOOKUP = createCatalogLookup([]);

/**
 * Everything the panel evaluates, derived from the stores and the catalogs: the identity drafts,
 * the resolved SCP chain, the context fields and the context the engine gets, the matrix job and
 * the expectation suites. Derived on every change, never stored.
 */
export function useEvaluatorInputs() {
  const savedDrafts = useDraftsStore((s) => s.drafts);
  const typed = useTypedTextStore((s) => s.typed);
  // The editor's text ahead of its debounced write, so the matrix follows each key. Deferred: the
  // panel re-derives in a render React may interrupt for the next key, from one consistent
  // snapshot of drafts and typed text.
  const drafts = useDeferredValue(
    useMemo(
      () =>
        typed === null
          ? savedDrafts
          : savedDrafts.map((d) => (d.id === typed.draftId ? { ...d, text: typed.text } : d)),
      [savedDrafts, typed],
    ),
  );
  const activeDraftId = useDraftsStore((s) => s.activeDraftId);
  const scpChain = useScenarioStore((s) => s.scpChain);
  const context = useScenarioStore((s) => s.context);
  const chosenIds = useEvaluatorStore((s) => s.identityDraftIds);
  const unknownContext = useEvaluatorStore((s) => s.unknownContext);
  const resourceScope = useEvaluatorStore((s) => s.resourceScope);
  const chosenServices = useEvaluatorStore((s) => s.services);
  const expectations = useEvaluatorStore((s) => s.expectations);
  const catalogData = useCatalogs();
  const { systemPolicies } = catalogData;
  // The settled set, as the analysis worker has it: the matrix, the simulator and the report
  // never answer from different catalogs while files arrive.
  const catalogSet = useCatalogSet();
  const catalogs = catalogSet?.catalogs ?? NO_CATALOGS;
  const globalKeys = catalogSet?.globalKeys ?? NO_GLOBAL_KEYS;
  const lookup = catalogSet ? policyCatalogsOf(catalogSet).lookup : NO_LOOKUP;
  const library = useMemo(
    () =>
      libraryScps(systemPolicies.status === 'success' ? systemPolicies.data.policies : undefined),
    [systemPolicies],
  );

  // The identity draft last active, evaluated against an SCP draft while that one is active. In
  // the store, so that a share link carries it and a preview sets it.
  const lastIdentityId = useEvaluatorStore((s) => s.lastIdentityDraftId);
  const setLastIdentityId = useEvaluatorStore((s) => s.setLastIdentityDraftId);
  const activeIsIdentity = drafts.some(
    (d) => d.id === activeDraftId && d.policyType === 'identity',
  );
  useEffect(() => {
    if (activeIsIdentity && activeDraftId !== lastIdentityId) setLastIdentityId(activeDraftId);
  }, [activeIsIdentity, activeDraftId, lastIdentityId, setLastIdentityId]);
  const target = useMemo(
    () => evaluationTarget(drafts, chosenIds, activeDraftId, lastIdentityId),
    [drafts, chosenIds, activeDraftId, lastIdentityId],
  );
  const identityDrafts = target.identityDrafts;
  const evaluatedChain = useMemo(
    () => chainWithActiveScp(scpChain, target.activeScp),
    [scpChain, target.activeScp],
  );
  const chain = useMemo(
    () => resolveScpChain(evaluatedChain, drafts, library),
    [evaluatedChain, drafts, library],
  );
  // 1.1 only when the first draft's own Version says so.
  const model = readPolicyDocument(identityDrafts[0]?.text ?? '').model;
  const available = useMemo(() => lookup.services(model), [lookup, model]);
  const usage = useMemo(
    () =>
      policyUsage(
        [...identityDrafts.map((d) => d.text), ...chain.scps.flat().map((p) => p.text)],
        available,
      ),
    [identityDrafts, chain, available],
  );
  const mentioned = useMemo(
    () =>
      policyUsage(
        identityDrafts.map((d) => d.text),
        available,
      ).services,
    [identityDrafts, available],
  );
  const services = chosenServices ?? mentioned;
  const fields = useMemo(() => contextFields(usage.keys, lookup, model), [usage, lookup, model]);
  const evaluated = useMemo(() => engineContext(context, fields), [context, fields]);

  const job = useMemo<MatrixJob>(
    () => ({
      identityPolicies: identityDrafts.map(toPolicyInput),
      scps: chain.scps,
      services,
      // Unless chosen, the services are read by the worker from what it evaluates.
      ...(chosenServices === null ? { mentionedIn: model } : {}),
      context: evaluated.context,
      unknownContext,
      resourceScope,
    }),
    [
      identityDrafts,
      chain,
      services,
      chosenServices,
      model,
      evaluated,
      unknownContext,
      resourceScope,
    ],
  );
  const suites = useMemo<SuiteJob[]>(
    () =>
      drafts.flatMap((draft) => {
        const list = expectations[draft.id] ?? [];
        if (draft.policyType !== 'identity' || list.length === 0) return [];
        return [
          {
            draftId: draft.id,
            suite: {
              name: draft.name,
              identityPolicies: [toPolicyInput(draft)],
              scps: chain.scps,
              context: evaluated.context,
              unknownContext,
              expectations: list,
            },
          },
        ];
      }),
    [drafts, expectations, chain, evaluated, unknownContext],
  );

  return {
    catalogData,
    catalogSet,
    catalogs,
    globalKeys,
    lookup,
    library,
    drafts,
    activeDraftId,
    identityDrafts,
    target,
    scpChain,
    evaluatedChain,
    chain,
    model,
    available,
    mentioned,
    services,
    fields,
    context,
    ignoredContext: evaluated.ignored,
    unknownContext,
    job,
    suites,
  };
}

export type EvaluatorInputs = ReturnType<typeof useEvaluatorInputs>;
