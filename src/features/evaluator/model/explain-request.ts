import { describeAssumption, statementLabel } from '../../../engine';
import type {
  EvaluationResult,
  PolicyExplanation,
  StatementExplanation,
  StatementRef,
  TriState,
} from '../../../engine';
import { describeRef, joinWords, levelName, nameLevels } from './sentences';

/**
 * An evaluation explained in plain sentences, layer by layer (each identity draft, each SCP
 * level), down to each condition: the view model of the row explanation and of the simulator.
 */

export interface ExplainOptions {
  /** The chain's level names, root first. */
  levelNames: readonly string[];
  /** The action takes no resource: the matrix evaluates it on `*`, never on an unknown resource. */
  resourceless: boolean;
}

export type StatementOutcome = 'applies' | 'does not apply' | 'may apply' | 'not evaluated';

export interface StatementLine {
  ref: StatementRef;
  name: string;
  outcome: StatementOutcome;
  sentence: string;
  conditions: { sentence: string; result: TriState }[];
}

interface LayerView {
  key: string;
  title: string;
  /**
   * The statements that name the action (or were skipped, or left it out through one of its
   * aliases), explained.
   */
  statements: StatementLine[];
  /** Names of the statements whose Action (or NotAction) leaves the action out. */
  unrelated: string[];
  /** Why the policy text could not be read at all, or `null`. */
  unreadable: string | null;
}

export interface RequestExplanation {
  /** Why the request gets its decision, naming the decisive statements. */
  decision: string;
  /** What the SCP chain says, level by level (`null` when no SCP governs the account). */
  scps: string | null;
  layers: LayerView[];
  /** Requirements left open by unknown context keys or resources. */
  residual: string[];
  assumptions: { id: string; statement: string }[];
}

const OUTCOMES: Record<StatementExplanation['status'], StatementOutcome> = {
  applies: 'applies',
  'does-not-apply': 'does not apply',
  unknown: 'may apply',
  skipped: 'not evaluated',
};

function and(a: TriState, b: TriState): TriState {
  if (a === 'false' || b === 'false') return 'false';
  return a === 'unknown' || b === 'unknown' ? 'unknown' : 'true';
}

const TRI_OUTCOME: Record<TriState, StatementOutcome> = {
  true: 'applies',
  false: 'does not apply',
  unknown: 'may apply',
};

/** The resource part as the matrix sees it (see `ExplainOptions`), with the words for it. */
function resourcePart(s: StatementExplanation, options: ExplainOptions) {
  if (options.resourceless && s.resource.reason === 'resource-unknown') {
    return {
      applies: 'false' as TriState,
      sentence: `its Resource \`${s.resource.pattern}\` names specific resources, and the action takes none`,
    };
  }
  return { applies: s.resource.applies, sentence: null };
}

function explainStatement(s: StatementExplanation, options: ExplainOptions): StatementLine {
  const base = { ref: s.ref, name: statementLabel(s.ref) };
  const conditions = s.conditions.map((c) => ({ sentence: c.sentence, result: c.result }));
  if (s.status === 'skipped' || !s.action.applies) {
    return { ...base, outcome: OUTCOMES[s.status], sentence: s.sentence, conditions: [] };
  }
  const resource = resourcePart(s, options);
  if (resource.sentence === null) {
    return { ...base, outcome: OUTCOMES[s.status], sentence: s.sentence, conditions };
  }
  const holds = s.conditions.reduce<TriState>((all, c) => and(all, c.result), 'true');
  const outcome = TRI_OUTCOME[and(resource.applies, holds)];
  const failed = s.conditions.find((c) => c.result === 'false');
  const sentence = failed ? `condition not met: ${failed.sentence}` : resource.sentence;
  return { ...base, outcome, sentence, conditions };
}

function layer(
  key: string,
  title: string,
  policy: PolicyExplanation,
  options: ExplainOptions,
): LayerView {
  // A `NotAction` that leaves the action out through an alias is shown: it surprises (the FAQ's
  // `VPC:*:*` leaving out EIP actions).
  const related = (s: StatementExplanation) =>
    s.status === 'skipped' || s.action.applies || s.action.alias !== null;
  return {
    key,
    title,
    statements: policy.statements.filter(related).map((s) => explainStatement(s, options)),
    unrelated: policy.statements.filter((s) => !related(s)).map((s) => statementLabel(s.ref)),
    unreadable: policy.unreadable,
  };
}

