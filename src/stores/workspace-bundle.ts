import { isRecord } from '../catalog';
import { describeDraft, readNewDraft } from './draft-model';
import type { NewDraft } from './draft-model';
import { readExpectations, readRequestContext } from '../expectations';
import type { RequestContext } from '../engine';
import type { Expectation, ExpectationTarget } from '../expectations';
import { isShortString, readStringList } from './evaluator-model';
import type { EvaluatorSettings, ResourceScope } from './evaluator-model';
import { readScpChain } from './scenario-model';
import type { ScpChain } from './scenario-model';

/**
 * Drafts plus their expectations, the SCP chain and context they were evaluated under and the
 * evaluator's settings that decide the matrix, as they travel between browsers: in a workspace
 * export file and in a share link. The envelope names the app and the kind, so a file or link from
 * elsewhere is recognised as foreign rather than half-read.
 */

const BUNDLE_APP = 'policy-workbench';
const BUNDLE_VERSION = 1;
const BUNDLE_MAX_DRAFTS = 100;

export type BundleKind = 'workspace' | 'share';

interface BundleDraft extends NewDraft {
  /** The draft's id where it came from, so the SCP chain's references can follow it. */
  id: string;
}

/**
 * The evaluator's settings that decide what the matrix evaluates and its verdicts, as the sender
 * had them, with draft ids of the bundle. Every part is optional: a part left out (a bundle made
 * before they travelled, or one that could not be read) is as in a fresh workspace.
 */
export interface BundleEvaluation {
  /** The draft the sender had open, which the evaluator follows unless drafts are pinned. */
  activeDraftId?: string;
  /** The identity draft last open, evaluated against the active draft when that is an SCP. */
  lastIdentityDraftId?: string;
  /** Identity drafts pinned under Inputs; `null`: following the active draft. */
  identityDraftIds?: string[] | null;
  /** "Any request": context keys left empty are unknown rather than absent. */
  unknownContext?: boolean;
  /** Services the matrix shows; `null`: the services the drafts mention. */
  services?: string[] | null;
  resourceScope?: ResourceScope;
}

export interface WorkspaceBundle {
  drafts: BundleDraft[];
  /** Bundle draft id → that draft's expectations; drafts without any are left out. */
  expectations: Record<string, Expectation[]>;
  scpChain: ScpChain | null;
  context: RequestContext | null;
  /** Absent in bundles made before the evaluator's settings travelled. */
  evaluation?: BundleEvaluation;
}

/** What the stores hold that a bundle's evaluation part is made of. */
export interface EvaluationState extends Pick<
  EvaluatorSettings,
  'identityDraftIds' | 'unknownContext' | 'services' | 'resourceScope'
> {
  activeDraftId: string | null;
  lastIdentityDraftId: string | null;
}

/**
 * The evaluation part of a bundle of `drafts` (a link may carry only some of the workspace's):
 * draft ids of drafts it does not carry are left out, and a pin of none of them becomes "follow
 * the active draft" rather than "no draft chosen", so the recipient evaluates what they were sent.
 */
