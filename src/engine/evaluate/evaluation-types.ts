/**
 * Inputs and outputs of request evaluation: plain JSON-serialisable data, so the evaluator can
 * run in a Web Worker and the CLI can print the same records.
 */
import type { AssumptionId } from '../assumptions';
import type { PolicyModel } from '../../catalog/catalog-types';
import type { ConditionExplanation, TriState } from '../conditions/condition-types';
import type { PartialUrn, ResourceMatchReason } from '../match/urn';
import type { Effect, SourceRange } from '../policy/policy-types';

/** Condition key → value(s), as a request carries them; multi-valued keys take a list. */
export type RequestContext = Record<string, string | string[]>;

/** A policy as the user wrote it. */
export interface PolicyInput {
  id: string;
  /** Display name; the id when absent. */
  name?: string;
  text: string;
}

export interface EvaluationRequest {
  action: string;
  /**
   * The names the action also answers to (its catalog aliases): a pattern matching one of them
   * applies to the action. When absent, the aliases come from the catalogs the policy set was
   * compiled with (none without catalogs).
   */
  aliases?: readonly string[];
  /** A URN, or `*` for actions without a resource type (also the default). */
  resource?: string;
  /** Condition key → value(s). Keys not listed are absent (or unknown, see options). */
  context?: RequestContext;
  /**
   * The resource as a resource scope describes it (`scopedUrn`): a URN built from the catalog's
   * template whose `null` segments are unknown, as the API matrix evaluates it. Wins over
   * `resource`; the explanation then lists the `scoped-urn-*` assumptions it rests on.
   */
  scopedResource?: PartialUrn;
  /**
   * The request names no resource and is about some resource of these types (`null`: of any
   * type), as the API matrix asks about an action (`unnamedResource` fills it in from the
   * catalogs). Wins over `resource` and `scopedResource`; the explanation then lists assumption
   * `unnamed-resource-of-action-types` wherever a `Resource` element was compared with it.
   */
  resourceOfTypes?: string[] | null;
}

export interface EvaluationOptions {
  /**
   * Partial evaluation: keys not in the context, and a resource given as `*`, are unknown rather
   * than absent, and the decision may be `conditional`.
   */
  unknownContext?: boolean;
}

export type Decision =
  'allow' | 'explicit-deny' | 'implicit-deny' | 'denied-by-scp' | 'conditional';

export type PolicyLayer = 'identity' | 'scp';

/** Points at one statement: which policy, which statement, where it is written. */
export interface StatementRef {
  layer: PolicyLayer;
  policyId: string;
  policyName: string;
  /** 0-based SCP level (root first) for SCP statements; `null` for identity policies. */
  scpLevel: number | null;
  statementIndex: number;
  sid: string | null;
  effect: Effect | null;
  range: SourceRange;
}

export type ActionMatchReason =
  'action-matched' | 'action-not-listed' | 'not-action-excluded' | 'not-action-not-listed';

export type ResourceReason =
  | ResourceMatchReason
  | 'resource-element-absent'
  | 'not-resource-excluded'
  | 'not-resource-not-listed'
  | 'resource-unknown'
  | 'resource-type-not-taken';

export type StatementStatus = 'applies' | 'does-not-apply' | 'unknown' | 'skipped';

export interface StatementExplanation {
  ref: StatementRef;
  status: StatementStatus;
  /**
   * Whether the action part applies, and the pattern that decided it (when one did); `alias` is
   * the action's alias that pattern matched, when it matched none of the patterns by its own name
   * (an action and its aliases are the same action, reference §5 rule 6).
   */
  action: {
    applies: boolean;
    reason: ActionMatchReason;
    pattern: string | null;
    alias: string | null;
  };
  resource: { applies: TriState; reason: ResourceReason; pattern: string | null };
  conditions: ConditionExplanation[];
  /** Why a skipped statement was not evaluated. */
  skipReason: string | null;
  sentence: string;
  assumptions: AssumptionId[];
}

export interface PolicyExplanation {
  policyId: string;
  policyName: string;
  /** The `Version` as written; `null` when absent. */
  version: string | null;
  statements: StatementExplanation[];
  /** Why nothing in the text was evaluated (not valid JSON, not an object, too large), or `null`. */
  unreadable: string | null;
}

export interface ScpLevelExplanation {
  level: number;
  /** Whether some SCP at this level allows the request (whatever its Denies say). */
  allows: TriState;
  /** Whether a Deny of some SCP at this level applies: then the level denies, whatever it allows. */
  denies: TriState;
  policies: PolicyExplanation[];
}

/** One requirement left open by partial evaluation. */
export interface ResidualRequirement {
  /** `allow`: the request is allowed only if this (or another allow requirement) holds. */
  kind: 'allow' | 'deny';
  statement: StatementRef;
  /** All must hold for the statement to apply (AND), each as data and as words. */
  conditions: { key: string; operator: string; values: string[]; requirement: string }[];
  /** Patterns the unknown resource must match (or, for `NotResource`, avoid). */
  resourcePatterns: string[];
  resourceNegated: boolean;
  /** The statement's requirements as one phrase: "g:EnterpriseProjectId is 0". */
  sentence: string;
}

/** Something the evaluator could not evaluate or wants the user to know. */
export interface EvaluationProblem {
  code:
    | 'POLICY_UNREADABLE'
    | 'STATEMENT_SKIPPED'
    | 'MIXED_POLICY_MODELS'
    | 'SCP_ALLOW_WITH_CONDITION'
    | 'EMPTY_SCP_LEVEL';
  message: string;
  policyId: string | null;
  range: SourceRange | null;
}

export interface EvaluationResult {
  decision: Decision;
  /** One line saying why. */
  summary: string;
  /** The statements that decided it (none for implicit deny, a missing SCP allow, or conditional). */
  decisive: StatementRef[];
  /** For `denied-by-scp` without an SCP Deny: the first level that allows nothing matching. */
  deniedAtScpLevel: number | null;
  /** Requirements left open by partial evaluation; empty unless something was unknown. */
  residual: ResidualRequirement[];
  /** The residual as sentences: "allowed only if …", "denied if …". */
  residualSentences: string[];
  identity: PolicyExplanation[];
  scpLevels: ScpLevelExplanation[];
  problems: EvaluationProblem[];
  /** Every assumption the answer depended on. */
  assumptions: AssumptionId[];
  /** The model the identity policies are written in (`null` when they do not say). */
  model: PolicyModel | null;
}
