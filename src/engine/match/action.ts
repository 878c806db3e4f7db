/**
 * Action patterns (`service:resourceType:operation`, wildcards allowed anywhere) compared
 * case-insensitively with action names (reference §5; assumption `action-case-insensitive`).
 *
 * An action and its aliases are the same action (reference §5 rule 6): a pattern applies to an
 * action when it matches the action's own name or one of its aliases. Every question "does this
 * pattern reach this action" — evaluation, the API matrix, catalog expansion, the validator, the
 * builder — is answered by {@link matchedName}, so they cannot disagree.
 */
import { compileWildcard } from './wildcard';

/** A compiled action pattern: the predicate plus what an index needs to file it. */
export interface ActionMatcher {
  readonly pattern: string;
  /** Matches one name; use {@link matchedName} to ask about an action with its aliases. */
  readonly test: (name: string) => boolean;
  /**
   * The lower-cased service prefix when the pattern's first segment has no wildcard (so only
   * names of that service can match); `null` when any service could match.
   */
  readonly service: string | null;
  /** True when the pattern contains `*` or `?`. */
  readonly hasWildcard: boolean;
  /** True when the pattern contains `?` (assumption `question-mark-wildcard`). */
  readonly usesQuestionMark: boolean;
}

/** An action as patterns see it: its own name and the aliases it also answers to. */
export interface ActionNames {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Compiles an action pattern once; the result is cached with the other wildcard patterns. */
export function compileActionPattern(pattern: string): ActionMatcher {
  const matcher = compileWildcard(pattern, { ignoreCase: true });
  return {
    pattern,
    test: matcher.test,
    service: literalServicePrefix(pattern),
    hasWildcard: matcher.hasWildcard,
    usesQuestionMark: pattern.includes('?'),
  };
}

/**
 * The name by which `matcher` applies to an action: its own name when it matches, else the first
 * of its aliases that does; `null` when it matches none.
 */
export function matchedName(
  matcher: ActionMatcher,
  action: string,
  aliases: readonly string[],
): string | null {
  if (matcher.test(action)) return action;
  // An indexed loop: this runs for every pattern of every candidate statement of a matrix.
  for (let i = 0; i < aliases.length; i++) {
    const alias = aliases[i] as string;
    if (matcher.test(alias)) return alias;
  }
  return null;
}

/** Does `pattern` apply to `action`, by its own name or one of its `aliases`? */
export function matchAction(pattern: string, action: string, aliases: readonly string[]): boolean {
  return matchedName(compileActionPattern(pattern), action, aliases) !== null;
}

/** The lower-cased service prefix of an action name or literal pattern (`ECS:a:b` → `ecs`). */
export function actionService(action: string): string {
  const colon = action.indexOf(':');
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}

function literalServicePrefix(pattern: string): string | null {
  const colon = pattern.indexOf(':');
  if (colon < 0) return null;
  const service = pattern.slice(0, colon);
  return /[*?]/.test(service) ? null : service.toLowerCase();
}

/**
 * The actions among `actions` that `pattern` applies to (by name or alias), in their given order.
 * A pattern without wildcards still only returns actions of the list.
 */
export function expandActionPattern<T extends ActionNames>(
  pattern: string,
  actions: readonly T[],
): T[] {
  const matcher = compileActionPattern(pattern);
  return actions.filter((action) => matchedName(matcher, action.name, action.aliases) !== null);
}
