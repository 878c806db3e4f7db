/**
 * The matrix's decisions, one per action slot (see `action-slots`), computed on first use. A
 * slot's catalog action decides how the resource is treated; a name no catalog lists, even
 * ignoring case, is decided against an unknown resource. A case variant of a catalog name has its
 * own slot, and so its own verdict naming it as written (with the same decision).
 */
import type { CatalogAction, ServiceCatalog } from '../../catalog/catalog-types';
import type { TriState } from '../conditions/condition-types';
import type { PreparedContext } from '../conditions/request-context';
import type { CompiledStatement } from '../evaluate/compile-policy';
import type { CompiledPolicySet } from '../evaluate/compile-policy-set';
import { decideWithContext } from '../evaluate/evaluate-request';
import type { StatementRef } from '../evaluate/evaluation-types';
import type { ResourceSpec } from '../evaluate/statement-applies';
import { actionService } from '../match/action';
import { toRequestResource } from '../match/urn';
import type { ActionSlots } from './action-slots';
import type { ActionVerdict, ApiDependencyVerdict } from './matrix-types';
import { scopedUrn, type ResourceScope } from './scoped-urn';

const ANY_RESOURCE: ResourceSpec = { kind: 'known', resource: toRequestResource('*') };
const UNKNOWN_RESOURCE: ResourceSpec = { kind: 'unknown', types: null };
/** Shared by every verdict without decisive statements: most of a large matrix. */
const NO_REFS: StatementRef[] = Object.freeze([]) as unknown as StatementRef[];

/**
 * Actions without resource types are requested on `*`; others on a resource of their required
 * types (or of any of their types when none is marked required): wholly unknown without a scope,
 * else one partly known URN per type.
 */
function resourceSpecFor(
  action: CatalogAction | null,
  owner: ServiceCatalog | null,
  scope: ResourceScope | null,
): ResourceSpec {
  if (!action) return UNKNOWN_RESOURCE;
  if (action.resourceTypes.length === 0) return ANY_RESOURCE;
  const required = action.resourceTypes.filter((t) => t.required);
  const types = (required.length > 0 ? required : action.resourceTypes).map((t) => t.type);
  if (scope === null) return { kind: 'unknown', types };
  const service = owner?.service ?? actionService(action.name);
  return { kind: 'partial', urns: types.map((type) => scopedUrn(owner, service, type, scope)) };
}

/** The resource as a decision's summary names it: `*` unless a scope built URNs. */
const resourceText = (spec: ResourceSpec): string =>
  spec.kind === 'partial' ? spec.urns.map((urn) => urn.text).join(' or ') : '*';

export interface VerdictTable {
  verdictAt: (slot: number) => ActionVerdict;
  /** The verdict of a name as written (every name the catalogs mention has a slot). */
  verdictOf: (action: string) => ActionVerdict;
  /** `{ action, decision }` of a slot, one object per slot, for dependencies without a condition. */
  dependencyAt: (slot: number) => ApiDependencyVerdict;
  /** Every verdict computed so far, in the order they were first asked for. */
  verdicts: () => ActionVerdict[];
}

/** `scope`: `null` when it fills nothing in (see `isEmptyScope`). */
export function createVerdictTable(
  set: CompiledPolicySet,
  slots: ActionSlots,
  context: PreparedContext,
  scope: ResourceScope | null,
): VerdictTable {
  const conditionCache = new Map<CompiledStatement, TriState>();
  const computed: ActionVerdict[] = [];
  const bySlot: (ActionVerdict | undefined)[] = new Array<ActionVerdict | undefined>(
    slots.names.length,
  );
  const dependencies: (ApiDependencyVerdict | undefined)[] = new Array<
    ApiDependencyVerdict | undefined
  >(slots.names.length);

  const decideName = (
    name: string,
    action: CatalogAction | null,
    owner: ServiceCatalog | null,
  ): ActionVerdict => {
    const spec = resourceSpecFor(action, owner, scope);
    const text = resourceText(spec);
    const conclusion = decideWithContext(set, name, text, spec, context, conditionCache);
    const verdict: ActionVerdict = {
      action: name,
      decision: conclusion.decision,
      reason: conclusion.summary,
      decisive: conclusion.decisive.length === 0 ? NO_REFS : conclusion.decisive,
    };
    computed.push(verdict);
    return verdict;
  };
  const verdictAt = (slot: number): ActionVerdict => {
    const known = bySlot[slot];
    if (known) return known;
    const verdict = decideName(
      slots.names[slot] as string,
      slots.actions[slot] ?? null,
      slots.owners[slot] ?? null,
    );
    bySlot[slot] = verdict;
    return verdict;
  };
  const verdictOf = (name: string): ActionVerdict => {
    const slot = slots.slotOf.get(name);
    return slot === undefined ? decideName(name, null, null) : verdictAt(slot);
  };
  const dependencyAt = (slot: number): ApiDependencyVerdict => {
    let dependency = dependencies[slot];
    if (!dependency) {
      const verdict = verdictAt(slot);
      dependency = { action: verdict.action, decision: verdict.decision };
      dependencies[slot] = dependency;
    }
    return dependency;
  };
  return { verdictAt, verdictOf, dependencyAt, verdicts: () => computed };
}
