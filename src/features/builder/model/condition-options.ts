/**
 * What the condition form offers: the keys the statement's actions support plus the global keys
 * that describe any request, the operators that fit a key's type, and a check of each value
 * against the operator's type (the same parsers the evaluator uses).
 */
import type { CatalogAction, ConditionKeyType, PolicyModel } from '../../../catalog';
import {
  isIpRange,
  OPERATOR_DEFINITIONS,
  parseBool,
  parseIsoDate,
  parseNumber,
  resolveOperator,
} from '../../../engine';
import type { PolicyCatalogs } from '../../../language';

export interface KeyOption {
  /** Documented name; a family keeps its placeholder, e.g. `g:ResourceTag/<tag-key>`. */
  name: string;
  /** `null` when no catalog describes the key (an action row names it without a type). */
  type: ConditionKeyType | null;
  multiValued: boolean | null;
  global: boolean;
  /** The name has a placeholder the user fills in (a tag key). */
  family: boolean;
  description: string;
}

const FAMILY = /<[^>]*>/;

function keyOption(name: string, catalogs: PolicyCatalogs, model: PolicyModel): KeyOption {
  const info = catalogs.lookup.conditionKey(name, model);
  return {
    name: info?.name ?? name,
    type: info?.type ?? null,
    multiValued: info?.multiValued ?? null,
    global: name.toLowerCase().startsWith('g:'),
    family: FAMILY.test(name),
    description: catalogs.keyDescription(name, model) ?? '',
  };
}

/**
 * Keys for a statement whose actions are `actions`; `null` means the actions are open (NotAction,
 * or no action yet), so every documented key of the model is offered.
 */
export function conditionKeyOptions(
  actions: readonly CatalogAction[] | null,
  catalogs: PolicyCatalogs,
  model: PolicyModel,
): KeyOption[] {
  const { lookup } = catalogs;
  const names = new Map<string, string>();
  const add = (name: string) => {
    if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  };
  for (const key of catalogs.globalKeys) {
    const ofModel = key.models.length === 0 || key.models.includes(model);
    // A global key some action lists applies only to those actions; the rest describe any request.
    if (ofModel && (actions === null || !lookup.keyListedByActions(key.name, model))) add(key.name);
  }
  if (actions === null) {
    for (const service of lookup.services(model)) {
      for (const key of lookup.serviceCatalog(service, model)?.conditionKeys ?? []) add(key.name);
    }
  } else {
    for (const action of actions) action.conditionKeys.forEach(add);
  }
  return [...names.values()]
    .map((name) => keyOption(name, catalogs, model))
    .sort((a, b) => Number(a.global) - Number(b.global) || a.name.localeCompare(b.name));
}

export interface OperatorGroup {
  label: string;
  operators: string[];
}

/** Operators that fit the key's type (string ones when the type is unknown), grouped. */
export function operatorGroups(key: KeyOption): OperatorGroup[] {
  const type = key.type ?? 'string';
  const base = OPERATOR_DEFINITIONS.filter((d) => d.valueType === type).map((d) => d.name);
  const groups: OperatorGroup[] = [
    { label: 'Operators', operators: base },
    { label: 'When the key is present', operators: base.map((name) => `${name}IfExists`) },
  ];
  if (key.multiValued !== false) {
    groups.push({
      label: 'For multi-valued keys',
      operators: ['ForAnyValue', 'ForAllValues'].flatMap((prefix) =>
        base.map((name) => `${prefix}:${name}`),
      ),
    });
  }
  groups.push({ label: 'Presence', operators: ['Null'] });
  return groups;
}

const TYPE_CHECKS: Record<ConditionKeyType | 'existence', (value: string) => string | null> = {
  string: () => null,
  number: (value) => (parseNumber(value) === null ? `\`${value}\` is not a number` : null),
  date: (value) =>
    parseIsoDate(value) === null
      ? `\`${value}\` is not an ISO 8601 date such as \`2025-01-31T23:59:59Z\``
      : null,
  ip_address: (value) =>
    isIpRange(value) ? null : `\`${value}\` is not an IP address or CIDR block`,
  boolean: (value) => (parseBool(value) === null ? `\`${value}\` is neither true nor false` : null),
  existence: (value) =>
    parseBool(value) === null
      ? `\`${value}\` is neither true (key absent) nor false (key present)`
      : null,
};

/** Why `value` does not fit `operator`, or `null` when it does. */
export function checkConditionValue(operator: string, value: string): string | null {
  if (value.trim() === '') return 'a value cannot be empty';
  const resolved = resolveOperator(operator);
  if (!resolved.ok) return resolved.message;
  return TYPE_CHECKS[resolved.definition.valueType](value.trim());
}

/** The condition key name to write: a family's placeholder replaced by the user's tag key. */
export function concreteKeyName(key: KeyOption, placeholderValue: string): string {
  return key.family ? key.name.replace(FAMILY, placeholderValue.trim()) : key.name;
}
