/**
 * The shared ground of the builder's edits: a text being edited step by step, the nodes of its
 * statements, and refusals as messages for the user. Each step re-reads the text, so a change
 * always applies to what the previous step produced.
 */
import type { Node } from 'jsonc-parser';
import { readPolicyDocument, STATEMENT_ELEMENTS } from '../engine';
import { applyEdit, insertProperty, removeEntry, replaceValue } from './builder-json-edits';
import type { JsonLayout } from './builder-json-edits';
import type { TextEdit } from './language-types';

/** New elements are placed in the order policies are usually written. */
const CANONICAL_ORDER: readonly string[] = STATEMENT_ELEMENTS;

/** A change the builder refuses, with the reason to show. */
export class EditError extends Error {}

export const fail = (message: string): never => {
  throw new EditError(message);
};

export function properties(object: Node): Node[] {
  return object.children ?? [];
}

/** The property node of `key`; refuses objects that write the key twice. */
export function property(object: Node, key: string): Node | undefined {
  const matches = properties(object).filter((p) => p.children?.[0]?.value === key);
  if (matches.length > 1) fail(`\`${key}\` is written twice; edit it in the JSON`);
  return matches[0];
}

export const valueOf = (prop: Node): Node => prop.children?.[1] ?? fail('a property has no value');

/** Where a new statement element goes: right after the last present element that precedes it. */
function canonicalIndex(object: Node, key: string): number {
  const rank = CANONICAL_ORDER.indexOf(key);
  let index = 0;
  properties(object).forEach((p, at) => {
    const other = CANONICAL_ORDER.indexOf(String(p.children?.[0]?.value));
    if (other >= 0 && other < rank) index = at + 1;
  });
  return index;
}

export interface Session {
  text: string;
  layout: JsonLayout;
}

export function root(session: Session): Node {
  const tree = readPolicyDocument(session.text).root;
  if (tree?.type !== 'object') fail('the policy is not a JSON object');
  return tree as Node;
}

export function statementArray(session: Session): Node | undefined {
  const prop = property(root(session), 'Statement');
  if (!prop) return undefined;
  const value = valueOf(prop);
  if (value.type !== 'array') fail('`Statement` is not an array');
  return value;
}

export function statementAt(session: Session, index: number): Node {
  const statement = statementArray(session)?.children?.[index];
  if (statement?.type !== 'object') fail(`there is no statement ${index + 1}`);
  return statement as Node;
}

export function apply(session: Session, edit: TextEdit | null): void {
  if (edit) session.text = applyEdit(session.text, edit);
}

/** Sets `key` of statement `index` to `value`, adding the element where it belongs. */
export function setElement(session: Session, index: number, key: string, value: unknown): void {
  const statement = statementAt(session, index);
  const prop = property(statement, key);
  const { text, layout } = session;
  apply(
    session,
    prop
      ? replaceValue(text, valueOf(prop), value, layout)
      : insertProperty(text, statement, key, value, layout, canonicalIndex(statement, key)),
  );
}

export function removeElement(session: Session, index: number, key: string): void {
  const statement = statementAt(session, index);
  const at = properties(statement).findIndex((p) => p.children?.[0]?.value === key);
  if (at >= 0) apply(session, removeEntry(session.text, statement, at));
}
