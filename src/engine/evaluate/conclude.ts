/**
 * From the statements that apply (or might) to the decision, its decisive statements, the open
 * requirements and a one-line summary. Shared by the explained and the fast evaluation paths so
 * the two cannot disagree.
 */
import type { AssumptionId } from '../assumptions';
import type { TriState } from '../conditions/condition-types';
import type { PreparedContext } from '../conditions/request-context';
import type { CompiledStatement } from './compile-policy';
import { decide } from './decide';
import type { Decision, ResidualRequirement, StatementRef } from './evaluation-types';
import { residualRequirement, residualSentences } from './residual';
import { matchStatementAction, type ResourceSpec } from './statement-applies';
import type { Term } from './statement-index';

/** Statements bearing on one fact, by whether they apply for sure or might. */
interface Tally {
  applies: CompiledStatement[];
  unknown: CompiledStatement[];
}

export interface Tallies {
  scpDeny: Tally;
  identityDeny: Tally;
  identityAllow: Tally;
  scpLevels: Tally[];
}

function emptyTally(): Tally {
  return { applies: [], unknown: [] };
}

const EMPTY_TALLIES = new Map<number, Tallies>();

/**
 * Tallies with nothing recorded, shared per level count. INVARIANT: never passed to `record`
 * (only used when no statement applied), so sharing them is safe.
 */
export function emptyTallies(scpLevelCount: number): Tallies {
  let tallies = EMPTY_TALLIES.get(scpLevelCount);
  if (!tallies) {
    tallies = createTallies(scpLevelCount);
    EMPTY_TALLIES.set(scpLevelCount, tallies);
  }
  return tallies;
}

export function createTallies(scpLevelCount: number): Tallies {
  const scpLevels: Tally[] = [];
  for (let i = 0; i < scpLevelCount; i++) scpLevels.push(emptyTally());
  return {
    scpDeny: emptyTally(),
    identityDeny: emptyTally(),
    identityAllow: emptyTally(),
    scpLevels,
  };
}

export function record(
  tallies: Tallies,
  term: Term,
  statement: CompiledStatement,
  result: TriState,
): void {
  if (result === 'false') return;
  const tally =
    term.kind === 'scp-deny'
      ? tallies.scpDeny
      : term.kind === 'identity-deny'
        ? tallies.identityDeny
        : term.kind === 'identity-allow'
          ? tallies.identityAllow
          : tallies.scpLevels[term.level];
  if (tally) (result === 'true' ? tally.applies : tally.unknown).push(statement);
}

const truth = (tally: Tally): TriState =>
  tally.applies.length > 0 ? 'true' : tally.unknown.length > 0 ? 'unknown' : 'false';

export interface Conclusion {
  decision: Decision;
  summary: string;
  decisive: StatementRef[];
  deniedAtScpLevel: number | null;
  residual: ResidualRequirement[];
  residualSentences: string[];
  assumptions: AssumptionId[];
}

/**
 * "statement 2 (`ReadOnly`)": statements are numbered from 1 with their Sid everywhere (matrix,
 * explanations, reports, outline, builder, catalog, CLI), as people count them in the text.
 */
export function statementLabel(ref: Pick<StatementRef, 'statementIndex' | 'sid'>): string {
  const sid = ref.sid ? ` (\`${ref.sid}\`)` : '';
  return `statement ${ref.statementIndex + 1}${sid}`;
}

/** "statement 2 (`ReadOnly`) of policy `dev`" */
export function describeStatementRef(ref: StatementRef): string {
  return `${statementLabel(ref)} of ${ref.layer === 'scp' ? 'SCP' : 'policy'} \`${ref.policyName}\``;
}

export interface ConcludeInput {
  tallies: Tallies;
  /** Number of SCPs attached at each level. */
  scpLevelSizes: readonly number[];
  action: string;
  /** The names the action also answers to. */
  aliases: readonly string[];
  resourceText: string;
  resource: ResourceSpec;
  context: PreparedContext;
}

const byOrder = (a: CompiledStatement, b: CompiledStatement): number => a.order - b.order;

