/**
 * Resolves an operator as written (`ForAllValues:StringEqualsIfExists`, `StringEqualsAnyOf`, ...)
 * onto its definition, set prefix and `IfExists` flag, or says why it cannot be evaluated.
 * Operator names are matched exactly (assumption `operator-name-case-sensitive`).
 */
import type { AssumptionId } from '../assumptions';
import { BOOL_OPERATORS } from './bool-operator';
import type { OperatorDefinition } from './condition-types';
import { DATE_OPERATORS } from './date-operators';
import { IP_OPERATORS } from './ip-operators';
import { ANY_OF_ALIASES, isUnconfirmedOperator, LEGACY_NULL_OPERATORS } from './legacy-operators';
import { NULL_OPERATORS } from './null-operator';
import { NUMBER_OPERATORS } from './number-operators';
import { STRING_MATCH_OPERATORS } from './string-match-operators';
import { STRING_OPERATORS } from './string-operators';

/** Every evaluable base operator, in documentation order. */
export const OPERATOR_DEFINITIONS: readonly OperatorDefinition[] = [
  ...STRING_OPERATORS,
  ...STRING_MATCH_OPERATORS,
  ...NUMBER_OPERATORS,
  ...DATE_OPERATORS,
  ...BOOL_OPERATORS,
  ...IP_OPERATORS,
  ...NULL_OPERATORS,
];

const BY_NAME = new Map(OPERATOR_DEFINITIONS.map((d) => [d.name, d]));
const BY_LOWER_NAME = new Map(OPERATOR_DEFINITIONS.map((d) => [d.name.toLowerCase(), d.name]));

export type SetPrefix = 'ForAnyValue' | 'ForAllValues';

export interface ResolvedOperator {
  ok: true;
  written: string;
  definition: OperatorDefinition;
  setPrefix: SetPrefix | null;
  ifExists: boolean;
  /** The legacy `…AnyOf` name that was written, when it was one. */
  legacyAlias: string | null;
}

export type OperatorProblem = 'unknown-operator' | 'legacy-null-operator' | 'unconfirmed-operator';

export interface UnresolvedOperator {
  ok: false;
  written: string;
  problem: OperatorProblem;
  /** One line, lower case, user input in backticks. */
  message: string;
  assumptions: AssumptionId[];
}

const IF_EXISTS = 'IfExists';

function splitPrefix(written: string): [SetPrefix | null, string] {
  for (const prefix of ['ForAnyValue', 'ForAllValues'] as const) {
    if (written.startsWith(`${prefix}:`)) return [prefix, written.slice(prefix.length + 1)];
  }
  return [null, written];
}

function lookup(name: string): [OperatorDefinition, string | null] | null {
  const direct = BY_NAME.get(name);
  if (direct) return [direct, null];
  const aliased = ANY_OF_ALIASES.get(name);
  const definition = aliased === undefined ? undefined : BY_NAME.get(aliased);
  return definition ? [definition, name] : null;
}

/** Resolves a written operator name. Never throws. */
export function resolveOperator(written: string): ResolvedOperator | UnresolvedOperator {
  const [setPrefix, rest] = splitPrefix(written);
  const exact = lookup(rest);
  if (exact) {
    return {
      ok: true,
      written,
      definition: exact[0],
      setPrefix,
      ifExists: false,
      legacyAlias: exact[1],
    };
  }
  if (rest.endsWith(IF_EXISTS)) {
    const stripped = lookup(rest.slice(0, -IF_EXISTS.length));
    if (stripped && stripped[0].family !== 'null') {
      return {
        ok: true,
        written,
        definition: stripped[0],
        setPrefix,
        ifExists: true,
        legacyAlias: stripped[1],
      };
    }
  }
  const bare = rest.endsWith(IF_EXISTS) ? rest.slice(0, -IF_EXISTS.length) : rest;
  if (LEGACY_NULL_OPERATORS.has(bare)) {
    return {
      ok: false,
      written,
      problem: 'legacy-null-operator',
      message: `legacy operator \`${written}\` is not evaluated (replaced by \`Null\`)`,
      assumptions: [],
    };
  }
  if (isUnconfirmedOperator(bare)) {
    return {
      ok: false,
      written,
      problem: 'unconfirmed-operator',
      message: `operator \`${written}\` is not documented for Huawei Cloud and is not evaluated`,
      assumptions: ['unconfirmed-operators-not-evaluated'],
    };
  }
  const nearMiss = BY_LOWER_NAME.get(bare.toLowerCase());
  return {
    ok: false,
    written,
    problem: 'unknown-operator',
    message: nearMiss
      ? `unknown operator \`${written}\` (operator names are case-sensitive: \`${nearMiss}\`)`
      : `unknown operator \`${written}\``,
    assumptions: nearMiss ? ['operator-name-case-sensitive'] : [],
  };
}
