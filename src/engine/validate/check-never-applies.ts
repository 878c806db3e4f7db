import { parseIsoDate } from '../conditions/date-operators';
import { parseNumber } from '../conditions/number-operators';
import { resolveOperator } from '../conditions/registry';
import type { ResolvedOperator } from '../conditions/registry';
import type { ParsedCondition, ParsedStatement } from '../policy/policy-types';
import { coversEveryAction } from './action-format';
import type { ValidationContext } from './validation-context';

/** A plain condition (no set prefix, no `IfExists`) with its resolved operator. */
interface PlainCondition {
  condition: ParsedCondition;
  resolved: ResolvedOperator;
}

/** Bounds by operator name: which side, and whether equality is excluded. */
const BOUNDS: Record<string, { side: 'upper' | 'lower'; strict: boolean }> = {
  NumberLessThan: { side: 'upper', strict: true },
  NumberLessThanEquals: { side: 'upper', strict: false },
  NumberGreaterThan: { side: 'lower', strict: true },
  NumberGreaterThanEquals: { side: 'lower', strict: false },
  DateLessThan: { side: 'upper', strict: true },
  DateLessThanEquals: { side: 'upper', strict: false },
  DateGreaterThan: { side: 'lower', strict: true },
  DateGreaterThanEquals: { side: 'lower', strict: false },
};

interface Bound {
  side: 'upper' | 'lower';
  value: number;
  strict: boolean;
  entry: PlainCondition;
}

function reportNever(context: ValidationContext, entry: PlainCondition, why: string): void {
  context.report(
    'STATEMENT_NEVER_APPLIES',
    `${why}, so the statement never applies`,
    entry.condition.operator.range,
    'fix or remove one of the conditions',
  );
}

/**
 * The bound a range condition sets. Its values are alternatives (OR), so the loosest one counts:
 * the largest upper bound, the smallest lower bound.
 */
function boundOf(entry: PlainCondition): Bound | null {
  const bound = BOUNDS[entry.resolved.definition.name];
  if (!bound) return null;
  const parse = entry.resolved.definition.family === 'date' ? parseIsoDate : parseNumber;
  const values = entry.condition.values.map((v) => parse(v.value));
  if (values.length === 0 || values.some((v) => v === null)) return null;
  const numbers = values as number[];
  // A fold, not `Math.max(...numbers)`: a list of 100,000 values would overflow the stack.
  const pick = bound.side === 'upper' ? Math.max : Math.min;
  const value = numbers.reduce((a, b) => pick(a, b));
  return { side: bound.side, value, strict: bound.strict, entry };
}

function checkRange(context: ValidationContext, key: string, entries: PlainCondition[]): void {
  const bounds = entries.flatMap((entry) => boundOf(entry) ?? []);
  for (const u of bounds.filter((b) => b.side === 'upper')) {
    for (const l of bounds.filter((b) => b.side === 'lower')) {
      const empty = l.value > u.value || (l.value === u.value && (l.strict || u.strict));
      if (!empty) continue;
      const later = u.entry.condition.range.offset > l.entry.condition.range.offset ? u : l;
      reportNever(context, later.entry, `the bounds on \`${key}\` leave no value`);
      return;
    }
  }
}

function checkExistence(context: ValidationContext, key: string, entries: PlainCondition[]): void {
  const mustBeAbsent = entries.find(
    (entry) =>
      entry.resolved.definition.family === 'null' &&
      entry.condition.values.length > 0 &&
      entry.condition.values.every((v) => v.value.toLowerCase() === 'true'),
  );
  if (!mustBeAbsent) return;
  const needsValue = entries.find(
    (entry) => entry.resolved.definition.family !== 'null' && !entry.resolved.definition.negated,
  );
  if (needsValue) {
    reportNever(context, needsValue, `\`${key}\` must be absent (\`Null\`) and also match a value`);
  }
}

function checkEquality(context: ValidationContext, key: string, entries: PlainCondition[]): void {
  const equals = entries.find((entry) => entry.resolved.definition.name === 'StringEquals');
  const notEquals = entries.find((entry) => entry.resolved.definition.name === 'StringNotEquals');
  if (!equals || !notEquals) return;
  const excluded = new Set(notEquals.condition.values.map((v) => v.value));
  if (equals.condition.values.every((v) => excluded.has(v.value))) {
    reportNever(
      context,
      notEquals,
      `\`StringNotEquals\` excludes every value \`${key}\` must equal`,
    );
  }
}

function plainConditionsByKey(
  context: ValidationContext,
  statement: ParsedStatement,
): Map<string, PlainCondition[]> {
  const byKey = new Map<string, PlainCondition[]>();
  for (const condition of statement.conditions ?? []) {
    const resolved = resolveOperator(condition.operator.value);
    if (!resolved.ok || resolved.setPrefix !== null || resolved.ifExists) continue;
    // With several request values each condition may be met by a different value.
    const info = context.lookup?.conditionKey(condition.key.value, context.model);
    if (info?.multiValued === true) continue;
    const key = condition.key.value.toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), { condition, resolved }]);
  }
  return byKey;
}

function checkStatement(context: ValidationContext, statement: ParsedStatement): void {
  for (const entry of statement.notAction ?? []) {
    if (!coversEveryAction(entry.value)) continue;
    context.report(
      'STATEMENT_NEVER_APPLIES',
      `\`NotAction\` \`${entry.value}\` excludes every action, so the statement never applies`,
      entry.range,
      'list the actions to exclude, or use `Action`',
    );
  }
  for (const entry of statement.notResource ?? []) {
    if (entry.value !== '*') continue;
    context.report(
      'STATEMENT_NEVER_APPLIES',
      '`NotResource` `*` excludes every resource, so the statement never applies',
      entry.range,
      'list the resources to exclude, or use `Resource`',
    );
  }
  for (const [, entries] of plainConditionsByKey(context, statement)) {
    const written = entries[0]?.condition.key.value ?? '';
    checkExistence(context, written, entries);
    checkRange(context, written, entries);
    checkEquality(context, written, entries);
  }
}

/** Statements no request can match: everything excluded, or conditions that contradict. */
export function checkNeverApplies(context: ValidationContext): void {
  for (const statement of context.policy.statements) checkStatement(context, statement);
}
