/**
 * Date operators (reference §7.2) over ISO 8601 text: `2024-05-01`, `2024-05-01T12:00Z`,
 * `2024-05-01T12:00:00.5+08:00`. A date or date-time without a zone is read as UTC (assumption
 * `date-without-zone-utc`: the reference's only example carries `Z`).
 */
import type { AssumptionId } from '../assumptions';
import type { OperatorDefinition } from './condition-types';
import { orderedOperand, type Comparison } from './ordered-operand';

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;

/** Milliseconds since the epoch for a valid ISO 8601 date or date-time; `null` otherwise. */
export function parseIsoDate(text: string): number | null {
  const m = ISO_8601.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(m[i] ?? 0),
  ) as [number, number, number, number, number, number];
  // Minutes or seconds past 59 roll over within the same day, so they are refused here. Every other
  // field out of range makes Date.UTC roll into another year (month 00 or 13) or another day of the
  // month (31 February, day 00, hour 24), and it reads years 0–99 as 1900–1999: comparing the year
  // and the day of the month after a round trip catches them all.
  if (minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCDate() !== day) return null;
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  const offsetMinutes =
    m[9] === undefined ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  if (Math.abs(offsetMinutes) > 18 * 60) return null;
  return utc + fraction - offsetMinutes * 60_000;
}

/** Whether `text` is a valid ISO 8601 date read as UTC only because it names no zone. */
export function lacksTimeZone(text: string): boolean {
  const m = ISO_8601.exec(text);
  return m !== null && m[8] === undefined && m[9] === undefined && parseIsoDate(text) !== null;
}

const ZONELESS: readonly AssumptionId[] = ['date-without-zone-utc'];

function dateOperator(
  name: string,
  comparison: Comparison,
  verb: string,
  negatedVerb: string,
): OperatorDefinition {
  return {
    name,
    family: 'date',
    negated: false,
    valueType: 'date',
    ignoreCase: false,
    verb,
    negatedVerb,
    compile: (values) => {
      const operand = orderedOperand(values, parseIsoDate, comparison);
      const zonelessPolicyValue = values.some(lacksTimeZone);
      return {
        ...operand,
        comparisonAssumptions: (value) =>
          zonelessPolicyValue || lacksTimeZone(value) ? ZONELESS : [],
      };
    },
  };
}

export const DATE_OPERATORS: readonly OperatorDefinition[] = [
  dateOperator('DateLessThan', 'lt', 'is before', 'is not before'),
  dateOperator('DateLessThanEquals', 'le', 'is at or before', 'is after'),
  dateOperator('DateGreaterThan', 'gt', 'is after', 'is not after'),
  dateOperator('DateGreaterThanEquals', 'ge', 'is at or after', 'is before'),
];
