import type { Node } from 'jsonc-parser';
import { createIssue } from '../validate/check-registry';
import type { JsonPath, Located, PolicyIssue, SourceRange } from './policy-types';

/** What the readers of one document share: the text (for raw slices) and the issue sink. */
export interface ReadContext {
  text: string;
  issues: PolicyIssue[];
}

/** One `"key": value` pair of an object; `value` is missing only after a syntax error. */
export interface Member {
  name: string;
  key: Located<string>;
  value: Node | undefined;
  /** Path of the value, i.e. the object's path plus the key. */
  path: JsonPath;
  /** Range of the whole pair. */
  range: SourceRange;
}

export function rangeOf(node: Node, path: JsonPath): SourceRange {
  return { offset: node.offset, length: node.length, path };
}

/** The JSON type of a node as a message would name it. */
export function describeJsonType(node: Node): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    default:
      return 'null';
  }
}

/** Reports a value of the wrong JSON type, naming the element and what was expected. */
export function reportTypeMismatch(
  context: ReadContext,
  element: string,
  expected: string,
  node: Node,
  path: JsonPath,
  hint?: string,
): void {
  context.issues.push(
    createIssue(
      'DATA_TYPE_MISMATCH',
      `\`${element}\` must be ${expected}, not ${describeJsonType(node)}`,
      rangeOf(node, path),
      hint,
    ),
  );
}

/**
 * The members of an object, in order, plus a by-name map in which the last duplicate wins (as
 * `JSON.parse` does; Huawei does not say which one it keeps). Each later duplicate is reported.
 */
export function readMembers(
  context: ReadContext,
  objectNode: Node,
  path: JsonPath,
): { all: Member[]; byName: Map<string, Member> } {
  const all: Member[] = [];
  const byName = new Map<string, Member>();
  for (const property of objectNode.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (keyNode?.type !== 'string' || typeof keyNode.value !== 'string') continue;
    const name = keyNode.value;
    const memberPath = [...path, name];
    const member: Member = {
      name,
      key: { value: name, range: rangeOf(keyNode, memberPath) },
      value,
      path: memberPath,
      range: rangeOf(property, memberPath),
    };
    if (byName.has(name)) {
      context.issues.push(
        createIssue(
          'DUPLICATE_KEY',
          `duplicate key \`${name}\`; the last one is used`,
          member.key.range,
          'remove or merge the duplicate',
        ),
      );
    }
    byName.set(name, member);
    all.push(member);
  }
  return { all, byName };
}
