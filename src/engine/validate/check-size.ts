import type { PolicyModel } from '../../catalog/index';
import type { Located, PolicyType, SourceRange } from '../policy/policy-types';
import type { ValidationContext } from './validation-context';

/**
 * Past this many times its type's size limit a policy gets the size finding and its parse issues
 * only: thousands of findings on a text the service would refuse outright bury the one that matters,
 * and checking them all would cost seconds.
 */
export const FULL_CHECK_MAX_SIZE_FACTOR = 8;

/** Identity policy (5.0) limit, in UTF-8 bytes (reference §2, S11). */
const IDENTITY_POLICY_MAX_BYTES = 6144;
/** Legacy (1.1) policy limit, in characters (reference §3, S24). */
const LEGACY_POLICY_MAX_CHARS = 6144;
/** SCP limit, in characters (reference §4, S37). */
const SCP_MAX_CHARS = 5120;

/** The older 1.1 API limits (reference §12): warned about, not enforced. */
const LEGACY_LIMITS = {
  statements: 8,
  actions: 100,
  resources: 10,
  resourceLength: 128,
  conditions: 10,
};

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** The text's UTF-8 length, and the UTF-16 offset at which it passes `limit` bytes (or `null`). */
function utf8Size(text: string, limit: number): { bytes: number; overflowAt: number | null } {
  let bytes = 0;
  let overflowAt: number | null = null;
  let offset = 0;
  for (const char of text) {
    // A lone surrogate is encoded as U+FFFD, three bytes, like every other BMP code point above 0x7FF.
    bytes += utf8Length(char.codePointAt(0) ?? 0);
    if (overflowAt === null && bytes > limit) overflowAt = offset;
    offset += char.length;
  }
  return { bytes, overflowAt };
}

/** A policy's size against the documented limit of its type, in the unit that limit counts. */
export interface PolicySize {
  used: number;
  limit: number;
  unit: 'bytes' | 'characters';
  /** Where the text first passes the limit (UTF-16 offset), or `null` within the limit. */
  overflowAt: number | null;
}

export function policySize(text: string, policyType: PolicyType, model: PolicyModel): PolicySize {
  if (policyType === 'identity' && model === '5.0') {
    const { bytes, overflowAt } = utf8Size(text, IDENTITY_POLICY_MAX_BYTES);
    return { used: bytes, limit: IDENTITY_POLICY_MAX_BYTES, unit: 'bytes', overflowAt };
  }
  const limit = policyType === 'scp' ? SCP_MAX_CHARS : LEGACY_POLICY_MAX_CHARS;
  return {
    used: text.length,
    limit,
    unit: 'characters',
    overflowAt: text.length > limit ? limit : null,
  };
}

/**
 * Past this many times its type's size limit a text is not read at all, by any entry point
 * (validate, evaluate, the matrix, the CLI): parsing millions of characters costs seconds, and
 * Huawei refuses the policy anyway. Between FULL_CHECK_MAX_SIZE_FACTOR and this a policy is still
 * read, so the editor keeps its outline and the evaluator its answer for a long draft.
 */
const READ_MAX_SIZE_FACTOR = 64;

/**
 * The size finding for a text too large to read at all, or `null`. A text longer, in characters,
 * than READ_MAX_SIZE_FACTOR times the smallest limit of its type is past that factor whatever its
 * `Version` says (UTF-8 never takes fewer bytes than UTF-16 code units), so this needs no parse.
 */
export function policyTooLarge(
  text: string,
  policyType: PolicyType,
): { message: string; range: SourceRange } | null {
  const limit =
    policyType === 'scp'
      ? SCP_MAX_CHARS
      : Math.min(IDENTITY_POLICY_MAX_BYTES, LEGACY_POLICY_MAX_CHARS);
  if (text.length <= READ_MAX_SIZE_FACTOR * limit) return null;
  const allowed =
    policyType === 'scp'
      ? `SCPs allow ${limit}`
      : `identity policies allow ${limit} (UTF-8 bytes in version \`5.0\`, characters in \`1.1\`)`;
  return {
    message: `the policy is ${text.length} characters long; ${allowed}; at more than ${READ_MAX_SIZE_FACTOR} times that it is not read`,
    range: overflowLine(text, limit),
  };
}

export const SIZE_HINT = 'remove whitespace, merge statements or split the policy';

/** From the first character past the limit to the end of its line: one mark, not the whole tail. */
function overflowLine(text: string, offset: number): SourceRange {
  const lineEnd = text.indexOf('\n', offset);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return { offset, length: Math.max(1, end - offset), path: [] };
}

function checkDocumentSize(context: ValidationContext): void {
  const { text, policyType, model } = context;
  const size = policySize(text, policyType, model);
  if (size.overflowAt === null) return;
  const what =
    policyType === 'scp'
      ? 'SCPs allow'
      : model === '5.0'
        ? 'identity policies allow'
        : 'version `1.1` policies allow';
  const unit = size.unit === 'bytes' ? 'bytes' : 'characters';
  const counted = size.unit === 'bytes' ? ' (UTF-8, whitespace included)' : '';
  const unchecked =
    size.used > FULL_CHECK_MAX_SIZE_FACTOR * size.limit
      ? `; at more than ${FULL_CHECK_MAX_SIZE_FACTOR} times that it is not checked further`
      : '';
  context.report(
    'POLICY_SIZE_EXCEEDED',
    `the policy is ${size.used} ${unit} long; ${what} ${size.limit}${counted}${unchecked}`,
    overflowLine(text, size.overflowAt),
    SIZE_HINT,
  );
}

function warnPast(
  context: ValidationContext,
  values: readonly { range: SourceRange }[],
  limit: number,
  what: string,
): void {
  const first = values[limit];
  if (first === undefined) return;
  context.report(
    'LEGACY_LIMIT_EXCEEDED',
    `${values.length} ${what}; older version \`1.1\` documentation allows ${limit}`,
    first.range,
    'the current quota page allows more; keep under the old limit if the console rejects the policy',
  );
}

function checkLegacyLimits(context: ValidationContext): void {
  const { statements } = context.policy;
  warnPast(context, statements, LEGACY_LIMITS.statements, 'statements');
  for (const statement of statements) {
    warnPast(context, statement.action ?? [], LEGACY_LIMITS.actions, 'actions in one statement');
    warnPast(
      context,
      statement.resource ?? [],
      LEGACY_LIMITS.resources,
      'resources in one statement',
    );
    warnPast(
      context,
      statement.conditions ?? [],
      LEGACY_LIMITS.conditions,
      'conditions in one statement',
    );
    for (const resource of statement.resource ?? []) checkResourceLength(context, resource);
  }
}

function checkResourceLength(context: ValidationContext, resource: Located<string>): void {
  if (resource.value.length <= LEGACY_LIMITS.resourceLength) return;
  context.report(
    'LEGACY_LIMIT_EXCEEDED',
    `resource is ${resource.value.length} characters long; older version \`1.1\` documentation allows ${LEGACY_LIMITS.resourceLength}`,
    resource.range,
    'shorten the resource with a wildcard',
  );
}

/** The documented size limit of each policy type, and the older 1.1 element counts. */
export function checkSize(context: ValidationContext): void {
  checkDocumentSize(context);
  if (context.model === '1.1' && context.policyType === 'identity') checkLegacyLimits(context);
}
