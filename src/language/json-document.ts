import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { JSONPath, Node } from 'jsonc-parser';
import type { PolicyModel } from '../catalog';

/**
 * The policy text as a tolerant JSON tree (jsonc-parser recovers from the half-typed text an
 * editor holds), plus the model its `Version` selects.
 */
export interface PolicyDocument {
  text: string;
  root: Node | undefined;
  model: PolicyModel;
}

// One entry is enough: completion, hover and code actions ask about the same text in a row.
let last: PolicyDocument | null = null;

/** Parses `text` (memoised on the last text seen; the result is never mutated). */
export function readDocument(text: string): PolicyDocument {
  if (last?.text === text) return last;
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const version = root ? findNodeAtLocation(root, ['Version']) : undefined;
  const model: PolicyModel = version?.value === '1.1' ? '1.1' : '5.0';
  last = { text, root, model };
  return last;
}

/** The node at `path`, if the tree has one. */
export function nodeAt(document: PolicyDocument, path: JSONPath): Node | undefined {
  return document.root ? findNodeAtLocation(document.root, path) : undefined;
}

/** The string values of an element written as a string or an array of strings. */
export function stringNodes(node: Node | undefined): Node[] {
  if (!node) return [];
  if (node.type === 'string') return [node];
  if (node.type !== 'array') return [];
  return (node.children ?? []).filter((child) => child.type === 'string');
}

/** The keys written in an object node, in order. */
export function objectKeys(node: Node | undefined): string[] {
  if (node?.type !== 'object') return [];
  return (node.children ?? []).flatMap((property) => {
    const key = property.children?.[0];
    return typeof key?.value === 'string' ? [key.value] : [];
  });
}

/** The `property` node of `key` in an object node. */
export function propertyOf(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  return node.children?.find((property) => property.children?.[0]?.value === key);
}

/** Does the string node end with its closing quote? (An unterminated one runs to the line end.) */
export function isTerminated(text: string, node: Node): boolean {
  return node.length >= 2 && text[node.offset + node.length - 1] === '"';
}
