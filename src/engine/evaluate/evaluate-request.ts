/**
 * `evaluateRequest`: the decision for one request under identity policies and an SCP chain, with
 * the decisive statements and a per-layer, per-statement explanation down to each condition.
 * `decideRequest` answers the same question without the explanation, using the statement index;
 * it is what the API matrix and benchmarks call in bulk.
 */
import type { AssumptionId } from '../assumptions';
import type { TriState } from '../conditions/condition-types';
import { evaluateCondition } from '../conditions/evaluate-condition';
import { prepareContext, type PreparedContext } from '../conditions/request-context';
import { actionService } from '../match/action';
import { toRequestResource, type PartialUrn } from '../match/urn';
import type { CompiledPolicy, CompiledStatement } from './compile-policy';
import {
  compilePolicySet,
  type CompiledPolicySet,
  type PolicySetInput,
} from './compile-policy-set';
import {
  bearsOnDecision,
  conclude,
  createTallies,
  emptyTallies,
  record,
  type Conclusion,
  type Tallies,
} from './conclude';
import type {
  EvaluationOptions,
  EvaluationRequest,
  EvaluationResult,
  PolicyExplanation,
  StatementExplanation,
} from './evaluation-types';
import { explainStatement, statementAssumptions } from './explain-statement';
import { candidateStatements } from './statement-index';
import { statementApplies, type ResourceSpec } from './statement-applies';

export interface EvaluateRequestInput extends PolicySetInput {
  request: EvaluationRequest;
  options?: EvaluationOptions;
}

interface PreparedRequest {
  action: string;
  /** The names the action also answers to (reference §5 rule 6). */
  aliases: readonly string[];
  resourceText: string;
  resource: ResourceSpec;
  context: PreparedContext;
}

/** The request's scoped resource when it has the shape of one (requests may come from JSON). */
function readScopedResource(value: unknown): PartialUrn | null {
  if (typeof value !== 'object' || value === null) return null;
  const { text, segments } = value as Partial<Record<keyof PartialUrn, unknown>>;
  if (typeof text !== 'string' || !Array.isArray(segments) || segments.length !== 5) return null;
  const valid = segments.every((segment) => segment === null || typeof segment === 'string');
  return valid ? { text, segments: segments as (string | null)[] } : null;
}

/** The request's own aliases when it lists them (as strings), else the catalogs' for its action. */
function aliasesFor(
  set: CompiledPolicySet,
  request: EvaluationRequest,
  action: string,
): readonly string[] {
  const listed: unknown = request?.aliases;
  if (Array.isArray(listed))
    return listed.filter((alias): alias is string => typeof alias === 'string');
  return set.aliasesOf(action);
}

/** The request's resource types when it names no resource (see `resourceOfTypes`), else `undefined`. */
function readResourceTypes(value: unknown): string[] | null | undefined {
  if (value === null) return null;
  if (!Array.isArray(value) || !value.every((type) => typeof type === 'string')) return undefined;
  return value as string[];
}

function prepareRequest(
  set: CompiledPolicySet,
  request: EvaluationRequest,
  options: EvaluationOptions | undefined,
): PreparedRequest {
  const unknown = options?.unknownContext === true;
  const action = typeof request?.action === 'string' ? request.action : '';
  const aliases = aliasesFor(set, request, action);
  const types = readResourceTypes(request?.resourceOfTypes);
  if (types !== undefined) {
    return {
      action,
      aliases,
      resourceText: '*',
      // The resource is of the action's own service: its catalog's URNs name that service.
      resource: { kind: 'unknown', types, service: actionService(action) || null },
      context: prepareContext(request?.context, unknown),
    };
  }
  const scoped = readScopedResource(request?.scopedResource);
  if (scoped) {
    return {
      action,
      aliases,
      resourceText: scoped.text,
      resource: { kind: 'partial', urns: [scoped] },
      context: prepareContext(request?.context, unknown),
    };
  }
  const resourceText = typeof request?.resource === 'string' ? request.resource : '*';
  return {
    action,
    aliases,
    resourceText,
    resource:
      unknown && resourceText === '*'
        ? { kind: 'unknown', types: null, service: null }
        : { kind: 'known', resource: toRequestResource(resourceText) },
    context: prepareContext(request?.context, unknown),
  };
}

