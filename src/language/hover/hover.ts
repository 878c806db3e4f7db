import { readPolicyDocument } from '../../engine';
import { findNodeAtOffset, getNodePath } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import type { HoverInfo, PolicyContext } from '../language-types';
import { splitStatementPath } from '../statement-actions';
import { actionHover } from './action-hover';
import { conditionKeyHover, operatorHover } from './condition-hover';

function isKey(node: Node): boolean {
  return node.parent?.type === 'property' && node.parent.children?.[0] === node;
}

/**
 * Hover content at `offset`: an action (description, access level, resource types, APIs,
 * dependencies), a wildcard (the actions it covers), a condition key (type, cardinality, actions
 * taking it) or an operator (meaning and the evaluator's assumptions). `null` elsewhere.
 */
export function hover(text: string, offset: number, context: PolicyContext): HoverInfo | null {
  const document = readPolicyDocument(text);
  if (!document.root) return null;
  const node = findNodeAtOffset(document.root, offset);
  if (node?.type !== 'string' || typeof node.value !== 'string') return null;
  const inStatement = splitStatementPath(getNodePath(node));
  if (!inStatement) return null;
  const { rest } = inStatement;
  const span = { offset: node.offset, length: node.length };
  const { catalogs } = context;
  const key = isKey(node);
  if (rest[0] === 'Condition' && key && rest.length === 2) {
    return { span, markdown: operatorHover(node.value) };
  }
  if (!catalogs) return null;
  if (rest[0] === 'Condition' && key && rest.length === 3) {
    return { span, markdown: conditionKeyHover(catalogs, document.model, node.value) };
  }
  const element = rest[0];
  if (!key && (element === 'Action' || element === 'NotAction')) {
    return { span, markdown: actionHover(catalogs, document.model, node.value) };
  }
  return null;
}
