import type { NewDraft } from './draft-model';
import { useDraftsStore } from './drafts-store';
import { useEvaluatorStore } from './evaluator-store';
import type { Scenario } from './scenario-store';
import {
  evaluatorSettingsOf,
  remapEvaluation,
  remapExpectations,
  remapScpChain,
} from './workspace-bundle';
import type { BundleEvaluation, WorkspaceBundle } from './workspace-bundle';

/** The draft of `drafts` with the same name, type and text as `draft`, which importing it would not add. */
export function sameDraftIn<D extends NewDraft>(
  drafts: readonly D[],
  draft: NewDraft,
): D | undefined {
  return drafts.find(
    (d) => d.name === draft.name && d.policyType === draft.policyType && d.text === draft.text,
  );
}

export interface ImportedBundle {
  /** Names the drafts got here (clashes with existing drafts are suffixed). */
  names: string[];
  /** Drafts of the bundle that were already here, identical (the same link opened again). */
  alreadyPresent: string[];
  /** How many expectations came with the drafts (they are added with them). */
  expectationCount: number;
  /** The bundle's SCP chain and context, pointing at the new draft ids; `{}` when it had none. */
  scenario: Partial<Scenario>;
  /** The bundle's evaluator settings, pointing at the new draft ids; absent when it had none. */
  evaluation?: BundleEvaluation;
}

/**
 * Adds a bundle's drafts beside the user's own, never replacing any, with their expectations
 * (which belong to the drafts). The bundle's SCP chain, context and evaluator settings are
 * returned rather than applied: replacing the user's is their decision.
 */
export function importBundleDrafts(bundle: WorkspaceBundle): ImportedBundle {
  const existing = useDraftsStore.getState().drafts;
  const present = bundle.drafts.flatMap((draft) => {
    const match = sameDraftIn(existing, draft);
    return match ? [[draft.id, match] as const] : [];
  });
  const presentIds = new Set(present.map(([id]) => id));
  const fresh = bundle.drafts.filter((draft) => !presentIds.has(draft.id));
  const ids = useDraftsStore.getState().addDrafts(fresh.map(({ id: _id, ...draft }) => draft));
  const newIds = new Map(
    fresh.flatMap((draft, i) => (ids[i] ? [[draft.id, ids[i]] as const] : [])),
  );
  // Expectations come only with drafts added now: a draft already here already has them.
  const expectations = remapExpectations(bundle.expectations, newIds);
  useEvaluatorStore.getState().addDraftExpectations(expectations);
  const expectationCount = Object.values(expectations).reduce((n, list) => n + list.length, 0);
  for (const [id, match] of present) newIds.set(id, match.id);
  const byId = new Map(useDraftsStore.getState().drafts.map((d) => [d.id, d.name]));
  const scenario: Partial<Scenario> = {};
  if (bundle.scpChain) scenario.scpChain = remapScpChain(bundle.scpChain, newIds);
  if (bundle.context) scenario.context = bundle.context;
  return {
    names: ids.map((id) => byId.get(id) ?? ''),
    alreadyPresent: present.map(([, match]) => match.name),
    expectationCount,
    scenario,
    ...(bundle.evaluation ? { evaluation: remapEvaluation(bundle.evaluation, newIds) } : {}),
  };
}

/**
 * Applies the evaluator settings of an imported bundle (as `importBundleDrafts` returned them):
 * the settings it carries, and its active draft and pin, so the matrix is the one its sender saw.
 */
export function applyBundleEvaluation(evaluation: BundleEvaluation): void {
  const { activeDraftId, lastIdentityDraftId } = evaluation;
  if (activeDraftId !== undefined) useDraftsStore.getState().selectDraft(activeDraftId);
  useEvaluatorStore.setState({
    ...evaluatorSettingsOf(evaluation),
    ...(lastIdentityDraftId === undefined ? {} : { lastIdentityDraftId }),
  });
}
