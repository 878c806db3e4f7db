import type { ConditionKeyType, PolicyModel } from '../../catalog';
import { OPERATOR_DEFINITIONS, resolveOperator } from '../../engine';
import type { ConditionKeyInfo } from '../../engine';
import type { CursorContext } from '../cursor-context';
import { operatorMeaning, operatorSummary } from '../describe-operator';
import type { CompletionItem } from '../language-types';
import type { PolicyCatalogs } from '../policy-catalogs';
import type { StatementActions } from '../statement-actions';
import { keyItem, snippetString, valueItem } from './completion-item';
import type { KeySpec } from './completion-item';

const SET_PREFIXES = ['ForAnyValue', 'ForAllValues'] as const;

function operatorSpec(name: string): KeySpec {
  const resolved = resolveOperator(name);
  return {
    key: name,
    kind: 'operator',
    ...(resolved.ok
      ? { detail: operatorSummary(resolved), documentation: operatorMeaning(resolved).join('\n') }
      : {}),
    value: '{\n\t$0\n}',
    retrigger: true,
  };
}

/**
 * Operator names for a `Condition` block: every base operator and its `IfExists` form (not for
 * `Null`), the set prefixes as a first step, and the prefixed forms once a prefix is typed.
 */
export function operatorCompletions(context: CursorContext): CompletionItem[] {
  const prefix = SET_PREFIXES.find((p) => context.prefix.startsWith(`${p}:`));
  const names: string[] = [];
  for (const definition of OPERATOR_DEFINITIONS) {
    if (prefix && definition.family === 'null') continue;
    const base = prefix ? `${prefix}:${definition.name}` : definition.name;
    names.push(base);
    if (definition.family !== 'null') names.push(`${base}IfExists`);
  }
  const items = names.map((name, order) => keyItem(context, operatorSpec(name), order));
  if (prefix) return items;
  const prefixes = SET_PREFIXES.map((p, i) => ({
    label: `${p}:`,
    kind: 'operator' as const,
    detail: 'set operator prefix',
    documentation:
      p === 'ForAnyValue'
        ? 'True when at least one request value satisfies the operator; false when the key is absent.'
        : 'True when every request value satisfies the operator; also true when the key is absent.',
    insertText: `"${p}:$0"`,
    snippet: true,
    range: context.range,
    filterText: context.quoted ? `"${p}:` : `${p}:`,
    sortText: (names.length + i).toString().padStart(5, '0'),
    retrigger: true,
  }));
  return [...items, ...prefixes];
}

/** Which key types an operator's values suit; keys of these types are listed first. */
function typeFits(operator: string, type: ConditionKeyType): boolean {
  const resolved = resolveOperator(operator);
  if (!resolved.ok) return true;
  const wanted = resolved.definition.valueType;
  return wanted === 'existence' || wanted === type;
}

function keySpec(
  info: ConditionKeyInfo,
  description: string | undefined,
  operator: string,
): KeySpec {
  const placeholder = /<([^<>]+)>/.exec(info.name);
  const multi =
    info.multiValued === null
      ? 'cardinality not documented'
      : info.multiValued
        ? 'multi-valued'
        : 'single-valued';
  const values = knownValues(operator, info.type);
  return {
    key: info.name,
    kind: 'condition-key',
    detail: `${info.type.replace('_', ' ')} · ${multi}${info.global ? ' · global' : ''}`,
    ...(description === undefined ? {} : { documentation: description }),
    value: values ? `"\${2|${values.join(',')}|}"` : '"$2"',
    ...(placeholder && placeholder.index !== undefined
      ? {
          keySnippet: `${snippetString(info.name.slice(0, placeholder.index))}\${1:${snippetString(placeholder[1] ?? '')}}${snippetString(info.name.slice(placeholder.index + placeholder[0].length))}`,
        }
      : {}),
  };
}

/** The only values a condition can take: `Bool` and `Null` operands, boolean keys. */
function knownValues(operator: string, type: ConditionKeyType | undefined): string[] | null {
  const resolved = resolveOperator(operator);
  const family = resolved.ok ? resolved.definition.family : null;
  return family === 'bool' || family === 'null' || type === 'boolean' ? ['true', 'false'] : null;
}

/**
 * Keys inside an operator block: those the statement's actions support, then the global keys of
 * the model; keys whose type fits the operator come first.
 */
export function conditionKeyCompletions(
  context: CursorContext,
  catalogs: PolicyCatalogs,
  model: PolicyModel,
  statement: StatementActions,
  operator: string,
): CompletionItem[] {
  const { lookup } = catalogs;
  const names = new Set<string>();
  const infos: ConditionKeyInfo[] = [];
  const add = (name: string) => {
    const info = lookup.conditionKey(name, model);
    if (!info || names.has(info.name.toLowerCase())) return;
    names.add(info.name.toLowerCase());
    infos.push(info);
  };
  const sources = statement.open ? lookup.actions(model) : statement.actions;
  for (const action of sources) for (const key of action.conditionKeys) add(key);
  for (const key of catalogs.globalKeys) if (key.models.includes(model)) add(key.name);
  const ranked = [
    ...infos.filter((info) => typeFits(operator, info.type)),
    ...infos.filter((info) => !typeFits(operator, info.type)),
  ];
  return ranked.map((info, order) =>
    keyItem(context, keySpec(info, catalogs.keyDescription(info.name, model), operator), order),
  );
}

/** Values of a condition key: `true`/`false` for boolean keys and for `Null`. */
export function conditionValueCompletions(
  context: CursorContext,
  catalogs: PolicyCatalogs | null,
  model: PolicyModel,
  operator: string,
  key: string,
): CompletionItem[] {
  const values = knownValues(operator, catalogs?.lookup.conditionKey(key, model)?.type);
  return (values ?? []).map((value, order) =>
    valueItem(context, { label: value, kind: 'value', value }, order),
  );
}
