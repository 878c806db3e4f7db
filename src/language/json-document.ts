import { findNodeAtLocation, printParseErrorCode } from 'jsonc-parser';
import type { JSONPath, Node } from 'jsonc-parser';

import { readPolicyDocument, type PolicyDocument } from '../engine';

/*
 * Helpers over the tree of the engine's one policy document (`readPolicyDocument`), which the
 * language service reads like every other reader, so they agree on what the text says.
 */

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

/** Why an edit of policy text is refused when the text is not strict JSON with an object root. */
export const NOT_EDITABLE = 'the draft is not a valid JSON object: fix it before adding to it';

/**
 * The tree of a text that edits may change: JSON with an object at its root, where comments are
 * kept as the user wrote them. Editing what the parser recovered from broken text could drop what
 * it skipped, and with it part of the user's draft.
 */
export function editableRoot(text: string): Node | null {
  const { root, syntaxErrors } = readPolicyDocument(text);
  const broken = syntaxErrors.some(
    (error) => printParseErrorCode(error.error) !== 'InvalidCommentToken',
  );
  return root?.type === 'object' && !broken ? root : null;
}
