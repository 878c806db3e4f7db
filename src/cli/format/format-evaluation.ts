import {
  describeAssumption,
  statementLabel,
  type ConditionExplanation,
  type EvaluationRequest,
  type EvaluationResult,
  type PolicyExplanation,
  type ScpLevelExplanation,
  type StatementRef,
  type TriState,
} from '../../engine/index';
import { lineLocator, type LineColumn } from '../../text-formats/line-locator';

/** Finds `file:line:column` for an offset in one of the evaluated policies. */
export type Locate = (policyId: string, offset: number) => string;

/** A `Locate` over policy texts keyed by policy id (the file path for the CLI). */
export function locatorFor(texts: ReadonlyMap<string, string>): Locate {
  const indexes = new Map<string, (offset: number) => LineColumn>();
  return (policyId, offset) => {
    let index = indexes.get(policyId);
    if (!index) {
      index = lineLocator(texts.get(policyId) ?? '');
      indexes.set(policyId, index);
    }
    const { line, column } = index(offset);
    return `${policyId}:${line}:${column}`;
  };
}

/** What the request was about: the action, and the resource as given or as the matrix names it. */
function requestLine(request: EvaluationRequest): string {
  const types = request.resourceOfTypes;
  const on =
    types === undefined
      ? `\`${request.resource ?? '*'}\``
      : types === null
        ? 'some resource (no resource named, and the catalogs do not list the action)'
        : `some ${types.map((type) => `\`${type}\``).join(' or ')} resource (no resource named: as the API matrix asks)`;
  return `request: \`${request.action}\` on ${on}`;
}

/**
 * The decision and its explanation as text: the decision and why, the decisive statements with
 * their place in the files, what is left open (conditional), the request, then each layer
 * statement by statement down to the conditions, the assumptions the answer rests on and any
 * problems.
 */
export function formatEvaluation(
  result: EvaluationResult,
  locate: Locate,
  request: EvaluationRequest,
): string {
  const lines = [`decision: ${result.decision}`, `why: ${result.summary}`];
  if (result.decisive.length > 0) {
    lines.push('', 'decisive statements:');
    for (const ref of result.decisive)
      lines.push(`  ${locate(ref.policyId, ref.range.offset)}  ${refLabel(ref)}`);
  }
  if (result.residualSentences.length > 0) {
    lines.push('', 'open conditions (unknown context):');
    for (const sentence of result.residualSentences) lines.push(`  ${sentence}`);
  }
  lines.push('', requestLine(request), '', 'identity policies:');
  if (result.identity.length === 0) lines.push('  (none)');
  for (const policy of result.identity) policyLines(policy, locate, lines);
  if (result.scpLevels.length === 0) {
    lines.push('', 'SCPs: none (the principal is not governed by SCPs)');
  }
  for (const level of result.scpLevels) {
    lines.push(
      '',
      `SCP level ${level.level} (${levelName(level.level, result.scpLevels.length)}): ${levelVerdict(level)}`,
    );
    if (level.policies.length === 0) lines.push('  (no SCPs at this level)');
    for (const policy of level.policies) policyLines(policy, locate, lines);
  }
  if (result.assumptions.length > 0) {
    lines.push('', 'assumptions used (Huawei documentation is silent or conflicts):');
    for (const id of result.assumptions) lines.push(`  ${id}: ${describeAssumption(id).statement}`);
  }
  if (result.problems.length > 0) {
    lines.push('', 'problems:');
    for (const problem of result.problems) {
      const where =
        problem.policyId && problem.range
          ? `${locate(problem.policyId, problem.range.offset)}  `
          : '';
      lines.push(`  ${where}${problem.message}`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Appends a policy's lines to `lines`: returning them to be spread into `push` would overflow the
 * stack for a policy of 100,000 statements.
 */
function policyLines(policy: PolicyExplanation, locate: Locate, lines: string[]): void {
  const version = policy.version === null ? 'no Version' : `Version ${policy.version}`;
  lines.push(`  ${policy.policyName} (${version})`);
  if (policy.unreadable !== null) {
    lines.push(`    nothing in it was evaluated: ${policy.unreadable}`);
  }
  for (const statement of policy.statements) {
    const { ref } = statement;
    lines.push(
      `    ${locate(ref.policyId, ref.range.offset)}  ${refLabel(ref)}: ${statement.status} - ${statement.sentence}`,
    );
    for (const condition of statement.conditions) {
      lines.push(
        `      ${locate(ref.policyId, condition.range.offset)}  ${conditionLine(condition)}`,
      );
    }
  }
}

function conditionLine(condition: ConditionExplanation): string {
  const request =
    condition.requestValues === null ? 'absent' : JSON.stringify(condition.requestValues);
  return (
    `${condition.operator} ${condition.key} ${JSON.stringify(condition.policyValues)} vs request ${request}: ` +
    `${condition.result} (${condition.reason}) - ${condition.sentence}`
  );
}

function refLabel(ref: StatementRef): string {
  return `${statementLabel(ref)}, ${ref.effect ?? 'no Effect'}`;
}

const ALLOWS: Record<TriState, string> = {
  true: 'allows the request',
  false: 'allows nothing matching the request',
  unknown: 'allows the request only if the open conditions hold',
};

/** What one SCP level says: a Deny that applies is its answer, whatever its Allows say. */
function levelVerdict(level: ScpLevelExplanation): string {
  if (level.denies === 'true') return 'denies the request (a Deny at this level applies)';
  const allows = ALLOWS[level.allows];
  return level.denies === 'unknown'
    ? `${allows}, and denies it if the open conditions hold`
    : allows;
}

function levelName(level: number, count: number): string {
  if (level === 0) return 'root';
  return level === count - 1 ? 'account' : 'OU';
}