/** Sorting copies the list even when it is in order already, as it mostly is. */
function inOrder(statements: readonly CompiledStatement[]): boolean {
  for (let i = 1; i < statements.length; i++)
    if ((statements[i - 1] as CompiledStatement).order > (statements[i] as CompiledStatement).order)
      return false;
  return true;
}

function sortTally(tally: Tally): void {
  if (!inOrder(tally.applies)) tally.applies.sort(byOrder);
  if (!inOrder(tally.unknown)) tally.unknown.sort(byOrder);
}

/** Puts every tally in document order, whatever order the statements were visited in. */
function sortTallies(tallies: Tallies): void {
  sortTally(tallies.scpDeny);
  sortTally(tallies.identityDeny);
  sortTally(tallies.identityAllow);
  for (const tally of tallies.scpLevels) sortTally(tally);
}

/**
 * One frozen empty list for every conclusion without decisive statements, requirements or
 * assumptions: an API matrix draws 100,000 conclusions, and most have none of these.
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

function refsOf(statements: readonly CompiledStatement[]): StatementRef[] {
  return statements.map((s) => s.ref);
}

/** "allowed by …"/"denied by …" per statement, built once rather than once per request. */
const summaries = {
  allowed: new WeakMap<CompiledStatement, string>(),
  denied: new WeakMap<CompiledStatement, string>(),
};

/** The alias through which `statement`'s `Action` reached the action, when not by its name. */
function aliasMatched(statement: CompiledStatement, input: ConcludeInput): string | null {
  if (input.aliases.length === 0 || statement.notAction) return null;
  return matchStatementAction(statement, input.action, input.aliases)?.alias ?? null;
}

function byFirst(
  verb: 'allowed' | 'denied',
  statements: readonly CompiledStatement[],
  input: ConcludeInput,
): string {
  const first = statements[0] as CompiledStatement;
  let summary = summaries[verb].get(first);
  if (summary === undefined) {
    summary = `${verb} by ${describeStatementRef(first.ref)}`;
    summaries[verb].set(first, summary);
  }
  const alias = aliasMatched(first, input);
  return alias === null ? summary : `${summary}, matched through alias \`${alias}\``;
}

function openRequirements(
  tally: Tally,
  kind: 'allow' | 'deny',
  input: ConcludeInput,
): ResidualRequirement[] {
  if (tally.applies.length > 0) return [];
  return tally.unknown.map((s) => residualRequirement(s, kind, input.resource, input.context));
}

/**
 * Whether a level's Allow rests on `scp-level-union`: some but not all of its SCPs allow (or, left
 * open, might), so "any SCP of the level" and "every SCP of the level" would answer differently.
 */
function unionDecides(tally: Tally, size: number): boolean {
  // Most levels hold one SCP: no set per level and request (the API matrix concludes 100,000).
  if (size < 2) return false;
  const allowing = new Set([...tally.applies, ...tally.unknown].map((s) => s.ref.policyId));
  return allowing.size > 0 && allowing.size < size;
}

/**
 * The assumptions of the SCP chain's shape the decision rests on. The levels' Allows matter unless
 * an SCP Deny applies; a level without SCPs then denies (`empty-scp-level-denies`), and a level
 * where only some SCPs allow allows by `scp-level-union`. The label `denied-by-scp` over an
 * identity Deny that applies too is `scp-deny-label-wins`.
 */
function decisionAssumptions(
  decision: Decision,
  tallies: Tallies,
  scpLevelSizes: readonly number[],
): AssumptionId[] {
  const levelsMatter = tallies.scpDeny.applies.length === 0;
  const union =
    levelsMatter &&
    tallies.scpLevels.some((tally, level) => unionDecides(tally, scpLevelSizes[level] as number));
  const empty = levelsMatter && scpLevelSizes.includes(0);
  const labelWins = decision === 'denied-by-scp' && tallies.identityDeny.applies.length > 0;
  if (!union && !empty && !labelWins) return NONE;
  const assumptions: AssumptionId[] = [];
  if (union) assumptions.push('scp-level-union');
  if (empty) assumptions.push('empty-scp-level-denies');
  if (labelWins) assumptions.push('scp-deny-label-wins');
  return assumptions;
}

