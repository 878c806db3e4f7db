import type { Node } from 'jsonc-parser';
import { createIssue } from '../validate/check-registry';
import { rangeOf, readMembers, reportTypeMismatch } from './json-node';
import type { Member, ReadContext } from './json-node';
import type { JsonPath, ParsedCondition } from './policy-types';
import { readConditionValues } from './read-values';

function reportEmptyBlock(context: ReadContext, what: string, node: Node, path: JsonPath): void {
  context.issues.push(
    createIssue(
      'EMPTY_CONDITION',
      `${what} is empty`,
      rangeOf(node, path),
      'add a condition or remove the block',
    ),
  );
}

/** The pairs under one operator, e.g. `"StringEquals": { "g:UserName": ["alice"] }`. */
function readOperatorBlock(context: ReadContext, operator: Member): ParsedCondition[] {
  const node = operator.value;
  if (node === undefined) return [];
  if (node.type !== 'object') {
    reportTypeMismatch(context, operator.name, 'an object of condition keys', node, operator.path);
    return [];
  }
  const { byName } = readMembers(context, node, operator.path);
  if (byName.size === 0)
    reportEmptyBlock(context, `operator \`${operator.name}\``, node, operator.path);
  return [...byName.values()].map((key) => ({
    operator: operator.key,
    key: key.key,
    values: readConditionValues(context, key),
    range: key.range,
  }));
}

/** `Condition`: operators to keys to values, flattened to one entry per operator and key. */
export function readConditions(context: ReadContext, member: Member): ParsedCondition[] {
  const node = member.value;
  if (node === undefined) return [];
  if (node.type !== 'object') {
    reportTypeMismatch(context, 'Condition', 'an object', node, member.path);
    return [];
  }
  const { byName } = readMembers(context, node, member.path);
  if (byName.size === 0) reportEmptyBlock(context, '`Condition`', node, member.path);
  return [...byName.values()].flatMap((operator) => readOperatorBlock(context, operator));
}