/** ", matched through alias `x`" when the first decisive statement reached the action so. */
function aliasNote(result: EvaluationResult): string {
  const [first] = result.decisive;
  if (!first) return '';
  const policies = [...result.identity, ...result.scpLevels.flatMap((level) => level.policies)];
  const decisive = policies
    .flatMap((policy) => policy.statements)
    .find(
      ({ ref }) =>
        ref.layer === first.layer &&
        ref.policyId === first.policyId &&
        ref.scpLevel === first.scpLevel &&
        ref.statementIndex === first.statementIndex,
    );
  const alias = decisive?.action.alias ?? null;
  return alias === null ? '' : `, matched through alias \`${alias}\``;
}

function decisionSentence(result: EvaluationResult, levelNames: readonly string[]): string {
  const refs =
    joinWords(result.decisive.map((ref) => describeRef(ref, levelNames))) + aliasNote(result);
  switch (result.decision) {
    case 'allow':
      return `Allowed by ${refs}.`;
    case 'explicit-deny':
      return `Denied by ${refs}.`;
    case 'denied-by-scp': {
      if (result.decisive.length > 0) return `Denied by ${refs}.`;
      const level = levelName(result.deniedAtScpLevel, levelNames);
      const empty = result.scpLevels[result.deniedAtScpLevel ?? 0]?.policies.length === 0;
      return empty
        ? `Denied: ${level} has no SCPs attached, so it allows nothing.`
        : `Denied: no SCP at ${level} allows it.`;
    }
    case 'implicit-deny':
      return result.identity.length === 0
        ? 'Not allowed: no identity draft is evaluated.'
        : 'Not allowed: no statement of the identity drafts allows it.';
    case 'conditional':
      // The open requirements follow as a list (`residual`); the sentence only says so.
      return 'Conditional: the decision depends on what the request does not say yet.';
  }
}

function scpSentence(result: EvaluationResult, options: ExplainOptions): string | null {
  if (result.scpLevels.length === 0) return null;
  const levelParts = result.scpLevels.map((level) => {
    const name = levelName(level.level, options.levelNames);
    const allowing = level.policies.filter((p) =>
      p.statements.some((s) => s.ref.effect === 'Allow' && s.status === 'applies'),
    );
    if (level.allows === 'true')
      return `${joinWords(allowing.map((p) => `\`${p.policyName}\``))} at ${name}`;
    return level.allows === 'unknown' ? `possibly an SCP at ${name}` : `nothing at ${name}`;
  });
  // An SCP Deny that applies is the chain's answer: the levels' Allows are then beside the point.
  const denying = result.scpLevels.flatMap((level) =>
    level.policies
      .filter((p) => p.statements.some((s) => s.ref.effect === 'Deny' && s.status === 'applies'))
      .map((p) => `\`${p.policyName}\` at ${levelName(level.level, options.levelNames)}`),
  );
  const every = result.scpLevels.every((l) => l.allows === 'true');
  const head =
    denying.length > 0
      ? `${joinWords(denying)} ${denying.length === 1 ? 'denies' : 'deny'} it, whatever any level allows`
      : every
        ? `Every SCP level allows it: ${joinWords(levelParts)}`
        : `Not every SCP level allows it: ${joinWords(levelParts)}`;
  const denies = result.scpLevels.flatMap((level) =>
    level.policies.flatMap((p) =>
      p.statements
        .filter((s) => s.ref.effect === 'Deny' && s.action.applies && s.status !== 'applies')
        .map((s) => {
          const line = explainStatement(s, options);
          return `\`${p.policyName}\` at ${levelName(level.level, options.levelNames)} ${line.outcome === 'may apply' ? 'may deny it' : 'does not deny it'}: ${line.sentence}`;
        }),
    ),
  );
  return [head, ...denies].join('; ') + '.';
}

/** The whole explanation of one evaluation. */
export function explainRequest(
  result: EvaluationResult,
  options: ExplainOptions,
): RequestExplanation {
  const layers = [
    ...result.identity.map((p) =>
      layer(`identity-${p.policyId}`, `Identity draft \`${p.policyName}\``, p, options),
    ),
    ...result.scpLevels.flatMap((level) =>
      level.policies.map((p) =>
        layer(
          `scp-${level.level}-${p.policyId}`,
          `SCP \`${p.policyName}\` at ${levelName(level.level, options.levelNames)}`,
          p,
          options,
        ),
      ),
    ),
  ];
  return {
    decision: decisionSentence(result, options.levelNames),
    scps: scpSentence(result, options),
    layers,
    residual: result.residualSentences.map((s) => nameLevels(s, options.levelNames)),
    assumptions: result.assumptions.map((id) => ({
      id,
      statement: describeAssumption(id).statement,
    })),
  };
}