/**
 * Whether a statement's outcome bears on the decision, so that the assumptions it rests on are
 * the decision's: could the decision differ had it come out otherwise? A conditional decision
 * rests on everything. An allow rests on the Allows that apply and on every Deny not applying;
 * an identity Deny on the Denies that apply and on the SCPs (any SCP denial would take the
 * label); an implicit deny on every identity statement, the SCP Denies and the SCP Allows that
 * apply. A denial by an SCP Deny rests on the SCP Denies that apply; one by a level that allows
 * nothing, on that level's Allows.
 */
export function bearsOnDecision(
  ref: StatementRef,
  status: TriState,
  decision: Decision,
  deniedAtScpLevel: number | null,
): boolean {
  if (decision === 'conditional') return true;
  const applies = status === 'true';
  if (ref.effect === 'Deny') {
    if (decision === 'denied-by-scp') return ref.layer === 'scp' && applies;
    if (decision === 'explicit-deny' && ref.layer === 'identity') return applies;
    return !applies;
  }
  if (ref.layer === 'scp') {
    if (decision === 'denied-by-scp') return ref.scpLevel === deniedAtScpLevel;
    return applies;
  }
  if (decision === 'allow') return applies;
  return decision === 'implicit-deny';
}

/** "no statement allows `ecs:servers:list`": the API matrix rebuilds it rather than keep one per action. */
export function implicitDenySummary(action: string, resourceText: string): string {
  return `no statement allows \`${action}\`${resourceText === '*' ? '' : ` on \`${resourceText}\``}`;
}

export function conclude(input: ConcludeInput): Conclusion {
  const { tallies, scpLevelSizes, action, resourceText } = input;
  sortTallies(tallies);
  const levels = tallies.scpLevels.map(truth);
  const decision = decide({
    scpDeny: truth(tallies.scpDeny),
    identityDeny: truth(tallies.identityDeny),
    scpLevelAllows: levels,
    identityAllow: truth(tallies.identityAllow),
  });
  let decisive: StatementRef[] = NONE;
  let deniedAtScpLevel: number | null = null;
  let residual: ResidualRequirement[] = NONE;
  let sentences: string[] = NONE;
  let summary: string;

  switch (decision) {
    case 'allow':
      decisive = refsOf(tallies.identityAllow.applies);
      summary = byFirst('allowed', tallies.identityAllow.applies, input);
      break;
    case 'explicit-deny':
      decisive = refsOf(tallies.identityDeny.applies);
      summary = byFirst('denied', tallies.identityDeny.applies, input);
      break;
    case 'denied-by-scp':
      if (tallies.scpDeny.applies.length > 0) {
        decisive = refsOf(tallies.scpDeny.applies);
        summary = byFirst('denied', tallies.scpDeny.applies, input);
      } else {
        deniedAtScpLevel = Math.max(0, levels.indexOf('false'));
        summary =
          scpLevelSizes[deniedAtScpLevel] === 0
            ? `SCP level ${deniedAtScpLevel} has no SCPs, so it allows nothing`
            : `no SCP at level ${deniedAtScpLevel} allows \`${action}\``;
      }
      break;
    case 'implicit-deny':
      summary = implicitDenySummary(action, resourceText);
      break;
    case 'conditional': {
      const identityAllow = openRequirements(tallies.identityAllow, 'allow', input);
      const levelAllows = tallies.scpLevels.map((tally) => openRequirements(tally, 'allow', input));
      const denies = [
        ...openRequirements(tallies.scpDeny, 'deny', input),
        ...openRequirements(tallies.identityDeny, 'deny', input),
      ];
      residual = [...identityAllow, ...levelAllows.flat(), ...denies];
      sentences = residualSentences(identityAllow, levelAllows, denies);
      summary = sentences.join('; ');
      break;
    }
  }
  return {
    decision,
    summary,
    decisive,
    deniedAtScpLevel,
    residual,
    residualSentences: sentences,
    assumptions: decisionAssumptions(decision, tallies, scpLevelSizes),
  };
}
