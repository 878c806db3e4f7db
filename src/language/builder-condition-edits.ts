/**
 * Condition edits: writing one key's values under an operator (creating the blocks it needs) and
 * removing it (and the blocks it leaves empty).
 */
import type { Node } from 'jsonc-parser';
import {
  apply,
  fail,
  properties,
  property,
  removeElement,
  setElement,
  statementAt,
  valueOf,
} from './builder-edit-session';
import type { Session } from './builder-edit-session';
import { insertProperty, removeEntry, replaceValue } from './builder-json-edits';

function objectValue(prop: Node, what: string): Node {
  const value = valueOf(prop);
  if (value.type !== 'object') fail(`${what} is not an object; edit it in the JSON`);
  return value;
}

export function setCondition(
  session: Session,
  index: number,
  operator: string,
  key: string,
  values: string[],
): void {
  const statement = statementAt(session, index);
  const conditionProp = property(statement, 'Condition');
  if (!conditionProp) {
    setElement(session, index, 'Condition', { [operator]: { [key]: values } });
    return;
  }
  const { text, layout } = session;
  const condition = objectValue(conditionProp, '`Condition`');
  const operatorProp = property(condition, operator);
  if (!operatorProp) {
    apply(session, insertProperty(text, condition, operator, { [key]: values }, layout));
    return;
  }
  const block = objectValue(operatorProp, `\`${operator}\``);
  const keyProp = property(block, key);
  apply(
    session,
    keyProp
      ? replaceValue(text, valueOf(keyProp), values, layout)
      : insertProperty(text, block, key, values, layout),
  );
}

export function removeCondition(
  session: Session,
  index: number,
  operator: string,
  key: string,
): void {
  const find = () => {
    const conditionProp = property(statementAt(session, index), 'Condition');
    const condition = conditionProp ? objectValue(conditionProp, '`Condition`') : undefined;
    const operatorProp = condition ? property(condition, operator) : undefined;
    const block = operatorProp ? objectValue(operatorProp, `\`${operator}\``) : undefined;
    return { condition, block };
  };
  const { block } = find();
  const at = block ? properties(block).findIndex((p) => p.children?.[0]?.value === key) : -1;
  if (!block || at < 0) fail(`the statement has no condition \`${operator}\` on \`${key}\``);
  apply(session, removeEntry(session.text, block as Node, at));
  const after = find();
  if (after.block && properties(after.block).length === 0 && after.condition) {
    const operatorAt = properties(after.condition).findIndex(
      (p) => p.children?.[0]?.value === operator,
    );
    apply(session, removeEntry(session.text, after.condition, operatorAt));
  }
  const { condition } = find();
  if (condition && properties(condition).length === 0) removeElement(session, index, 'Condition');
}
