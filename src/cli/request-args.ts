import type { RequestContext } from '../engine/index';
import { UsageError } from './cli-errors';

/**
 * `--context KEY=VALUE` occurrences → a context map. A key given once is single-valued; the
 * same key repeated (`--context g:TagKeys=a --context g:TagKeys=b`) becomes a multi-valued key
 * with the values in order. Commas are kept as part of a value, since values such as resource
 * names and dates may contain them.
 */
export function parseContextArgs(entries: string[]): RequestContext {
  const context: RequestContext = {};
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    if (equals <= 0) {
      throw new UsageError(`context \`${entry}\` is not KEY=VALUE`);
    }
    const key = entry.slice(0, equals);
    const value = entry.slice(equals + 1);
    const previous = context[key];
    if (previous === undefined) context[key] = value;
    else context[key] = [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return context;
}

/**
 * `--scp-level FILE[,FILE...]` occurrences → SCP file names per level, from the root to the
 * account: each occurrence is one level, the files of one level separated by commas.
 */
export function parseScpLevelArgs(levels: string[]): string[][] {
  return levels.map((level) => {
    const files = level.split(',').filter((file) => file !== '');
    if (files.length === 0) throw new UsageError('`--scp-level` needs at least one file');
    return files;
  });
}
