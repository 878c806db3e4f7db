import type { PolicyModel } from '../../catalog';
import { resolveOperator } from '../../engine';
import { assumptionLines, operatorAssumptions, operatorMeaning } from '../describe-operator';
import type { PolicyCatalogs } from '../policy-catalogs';
import { bullets, code, paragraphs, text } from './markdown';

/** How many actions a key hover names before "and N more". */
const TAKERS_LIST_LIMIT = 20;

/** Hover markdown for a condition operator: its meaning and the evaluator's assumptions. */
export function operatorHover(written: string): string {
  const resolved = resolveOperator(written);
  if (!resolved.ok) {
    return paragraphs([
      `**${code(written)}**`,
      text(resolved.message),
      resolved.assumptions.length > 0 &&
        `**Assumptions:**\n${bullets(assumptionLines(resolved.assumptions))}`,
    ]);
  }
  return paragraphs([
    `**${code(written)}** · ${resolved.definition.family} operator`,
    operatorMeaning(resolved).join('\n\n'),
    `**Assumptions:**\n${bullets(assumptionLines(operatorAssumptions(resolved)))}`,
  ]);
}

/** Hover markdown for a condition key: type, cardinality, description, actions that take it. */
export function conditionKeyHover(
  catalogs: PolicyCatalogs,
  model: PolicyModel,
  written: string,
): string {
  const info = catalogs.lookup.conditionKey(written, model);
  if (!info)
    return `${code(written)} is neither a global key nor a key of the loaded ${model} catalogs`;
  const description = catalogs.keyDescription(written, model);
  const cardinality =
    info.multiValued === null
      ? 'cardinality not documented'
      : info.multiValued
        ? 'multi-valued'
        : 'single-valued';
  const takers = catalogs.actionsTakingKey(written, model);
  const listed = catalogs.lookup.keyListedByActions(written, model);
  const who = !listed
    ? 'No action lists this key: it describes the request, so it applies to every action.'
    : `**Taken by ${takers.length} action${takers.length === 1 ? '' : 's'}:**\n${bullets([
        ...takers.slice(0, TAKERS_LIST_LIMIT).map((action) => code(action.name)),
        ...(takers.length > TAKERS_LIST_LIMIT
          ? [`… and ${takers.length - TAKERS_LIST_LIMIT} more`]
          : []),
      ])}`;
  const assumptions = assumptionLines(
    info.family
      ? ['condition-key-case-insensitive', 'tag-key-case-insensitive']
      : ['condition-key-case-insensitive'],
  );
  return paragraphs([
    `**${code(info.name)}** · ${info.type.replace('_', ' ')} · ${cardinality}${info.global ? ' · global key' : ''}`,
    description !== undefined && text(description),
    info.name !== written &&
      !info.family &&
      `Written ${code(written)}; documented as ${code(info.name)}.`,
    who,
    `**Assumptions:**\n${bullets(assumptions)}`,
  ]);
}