const STATUS_TRUTH: Record<StatementExplanation['status'], TriState> = {
  applies: 'true',
  'does-not-apply': 'false',
  unknown: 'unknown',
  skipped: 'false',
};

/** A compiled statement with its explanation, for the assumptions the decision draws from it. */
type Explained = [CompiledStatement, StatementExplanation];

/** Explains a policy's statements, recording each in `tallies` and `explained`. */
function explainPolicy(
  policy: CompiledPolicy,
  request: PreparedRequest,
  tallies: Tallies,
  explained: Explained[],
): PolicyExplanation {
  const statements = policy.entries.map((entry): StatementExplanation => {
    if (entry.kind === 'skipped') {
      return {
        ref: entry.ref,
        status: 'skipped',
        action: { applies: false, reason: 'action-not-listed', pattern: null, alias: null },
        resource: { applies: 'false', reason: 'resource-element-absent', pattern: null },
        conditions: [],
        skipReason: entry.reason,
        sentence: `not evaluated: ${entry.reason}`,
        assumptions: [],
      };
    }
    const { statement } = entry;
    const explanation = explainStatement(
      statement,
      request.action,
      request.aliases,
      request.resource,
      request.context,
    );
    const term =
      policy.layer === 'identity'
        ? {
            kind:
              statement.effect === 'Allow'
                ? ('identity-allow' as const)
                : ('identity-deny' as const),
          }
        : statement.effect === 'Allow'
          ? { kind: 'scp-allow' as const, level: policy.scpLevel ?? 0 }
          : { kind: 'scp-deny' as const };
    record(tallies, term, statement, STATUS_TRUTH[explanation.status]);
    explained.push([statement, explanation]);
    return explanation;
  });
  return {
    policyId: policy.id,
    policyName: policy.name,
    version: policy.version,
    statements,
    unreadable: policy.unreadable,
  };
}

/** Whether a Deny among the explained policies applies (for one SCP level). */
function deniesIn(policies: readonly PolicyExplanation[]): TriState {
  let denies: TriState = 'false';
  for (const policy of policies) {
    for (const statement of policy.statements) {
      if (statement.ref.effect !== 'Deny') continue;
      if (statement.status === 'applies') return 'true';
      if (statement.status === 'unknown') denies = 'unknown';
    }
  }
  return denies;
}

/** Evaluates a request against an already compiled policy set, with the full explanation. */
export function evaluateCompiled(
  set: CompiledPolicySet,
  request: EvaluationRequest,
  options?: EvaluationOptions,
): EvaluationResult {
  const prepared = prepareRequest(set, request, options);
  const tallies = createTallies(set.scpLevels.length);
  const explained: Explained[] = [];
  const identity = set.identity.map((policy) =>
    explainPolicy(policy, prepared, tallies, explained),
  );
  const scpLevels = set.scpLevels.map((level, index) => {
    const policies = level.map((policy) => explainPolicy(policy, prepared, tallies, explained));
    const tally = tallies.scpLevels[index];
    const allows: TriState = tally?.applies.length
      ? 'true'
      : tally?.unknown.length
        ? 'unknown'
        : 'false';
    return { level: index, allows, denies: deniesIn(policies), policies };
  });
  const conclusion = concludeFor(set, prepared, tallies);
  const assumptions = new Set<AssumptionId>(conclusion.assumptions);
  // Only the statements the decision rests on (see `bearsOnDecision`) lend it assumptions, and
  // only those of the parts that decided them; each explanation still lists all its own.
  for (const [statement, explanation] of explained) {
    const status = STATUS_TRUTH[explanation.status];
    if (!bearsOnDecision(statement.ref, status, conclusion.decision, conclusion.deniedAtScpLevel))
      continue;
    const { action, aliases, resource } = prepared;
    const outcomes = explanation.conditions;
    for (const id of statementAssumptions(statement, action, aliases, resource, outcomes, true))
      assumptions.add(id);
  }
  return {
    decision: conclusion.decision,
    summary: conclusion.summary,
    decisive: conclusion.decisive,
    deniedAtScpLevel: conclusion.deniedAtScpLevel,
    residual: conclusion.residual,
    residualSentences: conclusion.residualSentences,
    identity,
    scpLevels,
    problems: set.problems,
    assumptions: [...assumptions].sort(),
    model: set.declaredModel,
  };
}

