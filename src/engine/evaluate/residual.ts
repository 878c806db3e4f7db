/**
 * What partial evaluation leaves open, as data and as sentences: for a statement whose
 * applicability is unknown, the conditions (and resource patterns) that would make it apply.
 */
import { describeRequirement } from '../conditions/describe-condition';
import { evaluateCondition } from '../conditions/evaluate-condition';
import type { PreparedContext } from '../conditions/request-context';
import type { CompiledStatement } from './compile-policy';
import type { ResidualRequirement } from './evaluation-types';
import { matchResourcePattern, type ResourceSpec } from './statement-applies';

function resourcePhrase(patterns: readonly string[], negated: boolean): string {
  if (negated) return `the resource matches none of ${patterns.join(', ')}`;
  return patterns.length === 1
    ? `the resource matches ${patterns[0]}`
    : `the resource matches one of ${patterns.join(', ')}`;
}

/** The parts of the request URN a resource scope left unknown, by segment. */
const UNKNOWN_PART: readonly string[] = ['service', 'region', 'account ID', 'type', 'resource ID'];

/** " (the region of ecs:*:*:instance:* is not given)" for a partly known resource, else "". */
function unknownParts(resource: ResourceSpec): string {
  if (resource.kind !== 'partial') return '';
  const parts = new Set<string>();
  for (const urn of resource.urns)
    urn.segments.forEach((segment, index) => {
      if (segment === null) parts.add(UNKNOWN_PART[index] as string);
    });
  if (parts.size === 0) return '';
  const names = [...parts].join(' and ');
  const urns = resource.urns.map((urn) => urn.text).join(' or ');
  return ` (the ${names} of ${urns} ${parts.size === 1 ? 'is' : 'are'} not given)`;
}

/** The open requirements of a statement whose applicability came out unknown. */
export function residualRequirement(
  statement: CompiledStatement,
  kind: 'allow' | 'deny',
  resource: ResourceSpec,
  context: PreparedContext,
): ResidualRequirement {
  const conditions = statement.conditions
    .filter((condition) => evaluateCondition(condition, context).result === 'unknown')
    .map((condition) => ({
      key: condition.key,
      operator: condition.operator.written,
      values: condition.policyValues,
      requirement: describeRequirement(condition),
    }));
  const resourcePatterns = (statement.resources ?? [])
    .filter((matcher) => matchResourcePattern(matcher, resource) === 'unknown')
    .map((matcher) => matcher.pattern);
  const phrases = conditions.map((c) => c.requirement);
  if (resourcePatterns.length > 0)
    phrases.push(resourcePhrase(resourcePatterns, statement.notResource) + unknownParts(resource));
  return {
    kind,
    statement: statement.ref,
    conditions,
    resourcePatterns,
    resourceNegated: statement.notResource && resourcePatterns.length > 0,
    sentence: phrases.join(' and '),
  };
}

function where(requirement: ResidualRequirement): string {
  const ref = requirement.statement;
  return ref.layer === 'scp' ? ` (SCP \`${ref.policyName}\`, level ${ref.scpLevel ?? 0})` : '';
}

/**
 * "allowed only if A or B" for each open allow fact (the identity allow, each SCP level's allow),
 * and "denied if C" for each open deny statement.
 */
export function residualSentences(
  identityAllow: readonly ResidualRequirement[],
  scpLevelAllows: readonly (readonly ResidualRequirement[])[],
  denies: readonly ResidualRequirement[],
): string[] {
  const sentences: string[] = [];
  if (identityAllow.length > 0) {
    sentences.push(`allowed only if ${identityAllow.map((r) => r.sentence).join(' or ')}`);
  }
  scpLevelAllows.forEach((level, index) => {
    if (level.length > 0) {
      sentences.push(
        `SCP level ${index} allows only if ${level.map((r) => r.sentence).join(' or ')}`,
      );
    }
  });
  for (const deny of denies) sentences.push(`denied if ${deny.sentence}${where(deny)}`);
  return sentences;
}
