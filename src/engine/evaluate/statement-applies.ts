/**
 * Whether one compiled statement applies to a request, in three-valued logic (reference §10
 * `statementApplies`): the action part is always known; the resource and the conditions may be
 * unknown under partial evaluation.
 */
import type { TriState } from '../conditions/condition-types';
import { evaluateCondition } from '../conditions/evaluate-condition';
import type { PreparedContext } from '../conditions/request-context';
import { matchedName, type ActionMatcher } from '../match/action';
import type { PartialUrn, RequestResource, ResourceMatcher } from '../match/urn';
import type { CompiledStatement } from './compile-policy';

/**
 * The request's resource: known (a URN or `*`); unknown — possibly known to be of some types; or
 * partly known — one URN per possible type, some of whose segments are unknown.
 */
export type ResourceSpec =
  | { kind: 'known'; resource: RequestResource }
  /**
   * Some resource of `types` (any resource when `null`) of `service`, the action's own (`null`:
   * any service's).
   */
  | { kind: 'unknown'; types: readonly string[] | null; service: string | null }
  | { kind: 'partial'; urns: readonly PartialUrn[] };

/** Which pattern of a statement reached the action, and through which alias (`null`: its name). */
export interface ActionMatch {
  index: number;
  alias: string | null;
}

const NO_ALIASES: readonly string[] = [];

/**
 * The first pattern matching the action's own name, else the first reaching it through one of
 * its `aliases`; `null` when none does. An explanation names the alias only when no pattern
 * matched the name itself.
 */
export function matchStatementAction(
  statement: CompiledStatement,
  action: string,
  aliases: readonly string[],
): ActionMatch | null {
  const { actions } = statement;
  for (let i = 0; i < actions.length; i++)
    if (matchedName(actions[i] as ActionMatcher, action, NO_ALIASES) !== null)
      return { index: i, alias: null };
  if (aliases.length === 0) return null;
  for (let i = 0; i < actions.length; i++) {
    const alias = matchedName(actions[i] as ActionMatcher, action, aliases);
    if (alias !== null) return { index: i, alias };
  }
  return null;
}

/** Does the statement's `Action` (or `NotAction`) part apply to the action with its aliases? */
function actionApplies(
  statement: CompiledStatement,
  action: string,
  aliases: readonly string[],
): boolean {
  const { actions } = statement;
  for (let i = 0; i < actions.length; i++)
    if (matchedName(actions[i] as ActionMatcher, action, aliases) !== null)
      return !statement.notAction;
  return statement.notAction;
}

/** One pattern against an unknown resource whose possible types (and service) may be known. */
function matchUnknownResource(
  matcher: ResourceMatcher,
  types: readonly string[] | null,
  service: string | null,
): TriState {
  if (matcher.isWildcard) return 'true';
  // A resource of another service's URN is never this one, whatever its type.
  if (service !== null && matcher.serviceMatcher?.test(service) === false) return 'false';
  if (types === null || matcher.typeMatcher === null) return 'unknown';
  const typeMatcher = matcher.typeMatcher;
  const matching = types.filter((type) => typeMatcher.test(type)).length;
  if (matching === 0) return 'false';
  return matcher.coversWholeType && matching === types.length ? 'true' : 'unknown';
}

/** One pattern against a resource that is one of `urns`: sure only when every URN agrees. */
function matchPartialResource(matcher: ResourceMatcher, urns: readonly PartialUrn[]): TriState {
  let every = 0;
  let none = 0;
  for (const urn of urns) {
    const result = matcher.matchPartial(urn);
    if (result === 'every') every++;
    else if (result === 'none') none++;
  }
  if (every === urns.length) return 'true';
  return none === urns.length ? 'false' : 'unknown';
}

export function matchResourcePattern(matcher: ResourceMatcher, spec: ResourceSpec): TriState {
  if (spec.kind === 'unknown') return matchUnknownResource(matcher, spec.types, spec.service);
  if (spec.kind === 'partial') return matchPartialResource(matcher, spec.urns);
  return matcher.match(spec.resource).matches ? 'true' : 'false';
}

/** OR over the patterns, negated for `NotResource`; an absent element applies to everything. */
export function resourceApplies(statement: CompiledStatement, spec: ResourceSpec): TriState {
  if (statement.resources === null) return 'true';
  let any: TriState = 'false';
  for (const matcher of statement.resources) {
    const result = matchResourcePattern(matcher, spec);
    if (result === 'true') {
      any = 'true';
      break;
    }
    if (result === 'unknown') any = 'unknown';
  }
  if (!statement.notResource || any === 'unknown') return any;
  return any === 'true' ? 'false' : 'true';
}

/** AND over the conditions. */
function conditionsHold(statement: CompiledStatement, context: PreparedContext): TriState {
  let all: TriState = 'true';
  for (const condition of statement.conditions) {
    const { result } = evaluateCondition(condition, context);
    if (result === 'false') return 'false';
    if (result === 'unknown') all = 'unknown';
  }
  return all;
}

export function and(a: TriState, b: TriState): TriState {
  if (a === 'false' || b === 'false') return 'false';
  return a === 'unknown' || b === 'unknown' ? 'unknown' : 'true';
}

/**
 * Does the statement apply? `conditionCache` lets many requests that share one context (an API
 * matrix) evaluate each statement's conditions once. `onReached` hears of the statement when the
 * action reaches it: its action part applies, or it is a `NotAction` statement (which names the
 * action and excludes it, or applies). A caller so learns which statements the decision rests on
 * without matching their actions a second time.
 */
export function statementApplies(
  statement: CompiledStatement,
  action: string,
  aliases: readonly string[],
  resource: ResourceSpec,
  context: PreparedContext,
  conditionCache?: Map<CompiledStatement, TriState>,
  onReached?: (statement: CompiledStatement) => void,
): TriState {
  const onAction = actionApplies(statement, action, aliases);
  if (onAction || statement.notAction) onReached?.(statement);
  if (!onAction) return 'false';
  const onResource = resourceApplies(statement, resource);
  if (onResource === 'false') return 'false';
  let onConditions = conditionCache?.get(statement);
  if (onConditions === undefined) {
    onConditions = conditionsHold(statement, context);
    conditionCache?.set(statement, onConditions);
  }
  return and(onResource, onConditions);
}
