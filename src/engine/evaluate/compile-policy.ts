/**
 * Compiles one policy for evaluation: parse (when given text), then compile every statement's
 * patterns and conditions once. A statement that cannot be evaluated faithfully is skipped and
 * reported, never thrown: no effect, no action element, both forms of an element, values dropped
 * by the parser for having the wrong type, or a condition operator that cannot be evaluated.
 */
import type { AssumptionId } from '../assumptions';
import type { PolicyModel } from '../../catalog/catalog-types';
import { compileCondition, type CompiledCondition } from '../conditions/evaluate-condition';
import { compileActionPattern, type ActionMatcher } from '../match/action';
import { compileResourcePattern, type ResourceMatcher } from '../match/urn';
import { parsePolicy } from '../policy/policy-document';
import { policyTooLarge } from '../validate/check-size';
import type { Effect, ParsedStatement, ParseResult, PolicyIssue } from '../policy/policy-types';
import type { PolicyInput, PolicyLayer, StatementRef } from './evaluation-types';

export interface CompiledStatement {
  ref: StatementRef;
  /** Position in document order across the whole policy set (identity first, then SCP levels). */
  order: number;
  effect: Effect;
  /** Patterns of `Action`, or of `NotAction` when `notAction` is set. */
  actions: ActionMatcher[];
  notAction: boolean;
  /** Patterns of `Resource` / `NotResource`; `null` when the statement has neither. */
  resources: ResourceMatcher[] | null;
  notResource: boolean;
  conditions: CompiledCondition[];
  staticAssumptions: AssumptionId[];
  /**
   * A Deny of a policy not written in 1.1: an `…IfExists` condition on an absent key makes it
   * apply only by the official 1.1 text, which a 5.0 practitioner note contradicts (reference §12).
   */
  disputedIfExists: boolean;
}

type CompiledEntry =
  | { kind: 'compiled'; statement: CompiledStatement }
  | { kind: 'skipped'; ref: StatementRef; reason: string };

export interface CompiledPolicy {
  id: string;
  name: string;
  layer: PolicyLayer;
  scpLevel: number | null;
  version: string | null;
  model: PolicyModel | null;
  /** Why nothing in the text was evaluated (not valid JSON, not an object, too large), or `null`. */
  unreadable: string | null;
  /** Every statement in document order, compiled or skipped. */
  entries: CompiledEntry[];
  /** The compiled statements only (the evaluator's working set). */
  statements: CompiledStatement[];
}

export interface Placement {
  layer: PolicyLayer;
  scpLevel: number | null;
  /** The policy's position in the set, identity policies first, then SCPs root to account. */
  ordinal: number;
}

// Statement order = ordinal * 2^32 + index stays an exact integer for up to 2^21 policies.
const ORDER_STRIDE = 2 ** 32;

