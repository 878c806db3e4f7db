import type { ConditionKeyType } from '../../catalog/catalog-types';
import type { CatalogLookup } from '../catalog/catalog-lookup';
import type { ConditionKeyInfo } from '../catalog/condition-key-index';
import { documentedSpelling } from '../catalog/condition-key-index';
import { resolveOperator } from '../conditions/registry';
import type { ResolvedOperator } from '../conditions/registry';
import type { ParsedCondition, ParsedStatement } from '../policy/policy-types';
import type { ValidationContext } from './validation-context';
import { didYouMean, listOf } from './validation-context';

const KEY_FORMAT = /^[A-Za-z0-9_-]+:[^\s:][^\s]*$/;

const TYPE_NAMES: Record<ConditionKeyType, [string, string]> = {
  string: ['strings', 'a string key'],
  number: ['numbers', 'a number key'],
  date: ['dates', 'a date key'],
  boolean: ['booleans', 'a boolean key'],
  ip_address: ['IP addresses', 'an IP address key'],
};

const OPERATOR_FOR_TYPE: Record<ConditionKeyType, string> = {
  string: '`StringEquals` or `StringMatch`',
  number: '`NumberEquals` or `NumberLessThan`',
  date: '`DateLessThan` or `DateGreaterThan`',
  boolean: '`Bool`',
  ip_address: '`IpAddress` or `NotIpAddress`',
};

/**
 * An `aws:` key, written out of AWS habit: Huawei Cloud evaluates none, so the condition never
 * sees a value. Most have a global `g:` key of the same name, which the hint names.
 */
function reportAwsKey(
  context: ValidationContext,
  lookup: CatalogLookup,
  condition: ParsedCondition,
): void {
  const key = condition.key.value;
  const equivalent = `g:${key.slice(key.indexOf(':') + 1)}`;
  const info = lookup.conditionKey(equivalent, context.model);
  context.report(
    'AWS_CONDITION_KEY',
    `\`${key}\` is an AWS condition key Huawei Cloud does not evaluate`,
    condition.key.range,
    info?.global ? `write \`${documentedSpelling(equivalent, info)}\`` : undefined,
  );
}

function reportUnknownKey(
  context: ValidationContext,
  lookup: CatalogLookup,
  condition: ParsedCondition,
): void {
  const key = condition.key.value;
  const service = key.slice(0, key.indexOf(':')).toLowerCase();
  if (service === 'aws') {
    reportAwsKey(context, lookup, condition);
    return;
  }
  const isGlobal = service === 'g';
  // Action rows can name keys whose own table was not captured; they are known, just untyped.
  if (lookup.keyListedByActions(key, context.model)) return;
  const serviceCatalog = isGlobal
    ? undefined
    : context.catalog?.serviceCatalog(service, context.model);
  if (isGlobal ? !lookup.hasGlobalKeys : serviceCatalog?.coverage !== 'complete') return;
  context.report(
    'UNKNOWN_CONDITION_KEY',
    isGlobal
      ? `\`${key}\` is not a documented global condition key`
      : `\`${key}\` is not a condition key of the ${serviceCatalog?.serviceName ?? service} catalog`,
    condition.key.range,
    didYouMean(lookup.nearestConditionKeys(key, context.model, 3)),
  );
}

function checkOperatorFit(
  context: ValidationContext,
  condition: ParsedCondition,
  info: ConditionKeyInfo,
  resolved: ResolvedOperator,
): void {
  const { definition, setPrefix } = resolved;
  const { operator, key } = condition;
  if (definition.valueType !== 'existence' && definition.valueType !== info.type) {
    context.report(
      'OPERATOR_TYPE_MISMATCH',
      `\`${definition.name}\` compares ${TYPE_NAMES[definition.valueType][0]}, but \`${key.value}\` is ${TYPE_NAMES[info.type][1]}`,
      operator.range,
      `use ${OPERATOR_FOR_TYPE[info.type]}`,
    );
  }
  if (setPrefix !== null && info.multiValued === false) {
    context.report(
      'SET_OPERATOR_ON_SINGLE_VALUED_KEY',
      `\`${setPrefix}:\` is for multi-valued keys, but \`${key.value}\` has one value`,
      operator.range,
      `write \`${operator.value.slice(setPrefix.length + 1)}\``,
    );
  }
  if (setPrefix === null && info.multiValued === true && definition.family !== 'null') {
    context.report(
      'MISSING_SET_OPERATOR',
      `\`${key.value}\` can have several values, so say how they combine`,
      operator.range,
      `use \`ForAnyValue:${operator.value}\` (any value) or \`ForAllValues:${operator.value}\` (every value)`,
    );
  }
}

