/**
 * Action patterns (`service:resourceType:operation`, wildcards allowed anywhere) compared
 * case-insensitively with action names (reference §5; assumption `action-case-insensitive`).
 */
import { compileWildcard } from './wildcard';

/** A compiled action pattern: the predicate plus what an index needs to file it. */
export interface ActionMatcher {
  readonly pattern: string;
  readonly test: (action: string) => boolean;
  /**
   * The lower-cased service prefix when the pattern's first segment has no wildcard (so only that
   * service's actions can match); `null` when any service could match.
   */
  readonly service: string | null;
  /** True when the pattern contains `?` (assumption `question-mark-wildcard`). */
  readonly usesQuestionMark: boolean;
}

/** Compiles an action pattern once; the result is cached with the other wildcard patterns. */
export function compileActionPattern(pattern: string): ActionMatcher {
  const matcher = compileWildcard(pattern, { ignoreCase: true });
  return {
    pattern,
    test: matcher.test,
    service: literalServicePrefix(pattern),
    usesQuestionMark: pattern.includes('?'),
  };
}

/** Does `action` match `pattern`? Case-insensitive, anchored, `*` and `?` wildcards. */
export function matchAction(pattern: string, action: string): boolean {
  return compileWildcard(pattern, { ignoreCase: true }).test(action);
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
 * The actions among `actions` that `pattern` matches, in their given order. A pattern without
 * wildcards still only returns names that exist in the list (with their catalog spelling).
 */
export function expandActionPattern(pattern: string, actions: readonly string[]): string[] {
  const { test } = compileWildcard(pattern, { ignoreCase: true });
  return actions.filter((action) => test(action));
}
