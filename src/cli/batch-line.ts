import { isRecord } from '../catalog';
import { findExcessiveNesting, MAX_JSON_DEPTH, type BatchLine } from '../engine/index';

/** A batch line that could be read, or why it could not (with the id when one was found). */
export type BatchLineParse =
  { ok: true; id: BatchId; line: BatchLine } | { ok: false; id: BatchId; error: string };

/** A line's `id` as the caller wrote it, echoed back unchanged; `null` when it has none. */
export type BatchId = string | number | null;

/**
 * Parses one line of `evaluate --batch` input and checks its shape, so that a mistyped or missing
 * field is an `error` answer for that line rather than a silently empty policy set or context.
 * Other fields (a corpus case's `name` and `expect`) are ignored.
 */
export function parseBatchLine(text: string): BatchLineParse {
  // JSON.parse and the engine recurse per level: refuse what nests deeper than a policy may, plus
  // the line's own levels above it (the line, `scps`, one level).
  const maxDepth = MAX_JSON_DEPTH + 3;
  if (findExcessiveNesting(text, maxDepth) !== null) {
    return { ok: false, id: null, error: `the line nests deeper than ${maxDepth} levels` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (!isRecord(data)) return { ok: false, id: null, error: 'a line must be a JSON object' };
  const id = data.id;
  const validId = typeof id === 'string' || typeof id === 'number' ? id : null;
  const problem = shapeProblem(data);
  if (problem) return { ok: false, id: validId, error: problem };
  return {
    ok: true,
    id: validId,
    line: {
      id: validId === null ? '' : String(validId),
      identityPolicies: data.identityPolicies as unknown[],
      scps: (data.scps as unknown[][] | undefined) ?? [],
      request: data.request as BatchLine['request'],
      ...(isRecord(data.options) ? { options: data.options } : {}),
    },
  };
}

function shapeProblem(data: Record<string, unknown>): string | null {
  if (data.id !== undefined && typeof data.id !== 'string' && typeof data.id !== 'number') {
    return '`id` must be a string or a number';
  }
  // A missing list is a typo far more often than a wish for "no policies": say so.
  if (!Array.isArray(data.identityPolicies)) {
    return '`identityPolicies` must be an array of policies (`[]` for none)';
  }
  if (data.scps !== undefined && !(Array.isArray(data.scps) && data.scps.every(Array.isArray))) {
    return '`scps` must be an array of levels, each an array of SCPs';
  }
  if (data.options !== undefined && !isRecord(data.options)) return '`options` must be an object';
  const request = data.request;
  if (!isRecord(request)) return '`request` must be an object';
  if (typeof request.action !== 'string') return '`request.action` must be a string';
  if (request.resource !== undefined && typeof request.resource !== 'string') {
    return '`request.resource` must be a string';
  }
  const { aliases } = request;
  if (
    aliases !== undefined &&
    !(Array.isArray(aliases) && aliases.every((alias) => typeof alias === 'string'))
  ) {
    return '`request.aliases` must be an array of strings';
  }
  // Context values of other types are the engine's to tolerate (it drops them), as in the corpora.
  if (request.context !== undefined && !isRecord(request.context)) {
    return '`request.context` must be an object';
  }
  return null;
}
