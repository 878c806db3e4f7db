import { readPolicyDocument } from '../../engine';
import { cursorContext } from '../cursor-context';
import type { CompletionItem, PolicyContext } from '../language-types';
import { splitStatementPath, statementActions } from '../statement-actions';
import type { StatementActions } from '../statement-actions';
import { actionCompletions } from './action-completions';
import {
  conditionKeyCompletions,
  conditionValueCompletions,
  operatorCompletions,
} from './condition-completions';
import { elementKeyCompletions, elementValueCompletions } from './element-completions';
import { resourceCompletions } from './resource-completions';
import { statementWindow } from './statement-window';

/** The line up to the cursor ends inside a `Sid` value. */
const SID_VALUE = /"Sid"\s*:\s*"[^"]*$/;

const UNKNOWN_ACTIONS: StatementActions = { written: [], actions: [], open: true };

/**
 * Completions at `offset` (0-based) in policy `text`: element keys for the policy type, `Version`
 * and `Effect` values, staged action names, URN templates, condition operators, keys and values.
 * Works inside a string being typed, after a colon, in arrays, with and without quotes.
 */
export function complete(text: string, offset: number, context: PolicyContext): CompletionItem[] {
  // A `Sid` is free text, typed a lot: answer from its own line rather than reading the
  // document from its start on every keystroke.
  if (SID_VALUE.test(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset))) return [];
  const window = statementWindow(text, offset);
  if (!window) return completeIn(text, offset, context);
  return completeIn(window.text, offset - window.shift, context).map((item) => ({
    ...item,
    range: { offset: item.range.offset + window.shift, length: item.range.length },
  }));
}

/** Completions at `offset`, reading `text` whole (`complete` may give it a window instead). */
export function completeIn(text: string, offset: number, context: PolicyContext): CompletionItem[] {
  const cursor = cursorContext(text, offset);
  if (!cursor) return [];
  // Parsed only where a completion needs the document: typing in a `Sid` or a condition value
  // of a long policy must not re-parse it on every keystroke.
  const document = () => readPolicyDocument(text);
  const { catalogs } = context;
  if (cursor.place === 'key') {
    const elements = elementKeyCompletions(cursor, document(), context.policyType);
    if (elements) return elements;
  } else {
    const values = elementValueCompletions(cursor, context.policyType);
    if (values) return values;
  }
  const inStatement = splitStatementPath(cursor.path);
  if (!inStatement) return [];
  const { index, rest } = inStatement;
  const [element, operator, key] = rest;
  const actionsOf = () =>
    catalogs ? statementActions(document(), catalogs, index) : UNKNOWN_ACTIONS;

  if (cursor.place === 'key') {
    if (element !== 'Condition') return [];
    if (rest.length === 1) return operatorCompletions(cursor);
    if (rest.length === 2 && typeof operator === 'string' && catalogs) {
      return conditionKeyCompletions(cursor, catalogs, document().model, actionsOf(), operator);
    }
    return [];
  }
  if (rest.length === 1 && (element === 'Action' || element === 'NotAction')) {
    return catalogs ? actionCompletions(cursor, catalogs, document().model) : [];
  }
  if (rest.length === 1 && (element === 'Resource' || element === 'NotResource')) {
    return resourceCompletions(cursor, catalogs, document().model, actionsOf());
  }
  if (element === 'Condition' && rest.length === 3) {
    return conditionValueCompletions(
      cursor,
      catalogs,
      document().model,
      String(operator),
      String(key),
    );
  }
  return [];
}
