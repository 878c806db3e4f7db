import type { ConditionKeyType } from '../../catalog/catalog-types';
import { nearestNames } from '../catalog/edit-distance';
import type { OperatorDefinition } from '../conditions/condition-types';
import { ANY_OF_ALIASES } from '../conditions/legacy-operators';
import { OPERATOR_DEFINITIONS, resolveOperator } from '../conditions/registry';
import type { ResolvedOperator, UnresolvedOperator } from '../conditions/registry';
import type { ParsedCondition, ParsedStatement } from '../policy/policy-types';
import type { CheckCode } from './check-registry';
import type { ValidationContext } from './validation-context';
import { didYouMean } from './validation-context';

const SET_PREFIXES = ['ForAnyValue', 'ForAllValues'];
const OPERATOR_NAMES = [...OPERATOR_DEFINITIONS.map((d) => d.name), ...ANY_OF_ALIASES.keys()];

const INVALID_VALUE_CODES: Record<ConditionKeyType | 'existence', CheckCode | null> = {
  string: null,
  number: 'INVALID_NUMBER_VALUE',
  date: 'INVALID_DATE_VALUE',
  boolean: 'INVALID_BOOLEAN_VALUE',
  existence: 'INVALID_BOOLEAN_VALUE',
  ip_address: 'INVALID_IP_VALUE',
};

const VALUE_HINTS: Record<ConditionKeyType | 'existence', string> = {
  string: '',
  number: 'write a decimal number such as `10` or `2.5`',
  date: 'write an ISO 8601 date such as `2025-01-31T23:59:59Z`',
  boolean: 'write `"true"` or `"false"`',
  existence: 'write `"true"` (key absent) or `"false"` (key present)',
  ip_address: 'write an IPv4/IPv6 address or CIDR block such as `10.0.0.0/8`',
};

/** Without the set prefix and `IfExists`: the name the operator tables use. */
function baseName(written: string): string {
  const rest = written.slice(written.indexOf(':') + 1);
  return rest.endsWith('IfExists') ? rest.slice(0, -'IfExists'.length) : rest;
}

/** The documented replacement for an AWS operator spelling, as a hint. */
function awsReplacement(base: string): string {
  if (base.startsWith('Numeric')) return `use \`Number${base.slice('Numeric'.length)}\``;
  if (base === 'DateEquals') return 'use `DateGreaterThanEquals` and `DateLessThanEquals` together';
  if (base === 'DateNotEquals') return 'use `DateLessThan` or `DateGreaterThan`';
  if (base.startsWith('Arn'))
    return base.includes('Not') ? 'use `StringNotMatch`' : 'use `StringMatch`';
  return 'Huawei Cloud has no equivalent operator; the statement is not evaluated';
}

function reportUnresolved(
  context: ValidationContext,
  condition: ParsedCondition,
  result: UnresolvedOperator,
): void {
  const { operator } = condition;
  const written = operator.value;
  const base = baseName(written);
  if (base === 'Null') {
    context.report(
      'INVALID_OPERATOR_MODIFIER',
      '`Null` takes no `IfExists`',
      operator.range,
      'write `Null`',
    );
  } else if (result.problem === 'legacy-null-operator') {
    context.report(
      'LEGACY_NULL_OPERATOR',
      `legacy operator \`${written}\` is not evaluated`,
      operator.range,
      'use `Null` with `"true"` (key absent) or `"false"` (key present)',
    );
  } else if (result.problem === 'unconfirmed-operator') {
    context.report(
      'UNSUPPORTED_AWS_OPERATOR',
      `operator \`${written}\` is an AWS spelling Huawei Cloud does not document`,
      operator.range,
      awsReplacement(base),
    );
  } else {
    context.report(
      'UNKNOWN_OPERATOR',
      `unknown operator \`${written}\``,
      operator.range,
      didYouMean(nearestNames(base, OPERATOR_NAMES, 3)) ?? 'operator names are case-sensitive',
    );
  }
}

