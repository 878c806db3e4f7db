/**
 * A policy set compiled once: identity policies and the SCP chain, each statement compiled and
 * indexed, plus the problems worth telling the user (unreadable policies, skipped statements,
 * mixed 1.1/5.0 identity policies, SCP Allow statements with conditions, empty SCP levels).
 * The compiled set holds functions and stays inside the engine; only its results cross the API.
 */
import type { PolicyModel, ServiceCatalog } from '../../catalog/catalog-types';
import { catalogAliases, NO_ALIASES, type AliasResolver } from '../catalog/action-aliases';
import { compilePolicy, type CompiledPolicy } from './compile-policy';
import { statementLabel } from './conclude';
import type { EvaluationProblem, PolicyInput } from './evaluation-types';
import {
  buildStatementIndex,
  type IndexedStatement,
  type StatementIndex,
  type Term,
} from './statement-index';

export interface PolicySetInput {
  identityPolicies: readonly PolicyInput[];
  /** `[]`: not governed by SCPs; otherwise levels from the root to the account. */
  scps: readonly (readonly PolicyInput[])[];
  /**
   * Catalogs whose aliases requested actions answer to (those of the policies' model are used).
   * Without them a request matches by its own name and by the aliases it lists itself.
   */
  catalogs?: readonly ServiceCatalog[];
}

export interface CompiledPolicySet {
  identity: CompiledPolicy[];
  scpLevels: CompiledPolicy[][];
  /** Number of SCPs attached at each level. */
  scpLevelSizes: number[];
  index: StatementIndex;
  /** The identity policies' model: the one they share, or 5.0 when they disagree or are silent. */
  model: PolicyModel;
  /** `model` as written by the policies: `null` when none says or they disagree. */
  declaredModel: PolicyModel | null;
  /** The aliases of a requested action, from the catalogs of `model` the set was compiled with. */
  aliasesOf: AliasResolver;
  problems: EvaluationProblem[];
}

function termFor(policy: CompiledPolicy, effect: 'Allow' | 'Deny'): Term {
  if (policy.layer === 'identity')
    return { kind: effect === 'Allow' ? 'identity-allow' : 'identity-deny' };
  return effect === 'Allow'
    ? { kind: 'scp-allow', level: policy.scpLevel ?? 0 }
    : { kind: 'scp-deny' };
}

function policyProblems(policy: CompiledPolicy): EvaluationProblem[] {
  const problems: EvaluationProblem[] = [];
  if (policy.unreadable !== null) {
    problems.push({
      code: 'POLICY_UNREADABLE',
      message: `policy \`${policy.name}\` was not evaluated: ${policy.unreadable}`,
      policyId: policy.id,
      range: null,
    });
  }
  for (const entry of policy.entries) {
    if (entry.kind === 'skipped') {
      problems.push({
        code: 'STATEMENT_SKIPPED',
        message: `${statementLabel(entry.ref)} of \`${policy.name}\` was skipped: ${entry.reason}`,
        policyId: policy.id,
        range: entry.ref.range,
      });
    } else if (
      policy.layer === 'scp' &&
      entry.statement.effect === 'Allow' &&
      entry.statement.conditions.length > 0
    ) {
      problems.push({
        code: 'SCP_ALLOW_WITH_CONDITION',
        message: `SCP \`${policy.name}\` ${statementLabel(entry.statement.ref)} allows with a condition, which Huawei rejects; evaluated as written`,
        policyId: policy.id,
        range: entry.statement.ref.range,
      });
    }
  }
  return problems;
}

function sharedModel(identity: readonly CompiledPolicy[]): PolicyModel | null | 'mixed' {
  const models = new Set(identity.map((p) => p.model).filter((m): m is PolicyModel => m !== null));
  if (models.size > 1) return 'mixed';
  return [...models][0] ?? null;
}

/** A policy input read defensively: callers across the API boundary may send anything. */
function toPolicyInput(item: unknown, fallbackId: string): PolicyInput {
  const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  const id = typeof record.id === 'string' ? record.id : fallbackId;
  const name = typeof record.name === 'string' ? record.name : id;
  return { id, name, text: typeof record.text === 'string' ? record.text : '' };
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Compiles identity policies and an SCP chain once, for any number of requests. Never throws. */
export function compilePolicySet(input: PolicySetInput): CompiledPolicySet {
  let ordinal = 0;
  const identity = listOf(input?.identityPolicies).map((p, i) =>
    compilePolicy(toPolicyInput(p, `identity[${i}]`), {
      layer: 'identity',
      scpLevel: null,
      ordinal: ordinal++,
    }),
  );
  const scpLevels = listOf(input?.scps).map((level, index) =>
    listOf(level).map((p, i) =>
      compilePolicy(toPolicyInput(p, `scp[${index}][${i}]`), {
        layer: 'scp',
        scpLevel: index,
        ordinal: ordinal++,
      }),
    ),
  );
  const items: IndexedStatement[] = [...identity, ...scpLevels.flat()].flatMap((policy) =>
    policy.statements.map((statement) => ({ statement, term: termFor(policy, statement.effect) })),
  );
  const problems = [...identity, ...scpLevels.flat()].flatMap(policyProblems);
  scpLevels.forEach((level, index) => {
    if (level.length === 0) {
      problems.push({
        code: 'EMPTY_SCP_LEVEL',
        message: `SCP level ${index} has no SCPs, so it allows nothing (Huawei always keeps one attached)`,
        policyId: null,
        range: null,
      });
    }
  });
  const shared = sharedModel(identity);
  if (shared === 'mixed') {
    problems.push({
      code: 'MIXED_POLICY_MODELS',
      message:
        'identity policies mix versions 1.1 and 5.0, whose action names differ; they are evaluated together',
      policyId: null,
      range: null,
    });
  }
  const model = shared === 'mixed' || shared === null ? '5.0' : shared;
  const catalogs = Array.isArray(input?.catalogs) ? input.catalogs : null;
  return {
    identity,
    scpLevels,
    scpLevelSizes: scpLevels.map((level) => level.length),
    index: buildStatementIndex(items),
    model,
    declaredModel: shared === 'mixed' ? null : shared,
    aliasesOf: catalogs === null ? NO_ALIASES : catalogAliases(catalogs, model),
    problems,
  };
}
