/**
 * The matrix's decisions, one per action slot (see `action-slots`), computed on first use. A
 * slot's catalog action decides how the resource is treated; a name no catalog lists, even
 * ignoring case, is decided against an unknown resource. A case variant of a catalog name has its
 * own slot, and so its own verdict naming it as written (with the same decision).
 */
import type { TriState } from '../conditions/condition-types';
import type { PreparedContext } from '../conditions/request-context';
import type { CompiledStatement } from '../evaluate/compile-policy';
import type { CompiledPolicySet } from '../evaluate/compile-policy-set';
import { decideWithContext } from '../evaluate/evaluate-request';
import type { StatementRef } from '../evaluate/evaluation-types';
import type { ResourceSpec } from '../evaluate/statement-applies';
import type { ActionSlots } from './action-slots';
import { DECISION_CODES } from './fold-status';
import type { VerdictColumns } from './matrix-types';
import { actionResourceSpec } from './request-resource';
import type { ResourceScope } from './scoped-urn';

const NO_ALIASES: readonly string[] = [];
/** Shared by every verdict without decisive statements: most of a large matrix. */
const NO_REFS: StatementRef[] = Object.freeze([]) as unknown as StatementRef[];

/** The resource as a decision's summary names it: `*` unless a scope built URNs. */
const resourceText = (spec: ResourceSpec): string =>
  spec.kind === 'partial' ? spec.urns.map((urn) => urn.text).join(' or ') : '*';

export interface VerdictTable {
  /** The index of a slot's verdict, decided on first use. */
  indexAt: (slot: number) => number;
  /** Per verdict index: its decision code (see `DECISIONS`), for folding API statuses. */
  decisionCodes: () => Uint8Array;
  /** Every verdict decided so far, in the order they were first asked for. */
  columns: () => VerdictColumns;
}

/**
 * The same decisive statements as an earlier verdict's list, or `refs` itself the first time:
 * allowed actions mostly share their decisive statements, and a list per action would be kept.
 */
function sharedRefs(
  known: Map<StatementRef, StatementRef[][]>,
  refs: StatementRef[],
): StatementRef[] {
  if (refs.length === 0) return NO_REFS;
  const first = refs[0] as StatementRef;
  const candidates = known.get(first);
  const same = candidates?.find(
    (candidate) => candidate.length === refs.length && candidate.every((ref, i) => ref === refs[i]),
  );
  if (same) return same;
  if (candidates) candidates.push(refs);
  else known.set(first, [refs]);
  return refs;
}

/** `scope`: `null` when it fills nothing in (see `isEmptyScope`). */
export function createVerdictTable(
  set: CompiledPolicySet,
  slots: ActionSlots,
  context: PreparedContext,
  scope: ResourceScope | null,
): VerdictTable {
  const conditionCache = new Map<CompiledStatement, TriState>();
  const knownRefs = new Map<StatementRef, StatementRef[][]>();
  const action: string[] = [];
  // Every slot has at most one verdict.
  const decision = new Uint8Array(slots.names.length);
  const reason: (string | null)[] = [];
  const decisive: StatementRef[][] = [];
  // -1: not decided yet.
  const indexBySlot = new Int32Array(slots.names.length).fill(-1);

  const decide = (slot: number): void => {
    const name = slots.names[slot] as string;
    const catalogAction = slots.actions[slot] ?? null;
    const spec = actionResourceSpec(catalogAction, slots.owners[slot] ?? null, scope);
    const text = resourceText(spec);
    // The aliases of the catalog action the name resolves to, as `evaluate` resolves them.
    const aliases = catalogAction?.aliases ?? NO_ALIASES;
    const conclusion = decideWithContext(set, name, aliases, text, spec, context, conditionCache);
    decision[action.length] = DECISION_CODES[conclusion.decision];
    action.push(name);
    const derived = conclusion.decision === 'implicit-deny' && text === '*';
    reason.push(derived ? null : conclusion.summary);
    decisive.push(sharedRefs(knownRefs, conclusion.decisive));
  };
  const indexAt = (slot: number): number => {
    let index = indexBySlot[slot] as number;
    if (index < 0) {
      index = action.length;
      decide(slot);
      indexBySlot[slot] = index;
    }
    return index;
  };
  return {
    indexAt,
    decisionCodes: () => decision,
    columns: () => ({ action, decision: decision.slice(0, action.length), reason, decisive }),
  };
}
