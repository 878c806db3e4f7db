import { parsePolicy, policyTooLarge, type PolicyInput, type PolicyType } from '../engine/index';
import type { CliIo } from './cli-io';
import { UsageError } from './cli-errors';
import { createLineIndex } from './format/line-index';
import { readInputFiles } from './read-input';

/** Policy files as the engine takes them (id and name: the path as given), with their texts. */
export interface LoadedPolicies {
  policies: PolicyInput[];
  /** Policy id → its text, for turning ranges into file:line. */
  texts: Map<string, string>;
}

/** Parse issues that leave nothing of a file to evaluate. */
const UNREADABLE = new Set(['JSON_SYNTAX_ERROR', 'JSON_TOO_DEEP']);

/**
 * Reads policy files of one type for evaluation. A file that is not JSON, or too large to be read,
 * is bad input (exit 64) here, not a finding: evaluating it would silently drop its statements.
 * `validate` reports such files instead.
 */
export async function loadPolicyFiles(
  io: CliIo,
  paths: string[],
  policyType: PolicyType,
): Promise<LoadedPolicies> {
  const files = await readInputFiles(io, paths);
  for (const { path, text } of files) {
    const tooLarge = policyTooLarge(text, policyType);
    if (tooLarge) throw new UsageError(`\`${path}\` is not evaluated: ${tooLarge.message}`);
    const syntax = parsePolicy(text).issues.find((issue) => UNREADABLE.has(issue.code));
    if (syntax) {
      const { line, column } = createLineIndex(text)(syntax.range.offset);
      throw new UsageError(`\`${path}\` is not valid JSON (${line}:${column}: ${syntax.message})`);
    }
  }
  return {
    policies: files.map(({ path, text }) => ({ id: path, name: path, text })),
    texts: new Map(files.map(({ path, text }) => [path, text])),
  };
}
