import { create } from 'zustand';
import type { Expectation } from '../expectations';
import { newDraftId } from './draft-model';
import type { Draft } from './draft-model';
import { settleDraftMerges, takeSavedDrafts, useDraftsStore } from './drafts-store';
import type { DraftsState } from './drafts-store';
import type { EvaluatorSettings } from './evaluator-model';
import { savedSettings, useEvaluatorStore } from './evaluator-store';
import { applyBundleEvaluation, importBundleDrafts } from './import-bundle';
import type { ImportedBundle } from './import-bundle';
import { suspendWorkspaceSaving } from './persistence/guarded-storage';
import { sameDrafts } from './persistence/merge-drafts';
import { defaultScpChain } from './scenario-model';
import type { ScpChain } from './scenario-model';
import { useScenarioStore } from './scenario-store';
import type { RequestContext, Scenario } from './scenario-store';
import { useTypedTextStore } from './typed-text-store';
import {
  bundleEvaluation,
  evaluatorSettingsOf,
  expectationsOf,
  remapEvaluation,
  remapExpectations,
  remapScpChain,
} from './workspace-bundle';
import type { EvaluationState, WorkspaceBundle } from './workspace-bundle';

/**
 * A shared link's workspace shown in place of the user's own: the workspace's stores (drafts,
 * SCP selection and context, evaluator settings) hold the link's in memory and save nothing, so
 * everything that reads them (tabs, editor, evaluator) shows the sender's view. The user's own
 * workspace waits here, in memory as it was, and comes back when the preview closes; storage is
 * never written meanwhile, so a reload or another tab finds it unchanged too.
 */

/** The user's own workspace as this tab held it when the preview opened. */
interface OwnWorkspace {
  drafts: Pick<DraftsState, 'drafts' | 'activeDraftId' | 'carets'>;
  scenario: Scenario;
  evaluator: EvaluatorSettings & { lastIdentityDraftId: string | null };
}

export interface WorkspacePreview {
  /** What was opened (a link's fragment): opening the same thing again changes nothing. */
  key: string;
  /** The preview as it opened, to tell whether the user has changed it since. */
  opened: WorkspaceBundle;
  /** The link carried the sender's evaluator settings, which keeping it applies (as they are then). */
  carriesEvaluation: boolean;
  own: OwnWorkspace;
}

interface WorkspacePreviewState {
  preview: WorkspacePreview | null;
}

/** Whether a preview is open, and the user's workspace it stands in for. Not persisted. */
export const useWorkspacePreviewStore = create<WorkspacePreviewState>()(() => ({
  preview: null,
}));

/** The parts of the stores a preview replaces and a bundle carries. */
export interface WorkspaceParts {
  drafts: readonly Draft[];
  expectations: Readonly<Record<string, Expectation[]>>;
  scpChain: ScpChain;
  context: RequestContext;
}

/** The workspace the stores hold, as a bundle (the drafts keep their ids here). */
export function workspaceOf({ drafts, expectations, scpChain, context }: WorkspaceParts) {
  return {
    drafts: drafts.map((draft) => ({ ...draft })),
    expectations: expectationsOf(drafts, expectations),
    scpChain,
    context,
  } satisfies WorkspaceBundle;
}

/** The parts of the workspace the stores hold now. */
export const workspaceParts = (): WorkspaceParts => ({
  drafts: useDraftsStore.getState().drafts,
  expectations: useEvaluatorStore.getState().expectations,
  scpChain: useScenarioStore.getState().scpChain,
  context: useScenarioStore.getState().context,
});

/** What the stores hold now that a bundle's evaluation part is made of. */
export function evaluationState(): EvaluationState {
  const { identityDraftIds, unknownContext, services, resourceScope, lastIdentityDraftId } =
    useEvaluatorStore.getState();
  return {
    activeDraftId: useDraftsStore.getState().activeDraftId,
    lastIdentityDraftId,
    identityDraftIds,
    unknownContext,
    services,
    resourceScope,
  };
}

/** Whether the preview's workspace differs from what opened (an edit, a new draft, a new chain). */
export function previewChanged(opened: WorkspaceBundle, now: WorkspaceParts): boolean {
  const current = workspaceOf(now);
  return (
    !sameDrafts(opened.drafts, current.drafts) ||
    JSON.stringify(opened.expectations) !== JSON.stringify(current.expectations) ||
    JSON.stringify(opened.scpChain) !== JSON.stringify(current.scpChain) ||
    JSON.stringify(opened.context) !== JSON.stringify(current.context)
  );
}

function ownWorkspace(): OwnWorkspace {
  const { drafts, activeDraftId, carets } = useDraftsStore.getState();
  const { scpChain, context } = useScenarioStore.getState();
  return {
    drafts: { drafts, activeDraftId, carets },
    scenario: { scpChain, context },
    evaluator: {
      ...savedSettings(useEvaluatorStore.getState()),
      lastIdentityDraftId: useEvaluatorStore.getState().lastIdentityDraftId,
    },
  };
}

