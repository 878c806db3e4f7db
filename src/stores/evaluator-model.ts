import type { ResourceScope as EngineResourceScope } from '../engine';
import { readExpectations } from '../expectations';
import type { Expectation } from '../expectations';
import { isRecord } from '../catalog';
import { readScpChain } from './scenario-model';
import type { ScpChain } from './scenario-model';

/**
 * What the evaluator panel keeps between visits, beside the SCP chain and context of the scenario
 * store: which identity drafts are evaluated together, how empty context keys are read, which
 * services the matrix shows, the resource scope, the second SCP chain of a comparison, and the
 * expectations written for each draft. Pure data and checks.
 */

/** Parts of the request URNs the user pins down (the engine's scope); empty parts stay `*`. */
export type ResourceScope = Required<
  Pick<EngineResourceScope, 'region' | 'accountId' | 'resourceId'>
>;

export interface EvaluatorSettings {
  /** Identity drafts evaluated together; `null`: the active draft, when it is an identity policy. */
  identityDraftIds: string[] | null;
  /** Keys left empty are unknown ("any request") rather than absent ("exactly this request"). */
  unknownContext: boolean;
  /** Services the matrix shows; `null`: the services the drafts mention. */
  services: string[] | null;
  resourceScope: ResourceScope;
  /** The other SCP chain of a "one draft under two SCP chains" comparison. */
  compareScpChain: ScpChain | null;
  /** Draft id → its expectations. */
  expectations: Record<string, Expectation[]>;
}

export const EMPTY_RESOURCE_SCOPE: ResourceScope = { region: '', accountId: '', resourceId: '' };

const MAX_TEXT = 300;
const MAX_ITEMS = 500;

/** A setting's text: a string of at most 300 characters. */
export const isShortString = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT;

/** A list of at most 500 setting texts (draft ids, services), or `null` when it is not one. */
export function readStringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.length <= MAX_ITEMS && value.every(isShortString)
    ? [...(value as string[])]
    : null;
}

function readScope(value: unknown): ResourceScope | null {
  if (!isRecord(value)) return null;
  const { region, accountId, resourceId } = value;
  return isShortString(region) && isShortString(accountId) && isShortString(resourceId)
    ? { region, accountId, resourceId }
    : null;
}

/** Keeps each saved setting that is valid; reports the others, which fall back to defaults. */
export function restoreEvaluatorSettings(saved: unknown): {
  state: Partial<EvaluatorSettings>;
  problems: string[];
} {
  if (!isRecord(saved))
    return { state: {}, problems: ['the saved evaluator settings are not an object'] };
  const state: Partial<EvaluatorSettings> = {};
  const problems: string[] = [];
  const ids = saved.identityDraftIds === null ? null : readStringList(saved.identityDraftIds);
  if (ids !== null || saved.identityDraftIds === null) state.identityDraftIds = ids;
  else problems.push('the saved choice of drafts to evaluate is not readable');
  if (typeof saved.unknownContext === 'boolean') state.unknownContext = saved.unknownContext;
  else problems.push('the saved "any request" switch is not readable');
  const services = saved.services === null ? null : readStringList(saved.services);
  if (services !== null || saved.services === null) state.services = services;
  else problems.push('the saved choice of services is not readable');
  const scope = readScope(saved.resourceScope);
  if (scope) state.resourceScope = scope;
  else problems.push('the saved resource scope is not readable');
  if (saved.compareScpChain === null) state.compareScpChain = null;
  else {
    const chain = readScpChain(saved.compareScpChain);
    if ('chain' in chain) state.compareScpChain = chain.chain;
    else problems.push(`the saved comparison chain: ${chain.problem}`);
  }
  if (isRecord(saved.expectations)) {
    const expectations: Record<string, Expectation[]> = {};
    for (const [draftId, list] of Object.entries(saved.expectations)) {
      const read = readExpectations(list, draftId);
      expectations[draftId] = read.expectations;
      problems.push(...read.problems.map((p) => `saved ${p}`));
    }
    state.expectations = expectations;
  } else problems.push('the saved expectations are not readable');
  return { state, problems };
}