const LOSSY_ELEMENTS = new Set(['Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);

/** The element whose values the parser dropped for having the wrong type, if any. */
function lossyElement(statementIndex: number, issues: readonly PolicyIssue[]): string | null {
  for (const issue of issues) {
    const [root, index, element] = issue.range.path;
    if (
      issue.code === 'DATA_TYPE_MISMATCH' &&
      root === 'Statement' &&
      index === statementIndex &&
      typeof element === 'string' &&
      LOSSY_ELEMENTS.has(element)
    ) {
      return element;
    }
  }
  return null;
}

function modelOf(version: string | null): PolicyModel | null {
  return version === '5.0' || version === '1.1' ? version : null;
}

function compileStatement(
  parsed: ParsedStatement,
  ref: StatementRef,
  order: number,
  model: PolicyModel | null,
  issues: readonly PolicyIssue[],
): CompiledEntry {
  const skip = (reason: string): CompiledEntry => ({ kind: 'skipped', ref, reason });
  if (parsed.effect === null) return skip('the statement has no valid `Effect`');
  if (parsed.action !== null && parsed.notAction !== null)
    return skip('the statement has both `Action` and `NotAction`');
  if (parsed.action === null && parsed.notAction === null)
    return skip('the statement has neither `Action` nor `NotAction`');
  if (parsed.resource !== null && parsed.notResource !== null) {
    return skip('the statement has both `Resource` and `NotResource`');
  }
  const lossy = lossyElement(parsed.index, issues);
  if (lossy !== null) return skip(`\`${lossy}\` holds values of the wrong type`);

  const conditions: CompiledCondition[] = [];
  for (const condition of parsed.conditions ?? []) {
    const compiled = compileCondition(condition, model);
    if ('problem' in compiled) return skip(compiled.message);
    conditions.push(compiled);
  }
  const actionPatterns = (parsed.action ?? parsed.notAction ?? []).map((a) => a.value);
  const resourcePatterns = (parsed.resource ?? parsed.notResource)?.map((r) => r.value) ?? null;
  const staticAssumptions: AssumptionId[] = [];
  if ([...actionPatterns, ...(resourcePatterns ?? [])].some((p) => p.includes('${'))) {
    staticAssumptions.push('policy-variables-literal');
  }
  if (parsed.notResource !== null) staticAssumptions.push('not-resource-complement');
  return {
    kind: 'compiled',
    statement: {
      ref,
      order,
      effect: parsed.effect.value,
      actions: actionPatterns.map(compileActionPattern),
      notAction: parsed.notAction !== null,
      resources: resourcePatterns?.map(compileResourcePattern) ?? null,
      notResource: parsed.notResource !== null,
      conditions,
      staticAssumptions,
      disputedIfExists: parsed.effect.value === 'Deny' && model !== '1.1',
    },
  };
}

/** Why a policy's text is not evaluated at all, and where it first breaks. */
export interface Unreadable {
  message: string;
  /** 0-based offset of the first problem in the text. */
  offset: number;
}

function readPolicyText(
  text: string,
  layer: PolicyLayer,
): { result: ParseResult; unreadable: Unreadable | null } {
  const tooLarge = policyTooLarge(text, layer);
  if (tooLarge !== null) {
    return {
      result: { policy: null, issues: [] },
      unreadable: { message: tooLarge.message, offset: tooLarge.range.offset },
    };
  }
  const result = parsePolicy(text);
  // Text with JSON syntax errors is not evaluated at all: what the tolerant parser recovers may
  // have lost a Deny, and Huawei would reject the document anyway.
  const tooDeep = result.issues.find((issue) => issue.code === 'JSON_TOO_DEEP');
  if (tooDeep)
    return { result, unreadable: { message: tooDeep.message, offset: tooDeep.range.offset } };
  const syntax = result.issues.find((issue) => issue.code === 'JSON_SYNTAX_ERROR');
  if (result.policy === null || syntax) {
    const offset = (syntax ?? result.issues[0])?.range.offset ?? 0;
    return { result, unreadable: { message: 'it is not valid JSON or not an object', offset } };
  }
  // A Version Huawei does not know ("2012-10-17") makes it reject the whole document, so nothing
  // of it is evaluated: evaluating it as 5.0 would show grants that can never take effect.
  const version = result.policy.version;
  if (version !== null && modelOf(version.value) === null) {
    const message = `its \`Version\` "${version.value}" is neither "5.0" nor "1.1", so Huawei rejects it`;
    return { result, unreadable: { message, offset: version.range.offset } };
  }
  return { result, unreadable: null };
}

/**
 * Whether a policy text is evaluated: `null`, or why not and where it breaks (a half-typed value,
 * a missing comma, a `Version` Huawei does not know, a text past the size limit). The evaluator decides with it, exactly as here.
 */
export function unreadablePolicy(text: string, layer: PolicyLayer): Unreadable | null {
  return readPolicyText(text, layer).unreadable;
}

/** Compiles a policy's text for one place in a policy set. Never throws. */
export function compilePolicy(input: PolicyInput, placement: Placement): CompiledPolicy {
  const name = input.name ?? input.id;
  const text = typeof input.text === 'string' ? input.text : '';
  const read = readPolicyText(text, placement.layer);
  const result = read.result;
  const unreadable = read.unreadable?.message ?? null;
  const policy = unreadable !== null ? null : result.policy;
  const version = policy?.version?.value ?? null;
  const model = modelOf(version);
  const entries = (policy?.statements ?? []).map((statement) =>
    compileStatement(
      statement,
      {
        layer: placement.layer,
        policyId: input.id,
        policyName: name,
        scpLevel: placement.scpLevel,
        statementIndex: statement.index,
        sid: statement.sid?.value ?? null,
        effect: statement.effect?.value ?? null,
        range: statement.range,
      },
      placement.ordinal * ORDER_STRIDE + statement.index,
      model,
      result.issues,
    ),
  );
  return {
    id: input.id,
    name,
    layer: placement.layer,
    scpLevel: placement.scpLevel,
    version,
    model,
    unreadable,
    entries,
    statements: entries.flatMap((entry) => (entry.kind === 'compiled' ? [entry.statement] : [])),
  };
}
