import { parsePolicy, type PolicyInput } from '../engine/index';
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

/**
 * Reads policy files for evaluation. A file that is not JSON is bad input (exit 64) here, not a
 * finding: evaluating it would silently drop its statements. `validate` reports such files instead.
 */
export async function loadPolicyFiles(io: CliIo, paths: string[]): Promise<LoadedPolicies> {
  const files = await readInputFiles(io, paths);
  for (const { path, text } of files) {
    const syntax = parsePolicy(text).issues.find((issue) => issue.code === 'JSON_SYNTAX_ERROR');
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
