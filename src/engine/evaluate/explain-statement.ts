/**
 * The explained form of one statement against one request: which pattern decided the action (and
 * through which alias, when no pattern matched the action's own name) and the resource part, every
 * condition's evaluation, and the assumptions involved. Used by `evaluateRequest`; the fast path
 * (`statementApplies`) computes the same status without words.
 */
import type { AssumptionId } from '../assumptions';
import type { TriState } from '../conditions/condition-types';
import { explainCondition } from '../conditions/describe-condition';
import { evaluateCondition, type ConditionOutcome } from '../conditions/evaluate-condition';
import type { PreparedContext } from '../conditions/request-context';
import { compileWildcard } from '../match/wildcard';
import {
  compileResourcePattern,
  splitUrn,
  toRequestResource,
  type PartialUrn,
  type ResourceMatcher,
  type ResourceMatchReason,
} from '../match/urn';
import type { CompiledStatement } from './compile-policy';
import type { StatementExplanation, StatementStatus } from './evaluation-types';
import {
  and,
  matchResourcePattern,
  matchStatementAction,
  resourceApplies,
  type ResourceSpec,
} from './statement-applies';

const STATUS: Record<TriState, StatementStatus> = {
  true: 'applies',
  false: 'does-not-apply',
  unknown: 'unknown',
};

function explainAction(
  statement: CompiledStatement,
  action: string,
  aliases: readonly string[],
): StatementExplanation['action'] {
  const match = matchStatementAction(statement, action, aliases);
  const pattern = match === null ? null : (statement.actions[match.index]?.pattern ?? null);
  const alias = match?.alias ?? null;
  if (statement.notAction) {
    return match
      ? { applies: false, reason: 'not-action-excluded', pattern, alias }
      : { applies: true, reason: 'not-action-not-listed', pattern, alias };
  }
  return match
    ? { applies: true, reason: 'action-matched', pattern, alias }
    : { applies: false, reason: 'action-not-listed', pattern, alias };
}

const CASE_SENSITIVE_MISMATCHES: ReadonlySet<string> = new Set([
  'region-mismatch',
  'account-mismatch',
  'resource-path-mismatch',
  'whole-string-mismatch',
]);

/** Would a case-insensitive comparison of region, account and path have matched? */
function onlyCaseDiffers(pattern: string, resource: string): boolean {
  return compileResourcePattern(pattern.toLowerCase()).match(
    toRequestResource(resource.toLowerCase()),
  ).matches;
}

function explainResource(statement: CompiledStatement, spec: ResourceSpec) {
  if (statement.resources === null) {
    return {
      applies: 'true' as TriState,
      reason: 'resource-element-absent' as const,
      pattern: null,
    };
  }
  let unknownPattern: string | null = null;
  let lastMismatch: StatementExplanation['resource'] | null = null;
  for (const matcher of statement.resources) {
    const result = matchResourcePattern(matcher, spec);
    if (result === 'true') {
      const reason =
        spec.kind === 'known'
          ? matcher.match(spec.resource).reason
          : spec.kind === 'partial' && matcher.typeMatcher !== null
            ? 'segments-matched'
            : 'pattern-is-wildcard';
      return statement.notResource
        ? {
            applies: 'false' as TriState,
            reason: 'not-resource-excluded' as const,
            pattern: matcher.pattern,
          }
        : { applies: 'true' as TriState, reason, pattern: matcher.pattern };
    }
    if (result === 'unknown') unknownPattern ??= matcher.pattern;
    else if (spec.kind === 'known') {
      const { reason } = matcher.match(spec.resource);
      lastMismatch = { applies: 'false', reason, pattern: matcher.pattern };
    } else {
      const [only] = spec.kind === 'partial' && spec.urns.length === 1 ? spec.urns : [];
      lastMismatch = {
        applies: 'false',
        reason: only
          ? partialMismatchReason(matcher, only)
          : spec.kind === 'unknown' &&
              spec.service !== null &&
              matcher.serviceMatcher?.test(spec.service) === false
            ? 'service-mismatch'
            : 'resource-type-not-taken',
        pattern: matcher.pattern,
      };
    }
  }
  if (unknownPattern !== null)
    return {
      applies: 'unknown' as TriState,
      reason: 'resource-unknown' as const,
      pattern: unknownPattern,
    };
  if (statement.notResource)
    return {
      applies: 'true' as TriState,
      reason: 'not-resource-not-listed' as const,
      pattern: null,
    };
  return (
    lastMismatch ?? {
      applies: 'false' as TriState,
      reason: 'whole-string-mismatch' as const,
      pattern: null,
    }
  );
}

