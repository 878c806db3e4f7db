import type { RequestContext } from '../engine';
import { isRecord } from '../catalog';

/**
 * What the drafts are evaluated under: the SCPs attached on the path from the organization root
 * to the account, and the request context (condition key values).
 */

/** One node on the path (root, an OU, the account) with the ids of the SCPs attached to it. */
export interface ScpLevel {
  name: string;
  /** Draft ids of SCP drafts or ids of system SCPs. */
  scpIds: string[];
}

export interface ScpChain {
  /** `false` models an account outside any organization (no SCP applies). */
  governed: boolean;
  levels: ScpLevel[];
}

/** The library id of the system SCP `FullAccess` (catalogs/system-policies.json). */
export const FULL_ACCESS_SCP_ID = 'scp-fullaccess';

/** A new level holds `FullAccess`, as Huawei Organizations attaches it to every new node. */
export function newScpLevel(name: string): ScpLevel {
  return { name, scpIds: [FULL_ACCESS_SCP_ID] };
}

/**
 * The chain of a fresh workspace, and of switching SCPs back on with no levels left: the root and
 * the account, each with `FullAccess`, which is what an account in a new organization is under.
 */
export function defaultScpChain(): ScpChain {
  return { governed: true, levels: [newScpLevel('Root'), newScpLevel('Account')] };
}

/** Whether a chain or context says anything (an empty one is not worth offering to apply). */
export function hasScenarioContent(scenario: {
  scpChain?: ScpChain;
  context?: RequestContext;
}): boolean {
  const { scpChain, context } = scenario;
  return Boolean(
    (scpChain && (scpChain.governed || scpChain.levels.length > 0)) ||
    (context && Object.keys(context).length > 0),
  );
}

const chainKey = (chain: ScpChain) =>
  JSON.stringify([chain.governed, chain.levels.map((level) => [level.name, level.scpIds])]);
const contextKey = (context: RequestContext) =>
  JSON.stringify(Object.entries(context).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * Whether applying an offered chain or context (a share link's, an imported file's) would change
 * what the workspace evaluates under: a link from someone who kept the default chain offers
 * nothing to someone who did too. An empty offered context is no offer.
 */
export function changesScenario(
  offered: { scpChain?: ScpChain; context?: RequestContext },
  current: { scpChain: ScpChain; context: RequestContext },
): boolean {
  const { scpChain, context } = offered;
  const chainChanges = scpChain !== undefined && chainKey(scpChain) !== chainKey(current.scpChain);
  const contextChanges =
    context !== undefined &&
    Object.keys(context).length > 0 &&
    contextKey(context) !== contextKey(current.context);
  return chainChanges || contextChanges;
}

const LIMITS = { levels: 10, ids: 200, idLength: 200 };

const isShortString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/** Checks an untrusted SCP chain; returns it or why it was refused. */
export function readScpChain(value: unknown): { chain: ScpChain } | { problem: string } {
  if (!isRecord(value) || typeof value.governed !== 'boolean' || !Array.isArray(value.levels)) {
    return { problem: 'the SCP selection is not readable' };
  }
  if (value.levels.length > LIMITS.levels) {
    return { problem: `the SCP selection has more than ${LIMITS.levels} levels` };
  }
  const levels: ScpLevel[] = [];
  for (const level of value.levels) {
    if (
      !isRecord(level) ||
      !isShortString(level.name, LIMITS.idLength) ||
      !Array.isArray(level.scpIds) ||
      level.scpIds.length > LIMITS.ids ||
      !level.scpIds.every((id) => isShortString(id, LIMITS.idLength))
    ) {
      return { problem: 'a level of the SCP selection is not readable' };
    }
    levels.push({ name: level.name, scpIds: [...(level.scpIds as string[])] });
  }
  return { chain: { governed: value.governed, levels } };
}
