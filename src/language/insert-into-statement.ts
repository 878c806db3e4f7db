import { applyEdits, modify } from 'jsonc-parser';
import type { JSONPath, Node } from 'jsonc-parser';
import { editableRoot, NOT_EDITABLE } from './json-document';

/** Something the catalog browser can add to a policy ("Add to policy"). */
export interface InsertableItem {
  kind: 'action' | 'resource' | 'conditionKey';
  /** An action name or pattern, a URN pattern, or a condition key name. */
  value: string;
  /** Operator for a condition key; `StringEquals` when not given. */
  operator?: string;
}

export type InsertResult =
  { ok: true; text: string; changed: boolean } | { ok: false; message: string };

/** Which document a draft holds: it only changes the skeleton written into an empty draft. */
export type SkeletonType = 'identity' | 'scp';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } } as const;

/** The text of a new, empty draft: one statement ready to receive actions. */
export function emptyPolicyText(policyType: SkeletonType): string {
  const statement =
    policyType === 'scp'
      ? { Effect: 'Deny', Action: [], Resource: ['*'] }
      : { Effect: 'Allow', Action: [] };
  return `${JSON.stringify({ Version: '5.0', Statement: [statement] }, null, 2)}\n`;
}

/**
 * Adds an action, resource or condition key to one statement of a policy text, keeping the rest
 * of the text (formatting, comments, key order) as it is. The statement is the one around
 * `caretOffset` when the caret is inside one, else the last statement; a policy without
 * statements gets a new one. Already-present values leave the text unchanged.
 */
export function insertIntoStatement(
  text: string,
  item: InsertableItem,
  policyType: SkeletonType = 'identity',
  caretOffset?: number,
): InsertResult {
  const value = item.value.trim();
  if (value === '') return { ok: false, message: 'nothing to add: the value is empty' };
  const source = text.trim() === '' ? emptyPolicyText(policyType) : text;
  const root = editableRoot(source);
  if (root === null) return { ok: false, message: NOT_EDITABLE };
  const statementPath = findStatementPath(root, caretOffset);
  if (statementPath === null) {
    return appendStatement(source, root, newStatement(item, value, policyType));
  }
  const statement = nodeAt(root, statementPath);
  if (!statement || statement.type !== 'object') {
    return { ok: false, message: 'the current statement is not a JSON object' };
  }
  return item.kind === 'conditionKey'
    ? addConditionKey(source, statement, statementPath, value, item.operator ?? 'StringEquals')
    : addListValue(source, statement, statementPath, listKeys(item.kind), value);
}

function listKeys(kind: 'action' | 'resource'): [string, string] {
  return kind === 'action' ? ['Action', 'NotAction'] : ['Resource', 'NotResource'];
}

/** The statement the caret is in, else the last one; `null` when there is none. */
function findStatementPath(root: Node, caretOffset: number | undefined): JSONPath | null {
  const statements = propertyValue(root, 'Statement');
  if (!statements) return null;
  if (statements.type === 'object') return ['Statement'];
  if (statements.type !== 'array' || !statements.children?.length) return null;
  const children = statements.children;
  if (caretOffset !== undefined) {
    const hit = children.findIndex(
      (child) => caretOffset >= child.offset && caretOffset <= child.offset + child.length,
    );
    if (hit >= 0) return ['Statement', hit];
  }
  return ['Statement', children.length - 1];
}

function appendStatement(text: string, root: Node, statement: object): InsertResult {
  const statements = propertyValue(root, 'Statement');
  if (statements && statements.type !== 'array') {
    return { ok: false, message: '`Statement` is neither a list nor an object' };
  }
  const path: JSONPath = statements ? ['Statement', -1] : ['Statement'];
  const value = statements ? statement : [statement];
  const edits = modify(text, path, value, { ...FORMAT, isArrayInsertion: Boolean(statements) });
  return { ok: true, text: applyEdits(text, edits), changed: true };
}

function newStatement(item: InsertableItem, value: string, policyType: SkeletonType): object {
  const effect = policyType === 'scp' ? 'Deny' : 'Allow';
  if (item.kind === 'action') return { Effect: effect, Action: [value] };
  if (item.kind === 'resource') return { Effect: effect, Action: [], Resource: [value] };
  return {
    Effect: effect,
    Action: [],
    Condition: { [item.operator ?? 'StringEquals']: { [value]: [] } },
  };
}

function addListValue(
  text: string,
  statement: Node,
  statementPath: JSONPath,
  [positive, negative]: [string, string],
  value: string,
): InsertResult {
  // A statement written with NotAction/NotResource keeps that form: adding the other key would
  // make it invalid (the two are mutually exclusive).
  const key =
    !propertyValue(statement, positive) && propertyValue(statement, negative) ? negative : positive;
  const list = propertyValue(statement, key);
  const path = [...statementPath, key];
  if (!list) return edit(text, path, [value]);
  if (list.type === 'string') {
    return list.value === value ? unchanged(text) : edit(text, path, [list.value, value]);
  }
  if (list.type !== 'array')
    return { ok: false, message: `\`${key}\` is neither a list nor a string` };
  if (list.children?.some((child) => child.value === value)) return unchanged(text);
  return edit(text, [...path, -1], value, true);
}

function addConditionKey(
  text: string,
  statement: Node,
  statementPath: JSONPath,
  key: string,
  operator: string,
): InsertResult {
  const condition = propertyValue(statement, 'Condition');
  const conditionPath = [...statementPath, 'Condition'];
  if (!condition) return edit(text, conditionPath, { [operator]: { [key]: [] } });
  if (condition.type !== 'object') return { ok: false, message: '`Condition` is not an object' };
  const operators = condition.children ?? [];
  const present = operators.some((property) => {
    const block = property.children?.[1];
    return block?.type === 'object' && propertyValue(block, key) !== undefined;
  });
  if (present) return unchanged(text);
  const block = propertyValue(condition, operator);
  if (block && block.type !== 'object') {
    return { ok: false, message: `the \`${operator}\` block is not an object` };
  }
  return block
    ? edit(text, [...conditionPath, operator, key], [])
    : edit(text, [...conditionPath, operator], { [key]: [] });
}

function edit(
  text: string,
  path: JSONPath,
  value: unknown,
  isArrayInsertion = false,
): InsertResult {
  const edits = modify(text, path, value, { ...FORMAT, isArrayInsertion });
  return { ok: true, text: applyEdits(text, edits), changed: true };
}

function unchanged(text: string): InsertResult {
  return { ok: true, text, changed: false };
}

function propertyValue(object: Node, key: string): Node | undefined {
  if (object.type !== 'object') return undefined;
  const property = object.children?.find((child) => child.children?.[0]?.value === key);
  return property?.children?.[1];
}

function nodeAt(root: Node, path: JSONPath): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    node = typeof segment === 'number' ? node.children?.[segment] : propertyValue(node, segment);
  }
  return node;
}