/** The set prefix as written when it is not one of the two, else `null`. */
function badPrefix(written: string): string | null {
  const colon = written.indexOf(':');
  if (colon < 0) return null;
  const prefix = written.slice(0, colon);
  return SET_PREFIXES.includes(prefix) ? null : prefix;
}

function checkValues(
  context: ValidationContext,
  condition: ParsedCondition,
  definition: OperatorDefinition,
): void {
  const code = INVALID_VALUE_CODES[definition.valueType];
  if (code === null) return;
  for (const value of condition.values) {
    if (definition.compile([value.value]).invalidPolicyValues.length === 0) continue;
    context.report(
      code,
      `\`${value.value}\` is not a valid value for \`${definition.name}\``,
      value.range,
      VALUE_HINTS[definition.valueType],
    );
  }
}

/**
 * Reference §12: the official 1.1 page says an absent key makes an `IfExists` condition true (the
 * evaluator follows it, assumption `if-exists-absent-key-in-5.0-deny`), a practitioner note says a
 * 5.0 Deny is then skipped. A `Null` condition states the absent case without either reading.
 */
function checkIfExistsInDeny(
  context: ValidationContext,
  statement: ParsedStatement,
  condition: ParsedCondition,
  resolved: ResolvedOperator,
): void {
  if (!resolved.ifExists || context.model !== '5.0' || statement.effect?.value !== 'Deny') return;
  const key = condition.key.value;
  context.report(
    'IF_EXISTS_IN_DENY',
    `sources disagree on whether this 5.0 Deny applies when \`${key}\` is absent: the evaluator follows the official 1.1 text (it applies), a practitioner note says 5.0 skips it`,
    condition.operator.range,
    `say it with \`Null\`: add \`"Null": {"${key}": "false"}\` to skip the Deny when the key is absent, or deny that case in its own statement with \`"Null": {"${key}": "true"}\``,
  );
}

function checkResolved(
  context: ValidationContext,
  condition: ParsedCondition,
  resolved: ResolvedOperator,
): void {
  const { operator } = condition;
  const { definition } = resolved;
  if (definition.family === 'null' && resolved.setPrefix !== null) {
    context.report(
      'INVALID_OPERATOR_MODIFIER',
      `\`Null\` takes no \`${resolved.setPrefix}:\` prefix`,
      operator.range,
      'write `Null`',
    );
  }
  if (resolved.legacyAlias !== null) {
    const modern = operator.value.replace(resolved.legacyAlias, definition.name);
    context.report(
      'LEGACY_OPERATOR_ALIAS',
      `\`${resolved.legacyAlias}\` is a legacy name of \`${definition.name}\``,
      operator.range,
      `write \`${modern}\``,
    );
  }
  if (definition.name === 'StringLike' || definition.name === 'StringNotLike') {
    const wildcard = condition.values.find((value) => /[*?]/.test(value.value));
    if (wildcard) {
      context.report(
        'STRING_LIKE_WITH_WILDCARD',
        `\`${definition.name}\` matches a substring, so \`${wildcard.value}\` is taken literally`,
        wildcard.range,
        `use \`${definition.name === 'StringLike' ? 'StringMatch' : 'StringNotMatch'}\` for \`*\` and \`?\` wildcards`,
      );
    }
  }
  checkValues(context, condition, definition);
}

/** Operator names, prefixes, legacy and AWS spellings, and the values each operator needs. */
export function checkConditionOperators(context: ValidationContext): void {
  for (const statement of context.policy.statements) {
    for (const condition of statement.conditions ?? []) {
      const prefix = badPrefix(condition.operator.value);
      if (prefix !== null) {
        context.report(
          'INVALID_OPERATOR_MODIFIER',
          `\`${prefix}\` is not a set prefix`,
          condition.operator.range,
          didYouMean(nearestNames(prefix, SET_PREFIXES, 1)) ??
            'use `ForAnyValue:` or `ForAllValues:`',
        );
        continue;
      }
      const resolved = resolveOperator(condition.operator.value);
      if (resolved.ok) {
        checkResolved(context, condition, resolved);
        checkIfExistsInDeny(context, statement, condition, resolved);
      } else reportUnresolved(context, condition, resolved);
    }
  }
}