/**
 * What a statement's resource part rests on when the request names no URN of its own. A resource
 * known only by its types comes from the catalogs (`unnamed-resource-of-action-types`; an
 * unknown resource of unknown type is partial evaluation's, not an assumption). One from a
 * resource scope has the catalog template's shape (`scoped-urn-template`), and a pattern that
 * left the answer open did so because a segment the scope leaves empty may hold anything
 * (`scoped-urn-unknown-segment`).
 */
function requestResourceAssumptions(
  statement: CompiledStatement,
  spec: ResourceSpec,
): AssumptionId[] {
  if (statement.resources === null) return [];
  if (spec.kind === 'unknown')
    return spec.types === null ? [] : ['unnamed-resource-of-action-types'];
  if (spec.kind !== 'partial') return [];
  const open = statement.resources.some(
    (matcher) => matchResourcePattern(matcher, spec) === 'unknown',
  );
  return open ? ['scoped-urn-template', 'scoped-urn-unknown-segment'] : ['scoped-urn-template'];
}

/**
 * Why no URN of a partly known resource matches: filling each unknown segment with the pattern's
 * own text (which a glob always matches) leaves only the known segments to disagree.
 */
function partialMismatchReason(matcher: ResourceMatcher, urn: PartialUrn): ResourceMatchReason {
  const parts = splitUrn(matcher.pattern);
  if (parts === null) return 'whole-string-mismatch';
  const filled = urn.segments.map((segment, index) => segment ?? parts[index]).join(':');
  return matcher.match(toRequestResource(filled)).reason;
}

/**
 * " (matched through alias `x`)" when an alias decided, naming the pattern too when it is not the
 * alias itself (" (`sms:server:*` matched through alias `sms:server:migrationServer`)").
 */
function throughAlias({ alias, pattern }: StatementExplanation['action']): string {
  if (alias === null) return '';
  const named = pattern !== null && pattern.toLowerCase() !== alias.toLowerCase();
  return ` (${named ? `\`${pattern}\` ` : ''}matched through alias \`${alias}\`)`;
}

/** "none of `a`, `b` (its `NotResource`)": what a negated element asks of the request. */
function noneOf(element: 'NotAction' | 'NotResource', patterns: readonly { pattern: string }[]) {
  return `none of ${patterns.map((p) => `\`${p.pattern}\``).join(', ')} (its \`${element}\`)`;
}

function sentenceFor(
  explanation: Omit<StatementExplanation, 'sentence'>,
  statement: CompiledStatement,
): string {
  const { action, resource, conditions, status } = explanation;
  if (!action.applies) {
    return action.reason === 'not-action-excluded'
      ? `the action is excluded by \`NotAction\` pattern \`${action.pattern}\`${action.alias === null ? '' : `, matched through alias \`${action.alias}\``}`
      : 'no `Action` pattern matches the action';
  }
  if (resource.applies === 'false') {
    return resource.reason === 'not-resource-excluded'
      ? `the resource is excluded by \`NotResource\` pattern \`${resource.pattern}\``
      : 'no `Resource` pattern matches the resource';
  }
  const failed = conditions.find((c) => c.result === 'false');
  if (failed) return `condition not met: ${failed.sentence}`;
  // A negated element applies because nothing in it matched: "matches none of", never "matches".
  const notResource =
    statement.notResource && statement.resources
      ? noneOf('NotResource', statement.resources)
      : null;
  if (status === 'unknown') {
    if (resource.applies !== 'unknown')
      return `applies only if the unknown conditions hold${throughAlias(action)}`;
    return notResource
      ? `applies only if the resource matches ${notResource}; it is not known${throughAlias(action)}`
      : `applies only if the resource matches; it is not known${throughAlias(action)}`;
  }
  if (statement.notAction || notResource) {
    const actionPart = statement.notAction
      ? `the action matches ${noneOf('NotAction', statement.actions)}`
      : 'the action matches';
    const resourcePart = notResource
      ? `the resource matches ${notResource}`
      : 'the resource matches';
    const conditionsPart = conditions.length > 0 ? ', and every condition holds' : '';
    return `${actionPart}${throughAlias(action)} and ${resourcePart}${conditionsPart}`;
  }
  return conditions.length > 0
    ? `action, resource and every condition match${throughAlias(action)}`
    : `action and resource match${throughAlias(action)}`;
}

