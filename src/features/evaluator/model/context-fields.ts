import type { ConditionKeyType, PolicyModel } from '../../../catalog';
import { isIpAddress, parseBool, parseIsoDate, parseNumber } from '../../../engine';
import type { CatalogLookup } from '../../../engine';
import type { RequestContext } from '../../../engine';
import type { KeyUsage } from '../../../analysis';

/**
 * The request-context inputs: one typed field per condition key the policies test, the checks a
 * typed value must pass, and the context the engine gets (invalid values left out, and said so).
 */

export interface ContextField {
  key: string;
  type: ConditionKeyType;
  /** The request may carry several values (entered comma-separated). */
  multiValued: boolean;
  description: string;
}

/** The fields for the keys the policies use, typed by the catalogs or else by the operators. */
export function contextFields(
  keys: readonly KeyUsage[],
  lookup: CatalogLookup,
  model: PolicyModel,
): ContextField[] {
  return keys.map((usage) => {
    const info = lookup.conditionKey(usage.key, model);
    return {
      key: usage.key,
      type: info?.type ?? usage.operatorType ?? 'string',
      multiValued: info?.multiValued === true || usage.setOperator,
      description: info ? '' : 'not in the catalogs; typed by its operator',
    };
  });
}

const CHECKS: Record<ConditionKeyType, { valid: (text: string) => boolean; expected: string }> = {
  string: { valid: () => true, expected: 'text' },
  number: { valid: (t) => parseNumber(t) !== null, expected: 'a number such as `8`' },
  boolean: { valid: (t) => parseBool(t) !== null, expected: '`true` or `false`' },
  date: {
    valid: (t) => parseIsoDate(t) !== null,
    expected: 'an ISO 8601 date such as `2025-01-31T12:00:00Z`',
  },
  ip_address: {
    valid: isIpAddress,
    expected: 'an IP address such as `192.0.2.10`',
  },
};

/** The values of a field's text: comma-separated for multi-valued keys, else the trimmed text. */
export function splitValues(field: ContextField, text: string): string[] {
  const values = field.multiValued ? text.split(',') : [text];
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

/** What is wrong with a field's text, or `null` when every value is valid (or it is empty). */
export function checkContextValue(field: ContextField, text: string): string | null {
  const check = CHECKS[field.type];
  const bad = splitValues(field, text).find((value) => !check.valid(value));
  return bad === undefined ? null : `\`${bad}\` is not ${check.expected}`;
}

/** The text a field shows for a stored value. */
export function valueText(value: string | string[] | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The context after the user typed `text` into `field`: empty text removes the key. */
export function withFieldValue(
  context: RequestContext,
  field: ContextField,
  text: string,
): RequestContext {
  const { [field.key]: _old, ...rest } = context;
  if (text.trim() === '') return rest;
  // Kept as typed (also when invalid) so the field shows what the user wrote.
  return { ...rest, [field.key]: field.multiValued ? splitValues(field, text) : text.trim() };
}

export interface EngineContext {
  context: RequestContext;
  /** Keys whose value was left out because it is not valid for the key's type. */
  ignored: { key: string; problem: string }[];
}

/** The context the engine evaluates: valid values only, since a bad value is a typo, not data. */
export function engineContext(
  context: RequestContext,
  fields: readonly ContextField[],
): EngineContext {
  const byKey = new Map(fields.map((f) => [f.key.toLowerCase(), f]));
  const result: RequestContext = {};
  const ignored: EngineContext['ignored'] = [];
  for (const [key, value] of Object.entries(context)) {
    const field = byKey.get(key.toLowerCase());
    const problem = field ? checkContextValue(field, valueText(value)) : null;
    if (problem) ignored.push({ key, problem });
    else result[key] = value;
  }
  return { context: result, ignored };
}