export function bundleEvaluation(
  drafts: readonly { id: string }[],
  state: EvaluationState,
): BundleEvaluation {
  const carried = new Set(drafts.map((draft) => draft.id));
  const has = (id: string | null): id is string => id !== null && carried.has(id);
  const pinned = state.identityDraftIds?.filter(has) ?? null;
  return {
    ...(has(state.activeDraftId) ? { activeDraftId: state.activeDraftId } : {}),
    ...(has(state.lastIdentityDraftId) ? { lastIdentityDraftId: state.lastIdentityDraftId } : {}),
    identityDraftIds:
      pinned !== null && pinned.length === 0 && (state.identityDraftIds?.length ?? 0) > 0
        ? null
        : pinned,
    unknownContext: state.unknownContext,
    services: state.services,
    resourceScope: state.resourceScope,
  };
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

/**
 * Reads the evaluation part of an untrusted bundle leniently: it only decides how the drafts are
 * first shown, so each setting that is not readable is left out (as in a fresh workspace) and the
 * rest kept. Draft ids must be those of drafts the bundle carries; a pin keeps the ones that are
 * (and is left out when none is). `undefined` when the bundle carries no evaluation part.
 */
function readBundleEvaluation(
  value: unknown,
  draftIds: ReadonlySet<string>,
): BundleEvaluation | undefined {
  if (!isRecord(value)) return undefined;
  const evaluation: BundleEvaluation = {};
  const isDraftId = (id: unknown): id is string => typeof id === 'string' && draftIds.has(id);
  if (isDraftId(value.activeDraftId)) evaluation.activeDraftId = value.activeDraftId;
  if (isDraftId(value.lastIdentityDraftId))
    evaluation.lastIdentityDraftId = value.lastIdentityDraftId;
  if (value.identityDraftIds === null) evaluation.identityDraftIds = null;
  else {
    const listed = readStringList(value.identityDraftIds);
    const pinned = [...new Set(listed?.filter(isDraftId))];
    if (listed !== null && (listed.length === 0 || pinned.length > 0))
      evaluation.identityDraftIds = pinned;
  }
  if (typeof value.unknownContext === 'boolean') evaluation.unknownContext = value.unknownContext;
  if (value.services === null) evaluation.services = null;
  else {
    const services = readStringList(value.services);
    if (services !== null) evaluation.services = services;
  }
  if (isRecord(value.resourceScope)) {
    const { region, accountId, resourceId } = value.resourceScope;
    const text = (part: unknown) => (isShortString(part) ? part : '');
    evaluation.resourceScope = {
      region: text(region),
      accountId: text(accountId),
      resourceId: text(resourceId),
    };
  }
  return evaluation;
}

/**
 * Checks an untrusted bundle completely: one bad part refuses the whole bundle, except the
 * evaluation part, whose unreadable settings are left out (`readBundleEvaluation`).
 */
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
  if (problems.length > 0) return { ok: false, problems };
  const evaluation = readBundleEvaluation(
    value.evaluation,
    new Set(drafts.map((draft) => draft.id)),
  );
  return {
    ok: true,
    bundle: { drafts, expectations, scpChain, context, ...(evaluation ? { evaluation } : {}) },
  };
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

/**
 * Rewrites the draft ids of a bundle's evaluation part to the ids those drafts got here; an id of
 * a draft not added is left out (from a pin too).
 */
export function remapEvaluation(
  evaluation: BundleEvaluation,
  newIds: ReadonlyMap<string, string>,
): BundleEvaluation {
  const { activeDraftId, lastIdentityDraftId, identityDraftIds, ...settings } = evaluation;
  const active = activeDraftId === undefined ? undefined : newIds.get(activeDraftId);
  const last = lastIdentityDraftId === undefined ? undefined : newIds.get(lastIdentityDraftId);
  return {
    ...(active === undefined ? {} : { activeDraftId: active }),
    ...(last === undefined ? {} : { lastIdentityDraftId: last }),
    ...(identityDraftIds === undefined
      ? {}
      : {
          identityDraftIds:
            identityDraftIds === null
              ? null
              : identityDraftIds.flatMap((id) => newIds.get(id) ?? []),
        }),
    ...settings,
  };
}

/** The evaluator's settings an evaluation part sets (those it carries), for the evaluator store. */
export function evaluatorSettingsOf(
  evaluation: BundleEvaluation,
): Partial<
  Pick<EvaluatorSettings, 'identityDraftIds' | 'unknownContext' | 'services' | 'resourceScope'>
> {
  const { identityDraftIds, unknownContext, services, resourceScope } = evaluation;
  return {
    ...(identityDraftIds === undefined ? {} : { identityDraftIds }),
    ...(unknownContext === undefined ? {} : { unknownContext }),
    ...(services === undefined ? {} : { services }),
    ...(resourceScope === undefined ? {} : { resourceScope }),
  };
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

// Names, expectation targets, the resource scope and services are shown as text only (and the
// scope is written into the request URNs), but one that looks like markup or carries
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
  const { resourceScope, services } = bundle.evaluation ?? {};
  if (resourceScope && Object.values(resourceScope).some(isHostileName))
    return 'its resource scope holds text that looks like markup or script';
  if (services?.some(isHostileName)) return 'it names a service that looks like markup or script';
  return null;
}
