import { isRecord } from '../catalog';
import { describeDraft, readNewDraft } from './draft-model';
import type { NewDraft } from './draft-model';
import { readExpectations, readRequestContext } from '../expectations';
import type { RequestContext } from '../engine';
import type { Expectation, ExpectationTarget } from '../expectations';
import { readScpChain } from './scenario-model';
import type { ScpChain } from './scenario-model';

/**
 * Drafts plus their expectations and the SCP chain and context they were evaluated under, as they travel between
 * browsers: in a workspace export file and in a share link. The envelope names the app and the
 * kind, so a file or link from elsewhere is recognised as foreign rather than half-read.
 */

const BUNDLE_APP = 'policy-workbench';
const BUNDLE_VERSION = 1;
const BUNDLE_MAX_DRAFTS = 100;

export type BundleKind = 'workspace' | 'share';

interface BundleDraft extends NewDraft {
  /** The draft's id where it came from, so the SCP chain's references can follow it. */
  id: string;
}

export interface WorkspaceBundle {
  drafts: BundleDraft[];
  /** Bundle draft id → that draft's expectations; drafts without any are left out. */
  expectations: Record<string, Expectation[]>;
  scpChain: ScpChain | null;
  context: RequestContext | null;
}

export function toBundleEnvelope(kind: BundleKind, bundle: WorkspaceBundle, extra: object = {}) {
  return { app: BUNDLE_APP, kind, version: BUNDLE_VERSION, ...extra, ...bundle };
}

export type ReadBundleResult =
  { ok: true; bundle: WorkspaceBundle } | { ok: false; problems: string[] };

/** Whether `value` claims to be one of our bundles (its contents may still be invalid). */
export function isBundleEnvelope(value: unknown, kind: BundleKind): boolean {
  return isRecord(value) && value.app === BUNDLE_APP && value.kind === kind;
}

/**
 * Reads the expectations of an untrusted bundle: a map from the id of one of its drafts to a list.
 * Bundles from before expectations travelled have none.
 */
function readBundleExpectations(
  value: unknown,
  draftNames: ReadonlyMap<string, string>,
  problems: string[],
): Record<string, Expectation[]> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    problems.push('its expectations are not readable');
    return {};
  }
  const expectations: Record<string, Expectation[]> = {};
  for (const [draftId, list] of Object.entries(value)) {
    const name = draftNames.get(draftId);
    if (name === undefined) {
      problems.push('it carries expectations of a draft it does not carry');
      continue;
    }
    const read = readExpectations(list, draftId);
    problems.push(...read.problems.map((problem) => `the expectations of \`${name}\`: ${problem}`));
    if (read.expectations.length > 0) expectations[draftId] = read.expectations;
  }
  return expectations;
}

/** Checks an untrusted bundle completely: one bad part refuses the whole bundle. */
export function readWorkspaceBundle(value: unknown, kind: BundleKind): ReadBundleResult {
  if (!isBundleEnvelope(value, kind) || !isRecord(value)) {
    return {
      ok: false,
      problems: [
        `it is not a Policy Workbench ${kind === 'share' ? 'share link' : 'workspace file'}`,
      ],
    };
  }
  if (value.version !== BUNDLE_VERSION) {
    return {
      ok: false,
      problems: [
        `it has version \`${String(value.version)}\`, this app reads version ${BUNDLE_VERSION}`,
      ],
    };
  }
  if (!Array.isArray(value.drafts) || value.drafts.length === 0) {
    return { ok: false, problems: ['it carries no drafts'] };
  }
  if (value.drafts.length > BUNDLE_MAX_DRAFTS) {
    return { ok: false, problems: [`it carries more than ${BUNDLE_MAX_DRAFTS} drafts`] };
  }
  const problems: string[] = [];
  const drafts: BundleDraft[] = [];
  value.drafts.forEach((raw: unknown, index) => {
    const read = readNewDraft(raw);
    const id =
      isRecord(raw) && typeof raw.id === 'string' && raw.id.length <= 200 ? raw.id : `#${index}`;
    if ('problem' in read) problems.push(`${describeDraft(raw, index)} ${read.problem}`);
    else drafts.push({ id, ...read.draft });
  });
  const expectations = readBundleExpectations(
    value.expectations,
    new Map(drafts.map((draft) => [draft.id, draft.name])),
    problems,
  );
  let scpChain: ScpChain | null = null;
  if (value.scpChain !== undefined && value.scpChain !== null) {
    const chain = readScpChain(value.scpChain);
    if ('chain' in chain) scpChain = chain.chain;
    else problems.push(chain.problem);
  }
  let context: RequestContext | null = null;
  if (value.context !== undefined && value.context !== null) {
    const read = readRequestContext(value.context);
    if ('context' in read) context = read.context;
    else problems.push(read.problem);
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, bundle: { drafts, expectations, scpChain, context } };
}