function checkSupportedByActions(
  context: ValidationContext,
  lookup: CatalogLookup,
  statement: ParsedStatement,
  condition: ParsedCondition,
): void {
  const key = condition.key.value;
  if (!lookup.keyListedByActions(key, context.model)) return;
  const actions = context.actionsOf(statement);
  if (!actions?.complete || actions.all.length === 0) return;
  if (actions.all.some((action) => lookup.actionSupportsKey(action, key))) return;
  const service = key.slice(0, key.indexOf(':'));
  const supporting = lookup
    .actionsOf(service, context.model)
    .filter((action) => lookup.actionSupportsKey(action, key))
    .map((action) => action.name);
  context.report(
    'CONDITION_KEY_NOT_SUPPORTED',
    `none of the statement's actions supports \`${key}\`, so the condition never matches`,
    condition.key.range,
    supporting.length > 0 ? `actions that do: ${listOf(supporting)}` : 'remove the condition',
  );
}

function checkAbsentKeyAllowed(
  context: ValidationContext,
  statement: ParsedStatement,
  condition: ParsedCondition,
  resolved: ResolvedOperator,
): void {
  if (statement.effect?.value !== 'Allow' || resolved.setPrefix !== 'ForAllValues') return;
  if (resolved.ifExists) return;
  const lowerKey = condition.key.value.toLowerCase();
  const requiresPresence = (statement.conditions ?? []).some(
    (other) =>
      other.operator.value === 'Null' &&
      other.key.value.toLowerCase() === lowerKey &&
      other.values.some((value) => value.value.toLowerCase() === 'false'),
  );
  if (requiresPresence) return;
  context.report(
    'FOR_ALL_VALUES_ALLOWS_ABSENT_KEY',
    `\`ForAllValues:\` is also true when \`${condition.key.value}\` is absent, so this allows requests without it`,
    condition.operator.range,
    `add \`"Null": { "${condition.key.value}": "false" }\` to require the key`,
  );
}

function checkCondition(
  context: ValidationContext,
  statement: ParsedStatement,
  condition: ParsedCondition,
): void {
  const { key } = condition;
  if (!KEY_FORMAT.test(key.value)) {
    context.report(
      'INVALID_CONDITION_KEY_FORMAT',
      `condition key \`${key.value}\` is not of the form \`service:name\``,
      key.range,
      'write a global key such as `g:UserName` or a service key such as `ims:Encrypted`',
    );
    return;
  }
  const resolved = resolveOperator(condition.operator.value);
  if (resolved.ok) checkAbsentKeyAllowed(context, statement, condition, resolved);
  const { lookup } = context;
  if (lookup === null) return;
  const info = lookup.conditionKey(key.value, context.model);
  if (info === undefined) {
    reportUnknownKey(context, lookup, condition);
    return;
  }
  const documented = documentedSpelling(key.value, info);
  if (documented !== key.value) {
    context.report(
      'CONDITION_KEY_CASE',
      `\`${key.value}\` is documented as \`${documented}\``,
      key.range,
      `write \`${documented}\``,
    );
  }
  if (info.global && info.models.length > 0 && !info.models.includes(context.model)) {
    context.report(
      'CONDITION_KEY_MODEL_MISMATCH',
      `\`${info.name}\` is documented only for version ${listOf(info.models)} policies`,
      key.range,
    );
  }
  if (resolved.ok) checkOperatorFit(context, condition, info, resolved);
  if (context.catalog) checkSupportedByActions(context, context.catalog, statement, condition);
}

/** Key format, known keys, their spelling and model, and whether the operator fits them. */
export function checkConditionKeys(context: ValidationContext): void {
  for (const statement of context.policy.statements) {
    for (const condition of statement.conditions ?? [])
      checkCondition(context, statement, condition);
  }
}
