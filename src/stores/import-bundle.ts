import { useDraftsStore } from './drafts-store';
import { useEvaluatorStore } from './evaluator-store';
import type { Scenario } from './scenario-store';
import { remapExpectations, remapScpChain } from './workspace-bundle';
import type { WorkspaceBundle } from './workspace-bundle';

export interface ImportedBundle {
  /** Names the drafts got here (clashes with existing drafts are suffixed). */
  names: string[];
  /** How many expectations came with the drafts (they are added with them). */
  expectationCount: number;
  /** The bundle's SCP chain and context, pointing at the new draft ids; `{}` when it had none. */
  scenario: Partial<Scenario>;
}

/**
 * Adds a bundle's drafts beside the user's own, never replacing any, with their expectations
 * (which belong to the drafts). The bundle's SCP chain and context are returned rather than
 * applied: replacing the user's is their decision.
 */
export function importBundleDrafts(bundle: WorkspaceBundle): ImportedBundle {
  const ids = useDraftsStore
    .getState()
    .addDrafts(bundle.drafts.map(({ id: _id, ...draft }) => draft));
  const newIds = new Map(
    bundle.drafts.flatMap((draft, i) => (ids[i] ? [[draft.id, ids[i]] as const] : [])),
  );
  const expectations = remapExpectations(bundle.expectations, newIds);
  useEvaluatorStore.getState().addDraftExpectations(expectations);
  const expectationCount = Object.values(expectations).reduce((n, list) => n + list.length, 0);
  const byId = new Map(useDraftsStore.getState().drafts.map((d) => [d.id, d.name]));
  const scenario: Partial<Scenario> = {};
  if (bundle.scpChain) scenario.scpChain = remapScpChain(bundle.scpChain, newIds);
  if (bundle.context) scenario.context = bundle.context;
  return { names: ids.map((id) => byId.get(id) ?? ''), expectationCount, scenario };
}
