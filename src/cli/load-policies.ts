import {
  policyTooLarge,
  readPolicyDocument,
  type PolicyInput,
  type PolicyType,
} from '../engine/index';
import type { CliIo } from './cli-io';
import { UsageError } from './cli-errors';
import { lineLocator } from '../text-formats/line-locator';
import { POLICY_FILE_MAX_BYTES, readInputFiles } from './read-input';

/** Policy files as the engine takes them (id and name: the path as given), with their texts. */
export interface LoadedPolicies {
  policies: PolicyInput[];
  /** Policy id → its text, for turning ranges into file:line. */
  texts: Map<string, string>;
}

/** Parse issues that leave nothing of a file to evaluate. */
const UNREADABLE = new Set(['JSON_SYNTAX_ERROR', 'JSON_TOO_DEEP']);

/**
 * Reads policy files of one type for evaluation. A file that is not a policy document (not JSON,
 * not a JSON object, nested too deep) or too large to be read is bad input (exit 64) here, not a
 * finding: evaluating it would deny everything as if the policy said so. `validate` reports such
 * files instead.
 */
export async function loadPolicyFiles(
  io: CliIo,
  paths: string[],
  policyType: PolicyType,
): Promise<LoadedPolicies> {
  const files = await readInputFiles(io, paths, POLICY_FILE_MAX_BYTES);
  for (const { path, text } of files) {
    const tooLarge = policyTooLarge(text, policyType);
    if (tooLarge) throw new UsageError(`\`${path}\` is not evaluated: ${tooLarge.message}`);
    const problem = unreadablePolicyProblem(text);
    if (problem) throw new UsageError(`\`${path}\` is not a policy document (${problem})`);
  }
  return {
    policies: files.map(({ path, text }) => ({ id: path, name: path, text })),
    texts: new Map(files.map(({ path, text }) => [path, text])),
  };
}

/**
 * Why the engine cannot read `text` as a policy at all (`line:column: message` of the first issue),
 * or `null` when it can. Policies that can be read but break rules are the validator's business.
 */
function unreadablePolicyProblem(text: string): string | null {
  const { policy, issues } = readPolicyDocument(text).located;
  // The parser reads past syntax errors, so a policy may come back although the JSON is broken.
  const problem =
    issues.find((issue) => UNREADABLE.has(issue.code)) ?? (policy === null ? issues[0] : undefined);
  if (problem === undefined) return null;
  const { line, column } = lineLocator(text)(problem.range.offset);
  return `${line}:${column}: ${problem.message}`;
}
