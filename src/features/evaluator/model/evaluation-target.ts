import type { ScpChain } from '../../../stores/scenario-model';
import type { DraftLike } from './policy-set';

/** What the evaluator evaluates, and why those drafts. */
export interface EvaluationTarget {
  identityDrafts: DraftLike[];
  /**
   * `pinned`: the drafts chosen under Inputs (maybe none); `active`: the active identity draft; `scp-active`:
   * an SCP draft is active, so the identity draft last active (or the first) is evaluated with it
   * in the chain; `none`: no identity draft to evaluate.
   */
  reason: 'pinned' | 'active' | 'scp-active' | 'none';
  /** The active SCP draft the chain shows (`scp-active` only). */
  activeScp: DraftLike | null;
}

/**
 * The evaluation target. By default it follows the active draft: an identity draft is evaluated
 * under the chosen SCP chain; an active SCP draft is evaluated in the chain against the identity
 * draft the user last had open (`lastIdentityId`, else the first one). Drafts chosen under Inputs
 * (`chosenIds`) pin the target until the user follows the active draft again.
 */
export function evaluationTarget(
  drafts: readonly DraftLike[],
  chosenIds: readonly string[] | null,
  activeDraftId: string | null,
  lastIdentityId: string | null,
): EvaluationTarget {
  const identity = drafts.filter((d) => d.policyType === 'identity');
  if (chosenIds !== null) {
    const chosen = new Set(chosenIds);
    const pinned = identity.filter((d) => chosen.has(d.id));
    return { identityDrafts: pinned, reason: 'pinned', activeScp: null };
  }
  const active = drafts.find((d) => d.id === activeDraftId);
  if (active?.policyType === 'identity') {
    return { identityDrafts: [active], reason: 'active', activeScp: null };
  }
  const partner = identity.find((d) => d.id === lastIdentityId) ?? identity[0];
  if (active?.policyType === 'scp' && partner) {
    return { identityDrafts: [partner], reason: 'scp-active', activeScp: active };
  }
  return { identityDrafts: [], reason: 'none', activeScp: null };
}

/**
 * The chain with the active SCP draft in it: as chosen when a level already attaches it, otherwise
 * with one more level below the others holding it (the chain's only level when not governed), so
 * the draft being edited always takes part in what is shown.
 */
export function chainWithActiveScp(chain: ScpChain, activeScp: DraftLike | null): ScpChain {
  if (!activeScp) return chain;
  const level = { name: `${activeScp.name} (active draft)`, scpIds: [activeScp.id] };
  if (!chain.governed) return { governed: true, levels: [level] };
  if (chain.levels.some((l) => l.scpIds.includes(activeScp.id))) return chain;
  return { governed: true, levels: [...chain.levels, level] };
}

const quoted = (drafts: readonly DraftLike[]) => drafts.map((d) => `“${d.name}”`).join(', ');

/** The evaluator's header line: which drafts are evaluated, under which chain, and why. */
export function describeTarget(target: EvaluationTarget, chain: ScpChain): string {
  if (target.reason === 'none') return 'No identity draft to evaluate';
  const levels = chain.governed
    ? ` under the SCPs of ${chain.levels.map((l) => l.name).join(' → ') || 'no level'}`
    : ', not governed by SCPs';
  const drafts = quoted(target.identityDrafts);
  if (target.reason === 'pinned' && drafts === '') return 'No identity draft chosen under Inputs';
  if (target.reason === 'pinned') return `Evaluating ${drafts} (pinned under Inputs)${levels}`;
  if (target.reason === 'active')
    return `Evaluating ${drafts}, the active draft,${levels.replace(/^,/, '')}`;
  return `Evaluating ${drafts}${levels}, following the active SCP draft`;
}
