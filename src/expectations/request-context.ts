import { isRecord } from '../catalog';
import type { RequestContext } from '../engine/index';

const LIMITS = { keys: 200, keyLength: 200, values: 100, valueLength: 2000 };

const isShortString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/** Checks an untrusted request context; returns it or why it was refused. */
export function readRequestContext(
  value: unknown,
): { context: RequestContext } | { problem: string } {
  if (!isRecord(value)) return { problem: 'the request context is not an object' };
  const entries = Object.entries(value);
  if (entries.length > LIMITS.keys)
    return { problem: `the request context has more than ${LIMITS.keys} keys` };
  const context: RequestContext = {};
  for (const [key, raw] of entries) {
    if (key.length === 0 || key.length > LIMITS.keyLength) {
      return { problem: 'the request context has an empty or overlong key' };
    }
    if (isShortString(raw, LIMITS.valueLength)) {
      context[key] = raw;
    } else if (
      Array.isArray(raw) &&
      raw.length <= LIMITS.values &&
      raw.every((item) => isShortString(item, LIMITS.valueLength))
    ) {
      context[key] = [...(raw as string[])];
    } else {
      return { problem: `the request context value of \`${key}\` is not text or a list of texts` };
    }
  }
  return { context };
}