/**
 * Shows `bundle` in place of the user's workspace, as its sender had it: its drafts (the sender's
 * active draft active, else the first identity policy), its SCP chain (a fresh workspace's when it
 * carries none) and context, its expectations, and the sender's evaluator settings (the drafts
 * evaluated, resource scope, "any request", services; each one the bundle does not carry, and all
 * of them for a bundle made before they travelled, as a fresh workspace has it), so the matrix is
 * the sender's. Drafts get ids of their own, so nothing of the preview can be mistaken for one of
 * the user's drafts. Opening another bundle replaces the preview; the own workspace stays.
 */
export function openWorkspacePreview(key: string, bundle: WorkspaceBundle): void {
  const current = useWorkspacePreviewStore.getState().preview;
  if (current?.key === key) return;
  if (!current) settleDraftMerges();
  const own = current?.own ?? ownWorkspace();
  suspendWorkspaceSaving(true);
  const drafts: Draft[] = bundle.drafts.map(({ id: _id, ...draft }) => ({
    ...draft,
    id: newDraftId(),
  }));
  // A bundle's ids are the sender's (untrusted, possibly repeated): the first draft with an id
  // is the one its SCP chain and expectations mean.
  const ids = new Map<string, string>();
  bundle.drafts.forEach((draft, index) => {
    const id = drafts[index]?.id;
    if (id && !ids.has(draft.id)) ids.set(draft.id, id);
  });
  const evaluation = bundle.evaluation ? remapEvaluation(bundle.evaluation, ids) : {};
  const active =
    drafts.find((d) => d.id === evaluation.activeDraftId) ??
    drafts.find((d) => d.policyType === 'identity') ??
    drafts[0];
  useTypedTextStore.getState().setTyped('', null);
  useDraftsStore.setState({ drafts, activeDraftId: active?.id ?? null, carets: {} });
  useScenarioStore.setState({
    scpChain: bundle.scpChain ? remapScpChain(bundle.scpChain, ids) : defaultScpChain(),
    context: bundle.context ?? {},
  });
  useEvaluatorStore.setState({
    ...savedSettings(useEvaluatorStore.getInitialState()),
    ...evaluatorSettingsOf(evaluation),
    lastIdentityDraftId: evaluation.lastIdentityDraftId ?? null,
    expectations: remapExpectations(bundle.expectations, ids),
  });
  useWorkspacePreviewStore.setState({
    preview: {
      key,
      opened: workspaceOf(workspaceParts()),
      carriesEvaluation: bundle.evaluation !== undefined,
      own,
    },
  });
}

/**
 * Closes the preview: the user's workspace comes back exactly as this tab held it, then takes in
 * whatever other tabs saved meanwhile. Nothing of the preview is kept.
 */
export function closeWorkspacePreview(): void {
  const preview = useWorkspacePreviewStore.getState().preview;
  if (!preview) return;
  // Restored while saving is still suspended: storage already holds this (or newer) state.
  useTypedTextStore.getState().setTyped('', null);
  useDraftsStore.setState(preview.own.drafts);
  useScenarioStore.setState(preview.own.scenario);
  useEvaluatorStore.setState(preview.own.evaluator);
  suspendWorkspaceSaving(false);
  takeSavedDrafts();
  useWorkspacePreviewStore.setState({ preview: null });
}

/**
 * Keeps the preview: closes it, adds its drafts as they are now (with the user's edits) beside
 * the user's own with their expectations, never twice (`importBundleDrafts` skips drafts already
 * here, identical), and applies its SCP chain and context and, when the link carried them, its
 * evaluator settings. `null` when no preview is open.
 */
export function keepWorkspacePreview(): ImportedBundle | null {
  const preview = useWorkspacePreviewStore.getState().preview;
  if (!preview) return null;
  const parts = workspaceParts();
  // Keeping applies the evaluator's settings as the preview has them (the sender's, or as the user
  // changed them there), for the reason it applies the chain and context: the user keeps the
  // workspace they were looking at, and the matrix must not change under them as the banner goes
  // (dropping the resource scope or the pin would change the verdicts and what is evaluated). The
  // settings replace the user's own, as the chain and context do; their drafts stay beside the
  // kept ones, and a pin lets go of them with "Follow the active draft". A link made before the
  // settings travelled carried none of the sender's, so the user's own stay, as they did then.
  const kept: WorkspaceBundle = {
    ...workspaceOf(parts),
    ...(preview.carriesEvaluation
      ? { evaluation: bundleEvaluation(parts.drafts, evaluationState()) }
      : {}),
  };
  closeWorkspacePreview();
  const imported = importBundleDrafts(kept);
  const { setScpChain, setContext } = useScenarioStore.getState();
  if (imported.scenario.scpChain) setScpChain(imported.scenario.scpChain);
  if (imported.scenario.context) setContext(imported.scenario.context);
  if (imported.evaluation) applyBundleEvaluation(imported.evaluation);
  return imported;
}
