/**
 * The matrix's decisions, one per action name, computed on first use. Catalog actions are
 * registered up front (their resource types decide how the unknown resource is treated); other
 * names, such as dependencies outside the chosen catalogs, are looked up ignoring case and
 * otherwise decided against an unknown resource.
 */
import type { CatalogAction, ServiceCatalog } from '../../catalog/catalog-types';
import type { TriState } from '../conditions/condition-types';
import type { PreparedContext } from '../conditions/request-context';
import type { CompiledStatement } from '../evaluate/compile-policy';
import type { CompiledPolicySet } from '../evaluate/compile-policy-set';
import { decideWithContext } from '../evaluate/evaluate-request';
import type { ResourceSpec } from '../evaluate/statement-applies';
import { toRequestResource } from '../match/urn';
import type { ActionVerdict } from './matrix-types';

const ANY_RESOURCE: ResourceSpec = { kind: 'known', resource: toRequestResource('*') };
const UNKNOWN_RESOURCE: ResourceSpec = { kind: 'unknown', types: null };

/**
 * Actions without resource types are requested on `*`; others on an unknown resource of their
 * required types (or of any of their types when none is marked required).
 */
function resourceSpecFor(action: CatalogAction | null): ResourceSpec {
  if (!action) return UNKNOWN_RESOURCE;
  if (action.resourceTypes.length === 0) return ANY_RESOURCE;
  const required = action.resourceTypes.filter((t) => t.required);
  const types = (required.length > 0 ? required : action.resourceTypes).map((t) => t.type);
  return { kind: 'unknown', types };
}

interface Entry {
  action: CatalogAction | null;
  verdict: ActionVerdict | null;
}

export interface VerdictTable {
  verdictOf: (action: string) => ActionVerdict;
  /** Every verdict computed so far, in the order they were first asked for. */
  verdicts: () => ActionVerdict[];
}

export function createVerdictTable(
  set: CompiledPolicySet,
  catalogs: readonly ServiceCatalog[],
  context: PreparedContext,
): VerdictTable {
  // Keyed by the name as written; a case variant gets its own entry (and the same decision).
  const entries = new Map<string, Entry>();
  for (const catalog of catalogs) {
    for (const action of catalog.actions) entries.set(action.name, { action, verdict: null });
  }
  let folded: Map<string, CatalogAction> | null = null;
  const entryFor = (name: string): Entry => {
    const known = entries.get(name);
    if (known) return known;
    folded ??= new Map(catalogs.flatMap((c) => c.actions.map((a) => [a.name.toLowerCase(), a])));
    const entry = { action: folded.get(name.toLowerCase()) ?? null, verdict: null };
    entries.set(name, entry);
    return entry;
  };
  const conditionCache = new Map<CompiledStatement, TriState>();
  const computed: ActionVerdict[] = [];
  const verdictOf = (name: string): ActionVerdict => {
    const entry = entryFor(name);
    if (entry.verdict) return entry.verdict;
    const spec = resourceSpecFor(entry.action);
    const conclusion = decideWithContext(set, name, '*', spec, context, conditionCache);
    const verdict = {
      action: name,
      decision: conclusion.decision,
      reason: conclusion.summary,
      decisive: conclusion.decisive,
    };
    entry.verdict = verdict;
    computed.push(verdict);
    return verdict;
  };
  return { verdictOf, verdicts: () => computed };
}
