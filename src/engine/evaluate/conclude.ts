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
import type { ResourceSpec } from './statement-applies';
import type { Term } from './statement-index';

/** Statements bearing on one fact, by whether they apply for sure or might. */
export interface Tally {
  applies: CompiledStatement[];
  unknown: CompiledStatement[];
}

export interface Tallies {
  scpDeny: Tally;
  identityDeny: Tally;
  identityAllow: Tally;
  scpLevels: Tally[];
}

const emptyTally = (): Tally => ({ applies: [], unknown: [] });

export function createTallies(scpLevelCount: number): Tallies {
  return {
    scpDeny: emptyTally(),
    identityDeny: emptyTally(),
    identityAllow: emptyTally(),
    scpLevels: Array.from({ length: scpLevelCount }, emptyTally),
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

/** "statement 2 (`ReadOnly`) of policy `dev`" */
export function describeStatementRef(ref: StatementRef): string {
  const sid = ref.sid ? ` (\`${ref.sid}\`)` : '';
  return `statement ${ref.statementIndex}${sid} of ${ref.layer === 'scp' ? 'SCP' : 'policy'} \`${ref.policyName}\``;
}

export interface ConcludeInput {
  tallies: Tallies;
  /** Number of SCPs attached at each level. */
  scpLevelSizes: readonly number[];
  action: string;
  resourceText: string;
  resource: ResourceSpec;
  context: PreparedContext;
}

const byOrder = (a: CompiledStatement, b: CompiledStatement): number => a.order - b.order;

/** Puts every tally in document order, whatever order the statements were visited in. */
function sortTallies(tallies: Tallies): void {
  for (const tally of [
    tallies.scpDeny,
    tallies.identityDeny,
    tallies.identityAllow,
    ...tallies.scpLevels,
  ]) {
    if (tally.applies.length > 1) tally.applies.sort(byOrder);
    if (tally.unknown.length > 1) tally.unknown.sort(byOrder);
  }
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
  const assumptions: AssumptionId[] = [];
  if (decision === 'denied-by-scp' && tallies.identityDeny.applies.length > 0) {
    assumptions.push('scp-deny-label-wins');
  }
  if (scpLevelSizes.some((size) => size > 1)) assumptions.push('scp-level-union');
  if (scpLevelSizes.some((size) => size === 0)) assumptions.push('empty-scp-level-denies');

  const refs = (statements: readonly CompiledStatement[]) => statements.map((s) => s.ref);
  let decisive: StatementRef[] = [];
  let deniedAtScpLevel: number | null = null;
  let residual: ResidualRequirement[] = [];
  let sentences: string[] = [];
  let summary: string;
  const first = (statements: readonly CompiledStatement[]) =>
    describeStatementRef((statements[0] as CompiledStatement).ref);

  switch (decision) {
    case 'allow':
      decisive = refs(tallies.identityAllow.applies);
      summary = `allowed by ${first(tallies.identityAllow.applies)}`;
      break;
    case 'explicit-deny':
      decisive = refs(tallies.identityDeny.applies);
      summary = `denied by ${first(tallies.identityDeny.applies)}`;
      break;
    case 'denied-by-scp':
      if (tallies.scpDeny.applies.length > 0) {
        decisive = refs(tallies.scpDeny.applies);
        summary = `denied by ${first(tallies.scpDeny.applies)}`;
      } else {
        deniedAtScpLevel = Math.max(0, levels.indexOf('false'));
        summary =
          scpLevelSizes[deniedAtScpLevel] === 0
            ? `SCP level ${deniedAtScpLevel} has no SCPs, so it allows nothing`
            : `no SCP at level ${deniedAtScpLevel} allows \`${action}\``;
      }
      break;
    case 'implicit-deny':
      summary = `no statement allows \`${action}\`${resourceText === '*' ? '' : ` on \`${resourceText}\``}`;
      break;
    case 'conditional': {
      const open = (tally: Tally, kind: 'allow' | 'deny') =>
        tally.applies.length > 0
          ? []
          : tally.unknown.map((s) => residualRequirement(s, kind, input.resource, input.context));
      const identityAllow = open(tallies.identityAllow, 'allow');
      const levelAllows = tallies.scpLevels.map((tally) => open(tally, 'allow'));
      const denies = [...open(tallies.scpDeny, 'deny'), ...open(tallies.identityDeny, 'deny')];
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
    assumptions,
  };
}
