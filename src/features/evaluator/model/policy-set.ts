import type { SystemPolicy } from '../../../catalog';
import { FULL_ACCESS_SCP } from '../../../engine';
import type { PolicyInput } from '../../../engine';
import { FULL_ACCESS_SCP_ID } from '../../../stores/scenario-model';
import type { ScpChain } from '../../../stores/scenario-model';

/**
 * From the user's drafts and choices to the engine's policy set: the identity drafts evaluated
 * together and the SCP chain with every attached SCP resolved to its text.
 */

/** A draft as the evaluator needs it (the drafts store's record fits). */
export interface DraftLike {
  id: string;
  name: string;
  policyType: 'identity' | 'scp';
  text: string;
}

export interface ScpOption {
  id: string;
  name: string;
  source: 'draft' | 'library';
}

/** The SCPs of the library: the system SCPs, `FullAccess` always among them. */
export function libraryScps(systemPolicies: readonly SystemPolicy[] | undefined): PolicyInput[] {
  const scps = (systemPolicies ?? [])
    .filter((p) => p.policyType === 'scp')
    .map((p) => ({ id: p.id, name: p.name, text: JSON.stringify(p.document, null, 2) }));
  // Until the library file loads (or if it lacks it), the engine's model of FullAccess stands in.
  return scps.some((p) => p.id === FULL_ACCESS_SCP_ID)
    ? scps
    : [{ ...FULL_ACCESS_SCP, id: FULL_ACCESS_SCP_ID }, ...scps];
}

/** What can be attached to an SCP level: the SCP drafts, then the library's SCPs. */
export function scpOptions(
  drafts: readonly DraftLike[],
  library: readonly PolicyInput[],
): ScpOption[] {
  return [
    ...drafts
      .filter((d) => d.policyType === 'scp')
      .map((d) => ({ id: d.id, name: d.name, source: 'draft' as const })),
    ...library.map((p) => ({ id: p.id, name: p.name ?? p.id, source: 'library' as const })),
  ];
}

export const toPolicyInput = (draft: DraftLike): PolicyInput => ({
  id: draft.id,
  name: draft.name,
  text: draft.text,
});

export interface ResolvedChain {
  /** `[]`: not governed by SCPs; otherwise each level's SCPs, root first. */
  scps: PolicyInput[][];
  /** The level names, in the same order. */
  levelNames: string[];
  /** Attached ids that name no SCP draft or library SCP any more (a deleted draft). */
  missing: { level: string; id: string }[];
}

/** Resolves every id of the chain to an SCP draft or a library SCP. */
export function resolveScpChain(
  chain: ScpChain,
  drafts: readonly DraftLike[],
  library: readonly PolicyInput[],
): ResolvedChain {
  if (!chain.governed) return { scps: [], levelNames: [], missing: [] };
  const byId = new Map<string, PolicyInput>();
  for (const scp of library) byId.set(scp.id, scp);
  for (const draft of drafts)
    if (draft.policyType === 'scp') byId.set(draft.id, toPolicyInput(draft));
  const missing: ResolvedChain['missing'] = [];
  const scps = chain.levels.map((level) =>
    level.scpIds.flatMap((id) => {
      const scp = byId.get(id);
      if (!scp) missing.push({ level: level.name, id });
      return scp ? [scp] : [];
    }),
  );
  return { scps, levelNames: chain.levels.map((l) => l.name), missing };
}