/**
 * Adds the assumptions matching the action against the statement rests on; says whether the
 * action part applies. An SCP pattern that reached the action only through an alias rests on
 * `scp-action-aliases`, which Huawei documents for identity policies alone.
 */
function actionAssumptions(
  statement: CompiledStatement,
  action: string,
  aliases: readonly string[],
  into: AssumptionId[],
): boolean {
  const match = matchStatementAction(statement, action, aliases);
  const matched = match === null ? undefined : statement.actions[match.index];
  if (match !== null && matched !== undefined) {
    if (matched.usesQuestionMark) into.push('question-mark-wildcard');
    if (!compileWildcard(matched.pattern, { ignoreCase: false }).test(match.alias ?? action))
      into.push('action-case-insensitive');
    if (match.alias !== null && statement.ref.layer === 'scp') into.push('scp-action-aliases');
  }
  return (match !== null) !== statement.notAction;
}

/** Adds the assumptions the resource part rests on, over the patterns `explainResource` reads. */
function resourceAssumptions(
  statement: CompiledStatement,
  spec: ResourceSpec,
  into: AssumptionId[],
): void {
  for (const matcher of statement.resources ?? []) {
    if (matcher.usesQuestionMark) into.push('question-mark-wildcard');
    const result = matchResourcePattern(matcher, spec);
    if (result === 'true') return;
    if (result === 'false' && spec.kind === 'known') {
      const { reason } = matcher.match(spec.resource);
      if (
        CASE_SENSITIVE_MISMATCHES.has(reason) &&
        onlyCaseDiffers(matcher.pattern, spec.resource.text)
      ) {
        into.push('urn-case-sensitive-segments');
      }
    }
  }
}

/**
 * The assumptions a statement rests on, given its conditions' outcomes: everything its evaluation
 * touched, as its explanation lists it; or, `decisive`, only those its outcome rests on, from the
 * parts that decided it in the order they are evaluated: the action's match; if the action
 * applies, the resource's; if the resource may match, the conditions', only the failed ones when
 * one fails (any of them alone keeps the statement from applying). Shared by the explanation and
 * by `decideWithAssumptions`, which needs them without the words.
 */
export function statementAssumptions(
  statement: CompiledStatement,
  action: string,
  aliases: readonly string[],
  resource: ResourceSpec,
  outcomes: readonly Pick<ConditionOutcome, 'result' | 'reason' | 'assumptions'>[],
  decisive = false,
): AssumptionId[] {
  const onAction: AssumptionId[] = [];
  const actionApplies = actionAssumptions(statement, action, aliases, onAction);
  if (decisive && !actionApplies) return onAction;
  const assumptions = [...statement.staticAssumptions, ...onAction];
  resourceAssumptions(statement, resource, assumptions);
  if (actionApplies) assumptions.push(...requestResourceAssumptions(statement, resource));
  const failed = outcomes.filter((outcome) => outcome.result === 'false');
  const counted = !decisive
    ? outcomes
    : resourceApplies(statement, resource) === 'false'
      ? []
      : failed.length > 0
        ? failed
        : outcomes;
  for (const outcome of counted) {
    assumptions.push(...outcome.assumptions);
    if (statement.disputedIfExists && outcome.reason === 'key-absent-if-exists')
      assumptions.push('if-exists-absent-key-in-5.0-deny');
  }
  return [...new Set(assumptions)];
}

/** Explains one compiled statement and says whether it applies. */
export function explainStatement(
  statement: CompiledStatement,
  action: string,
  aliases: readonly string[],
  resource: ResourceSpec,
  context: PreparedContext,
): StatementExplanation {
  const actionPart = explainAction(statement, action, aliases);
  const resourcePart = explainResource(statement, resource);
  const outcomes = statement.conditions.map((c) => evaluateCondition(c, context));
  const conditions = statement.conditions.map((c, i) =>
    explainCondition(c, outcomes[i] as ConditionOutcome),
  );
  let conditionsHold: TriState = 'true';
  for (const c of conditions) conditionsHold = and(conditionsHold, c.result);
  const status = actionPart.applies ? and(resourcePart.applies, conditionsHold) : 'false';
  const partial = {
    ref: statement.ref,
    status: STATUS[status],
    action: actionPart,
    resource: resourcePart,
    conditions,
    skipReason: null,
    assumptions: statementAssumptions(statement, action, aliases, resource, outcomes),
  };
  return { ...partial, sentence: sentenceFor(partial, statement) };
}