function concludeFor(
  set: CompiledPolicySet,
  request: PreparedRequest,
  tallies: Tallies,
): Conclusion {
  return conclude({
    tallies,
    scpLevelSizes: set.scpLevelSizes,
    action: request.action,
    aliases: request.aliases,
    resourceText: request.resourceText,
    resource: request.resource,
    context: request.context,
  });
}

/** Compiles the policies and evaluates one request with the full explanation. Never throws. */
export function evaluateRequest(input: EvaluateRequestInput): EvaluationResult {
  return evaluateCompiled(compilePolicySet(input), input?.request, input?.options);
}

/**
 * The decision alone, through the statement index (no per-statement explanation). `conditionCache`
 * may be shared by requests with the same context; `onReached` hears of every statement whose
 * action part applies.
 */
export function decideWithContext(
  set: CompiledPolicySet,
  action: string,
  aliases: readonly string[],
  resourceText: string,
  resource: ResourceSpec,
  context: PreparedContext,
  conditionCache?: Map<CompiledStatement, TriState>,
  onReached?: (statement: CompiledStatement) => void,
): Conclusion {
  // Most actions of a matrix match no statement: tallies are only allocated once one applies.
  let tallies: Tallies | null = null;
  // Action patterns ignore case; lower-casing once spares each pattern test its own copy.
  const lowered = action.toLowerCase();
  const loweredAliases = aliases.length === 0 ? aliases : aliases.map((a) => a.toLowerCase());
  // INVARIANT: candidates hold each statement once (see buildStatementIndex).
  for (const { statement, term } of candidateStatements(set.index, lowered, loweredAliases)) {
    const applies = statementApplies(
      statement,
      lowered,
      loweredAliases,
      resource,
      context,
      conditionCache,
      onReached,
    );
    if (applies === 'false') continue;
    tallies ??= createTallies(set.scpLevels.length);
    record(tallies, term, statement, applies);
  }
  const request = { action, aliases, resourceText, resource, context };
  return concludeFor(set, request, tallies ?? emptyTallies(set.scpLevels.length));
}

/** The decision, decisive statements and residual of one request, without the explanation. */
export function decideRequest(
  set: CompiledPolicySet,
  request: EvaluationRequest,
  options?: EvaluationOptions,
): Conclusion {
  const prepared = prepareRequest(set, request, options);
  return decideWithContext(
    set,
    prepared.action,
    prepared.aliases,
    prepared.resourceText,
    prepared.resource,
    prepared.context,
  );
}

/**
 * The decision as `decideRequest` draws it, with the assumptions `evaluateCompiled` lists: those
 * of the statements the decision rests on among those the action reaches, which the decision
 * visits anyway (only the candidates of the statement index). For callers that print a decision
 * with its assumptions, line after line
 * (`--batch`).
 */
export function decideWithAssumptions(
  set: CompiledPolicySet,
  request: EvaluationRequest,
  options?: EvaluationOptions,
): Conclusion {
  const { action, aliases, resourceText, resource, context } = prepareRequest(
    set,
    request,
    options,
  );
  const reached: CompiledStatement[] = [];
  const conclusion = decideWithContext(
    set,
    action,
    aliases,
    resourceText,
    resource,
    context,
    undefined,
    (statement) => reached.push(statement),
  );
  const assumptions = new Set<AssumptionId>(conclusion.assumptions);
  for (const statement of reached) {
    const status = statementApplies(statement, action, aliases, resource, context);
    if (!bearsOnDecision(statement.ref, status, conclusion.decision, conclusion.deniedAtScpLevel))
      continue;
    const outcomes = statement.conditions.map((condition) => evaluateCondition(condition, context));
    for (const id of statementAssumptions(statement, action, aliases, resource, outcomes, true))
      assumptions.add(id);
  }
  return { ...conclusion, assumptions: [...assumptions].sort() };
}