/** The expectations of these drafts, as a bundle carries them (drafts without any left out). */
export function expectationsOf(
  drafts: readonly { id: string }[],
  all: Readonly<Record<string, Expectation[]>>,
): Record<string, Expectation[]> {
  return Object.fromEntries(
    drafts.flatMap(({ id }) => {
      const list = all[id] ?? [];
      return list.length > 0 ? [[id, list]] : [];
    }),
  );
}

/** Re-keys a bundle's expectations to the ids its drafts got here, leaving out any draft not added. */
export function remapExpectations(
  expectations: Readonly<Record<string, Expectation[]>>,
  newIds: ReadonlyMap<string, string>,
): Record<string, Expectation[]> {
  return Object.fromEntries(
    Object.entries(expectations).flatMap(([id, list]) => {
      const newId = newIds.get(id);
      return newId === undefined ? [] : [[newId, list]];
    }),
  );
}

/** Rewrites SCP references to drafts of a bundle to the ids those drafts got here. */
export function remapScpChain(chain: ScpChain, newIds: ReadonlyMap<string, string>): ScpChain {
  return {
    governed: chain.governed,
    levels: chain.levels.map((level) => ({
      name: level.name,
      scpIds: level.scpIds.map((id) => newIds.get(id) ?? id),
    })),
  };
}

// Names and expectation targets are shown as text only, but one that looks like markup or carries
// invisible control or bidi characters is a sign of a crafted link or file: refuse it rather than
// show it (and write it into a report).
const HOSTILE_TEXT = /[<>]|javascript:|[\p{Cc}\p{Cf}]/iu;

/** Whether a name from outside (a link, a file) looks like markup or script. */
const isHostileName = (name: string) => HOSTILE_TEXT.test(name);

const targetTexts = (target: ExpectationTarget): string[] =>
  target.kind === 'action'
    ? [target.action]
    : target.kind === 'api'
      ? [target.service, target.api]
      : [target.service];

/**
 * Why a bundle that reads well still looks crafted, or `null`. Shared links and imported workspace
 * files are screened alike: both come from someone else.
 */
export function hostileBundleText(bundle: WorkspaceBundle): string | null {
  const draft = bundle.drafts.findIndex((d) => isHostileName(d.name));
  if (draft >= 0) return `draft ${draft + 1} has a name that looks like markup or script`;
  const level = bundle.scpChain?.levels.findIndex((l) => isHostileName(l.name)) ?? -1;
  if (level >= 0) return `SCP level ${level + 1} has a name that looks like markup or script`;
  for (const [draftId, list] of Object.entries(bundle.expectations)) {
    const index = list.findIndex((e) => targetTexts(e.target).some(isHostileName));
    if (index >= 0) {
      const name = bundle.drafts.find((d) => d.id === draftId)?.name ?? draftId;
      return `expectation ${index + 1} of \`${name}\` names something that looks like markup or script`;
    }
  }
  return null;
}
