/**
 * What the visual builder can change in a policy text, each as a minimal edit: the bytes outside
 * the element being changed (other statements, key order, formatting, unknown fields) stay as
 * they are. The text must be strict JSON; the builder never edits a text it could not read.
 */
import type { Node } from 'jsonc-parser';
import { removeCondition, setCondition } from './builder-condition-edits';
import {
  apply,
  EditError,
  fail,
  property,
  removeElement,
  root,
  setElement,
  statementArray,
  statementAt,
  valueOf,
} from './builder-edit-session';
import type { Session } from './builder-edit-session';
import {
  detectLayout,
  duplicateEntry,
  insertArrayItem,
  insertProperty,
  removeEntry,
  swapEntries,
} from './builder-json-edits';

/** The statement elements that hold a list of strings. */
export type ListElement = 'Action' | 'NotAction' | 'Resource' | 'NotResource';

export type BuilderEdit =
  | { kind: 'set-effect'; statement: number; effect: 'Allow' | 'Deny' }
  /** An empty `sid` removes the element. */
  | { kind: 'set-sid'; statement: number; sid: string }
  /** Removes the entries written exactly as in `remove`, then appends those of `add` not present. */
  | { kind: 'edit-list'; statement: number; element: ListElement; remove: string[]; add: string[] }
  | { kind: 'rename-element'; statement: number; from: ListElement; to: ListElement }
  | { kind: 'remove-element'; statement: number; element: ListElement | 'Condition' }
  /** Writes `values` for `key` under `operator`, creating the blocks it needs. */
  | { kind: 'set-condition'; statement: number; operator: string; key: string; values: string[] }
  /** Removes `key` under `operator`, and the blocks it leaves empty. */
  | { kind: 'remove-condition'; statement: number; operator: string; key: string }
  | { kind: 'add-statement'; statement: Record<string, unknown> }
  | { kind: 'duplicate-statement'; statement: number }
  | { kind: 'move-statement'; statement: number; direction: -1 | 1 }
  | { kind: 'delete-statement'; statement: number }
  /** Turns a single-object `Statement` into an array holding it. */
  | { kind: 'wrap-statement' };

export type EditResult = { ok: true; text: string } | { ok: false; message: string };

function editList(
  session: Session,
  index: number,
  element: ListElement,
  remove: readonly string[],
  add: readonly string[],
): void {
  const prop = property(statementAt(session, index), element);
  if (!prop) {
    if (add.length > 0) setElement(session, index, element, [...new Set(add)]);
    return;
  }
  const value = valueOf(prop);
  if (value.type === 'string') {
    const kept = remove.includes(value.value as string) ? [] : [value.value as string];
    setElement(session, index, element, [...kept, ...add.filter((v) => !kept.includes(v))]);
    return;
  }
  if (value.type !== 'array') fail(`\`${element}\` is not a list; edit it in the JSON`);
  const items = value.children ?? [];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as Node;
    if (item.type === 'string' && remove.includes(item.value as string)) {
      const current = valueOf(property(statementAt(session, index), element) as Node);
      apply(session, removeEntry(session.text, current, i));
    }
  }
  const written = new Set(
    items
      .filter((i) => i.type === 'string' && !remove.includes(i.value as string))
      .map((i) => i.value as string),
  );
  for (const entry of add) {
    if (written.has(entry)) continue;
    written.add(entry);
    const current = valueOf(property(statementAt(session, index), element) as Node);
    apply(
      session,
      insertArrayItem(session.text, current, Number.MAX_SAFE_INTEGER, entry, session.layout),
    );
  }
}

function renameElement(session: Session, index: number, from: ListElement, to: ListElement) {
  const statement = statementAt(session, index);
  if (property(statement, to)) fail(`the statement already has \`${to}\``);
  const key = property(statement, from)?.children?.[0];
  if (!key) fail(`the statement has no \`${from}\``);
  const node = key as Node;
  apply(session, { offset: node.offset, length: node.length, newText: JSON.stringify(to) });
}

function addStatement(session: Session, statement: Record<string, unknown>): void {
  const array = statementArray(session);
  const { text, layout } = session;
  apply(
    session,
    array
      ? insertArrayItem(text, array, Number.MAX_SAFE_INTEGER, statement, layout)
      : insertProperty(text, root(session), 'Statement', [statement], layout),
  );
}

function statementEdit(session: Session, edit: BuilderEdit): void {
  switch (edit.kind) {
    case 'set-effect':
      return setElement(session, edit.statement, 'Effect', edit.effect);
    case 'set-sid':
      return edit.sid === ''
        ? removeElement(session, edit.statement, 'Sid')
        : setElement(session, edit.statement, 'Sid', edit.sid);
    case 'edit-list':
      return editList(session, edit.statement, edit.element, edit.remove, edit.add);
    case 'rename-element':
      return renameElement(session, edit.statement, edit.from, edit.to);
    case 'remove-element':
      return removeElement(session, edit.statement, edit.element);
    case 'set-condition':
      return setCondition(session, edit.statement, edit.operator, edit.key, edit.values);
    case 'remove-condition':
      return removeCondition(session, edit.statement, edit.operator, edit.key);
    case 'add-statement':
      return addStatement(session, edit.statement);
    case 'duplicate-statement':
      statementAt(session, edit.statement);
      return apply(
        session,
        duplicateEntry(
          session.text,
          statementArray(session) as Node,
          edit.statement,
          session.layout,
        ),
      );
    case 'move-statement': {
      const first = edit.direction < 0 ? edit.statement - 1 : edit.statement;
      statementAt(session, first);
      statementAt(session, first + 1);
      return apply(session, swapEntries(session.text, statementArray(session) as Node, first));
    }
    case 'delete-statement':
      statementAt(session, edit.statement);
      return apply(
        session,
        removeEntry(session.text, statementArray(session) as Node, edit.statement),
      );
    case 'wrap-statement': {
      const prop = property(root(session), 'Statement');
      const value = prop ? valueOf(prop) : undefined;
      if (value?.type !== 'object') fail('`Statement` is not a single object');
      const node = value as Node;
      const raw = session.text.slice(node.offset, node.offset + node.length);
      return apply(session, { offset: node.offset, length: node.length, newText: `[${raw}]` });
    }
  }
}

/**
 * Applies one builder change to a policy text. Refuses (with a message for the user) texts it
 * cannot change without guessing: elements written twice, or of an unexpected JSON type.
 */
export function applyBuilderEdit(text: string, edit: BuilderEdit): EditResult {
  const session: Session = { text, layout: detectLayout(text) };
  try {
    statementEdit(session, edit);
    return { ok: true, text: session.text };
  } catch (error) {
    if (error instanceof EditError) return { ok: false, message: error.message };
    throw error;
  }
}
