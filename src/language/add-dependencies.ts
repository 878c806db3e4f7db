import { applyEdits, findNodeAtLocation, modify } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import { readPolicyDocument } from '../engine';
import { editableRoot, NOT_EDITABLE } from './json-document';
import type { FormattingOptions } from './language-types';

/**
 * The one meaning of "add the missing dependencies", for the evaluator's one-click fix of
 * `allowed — missing dependencies` and the editor's quick fix alike: the dependency actions go to
 * a statement of their own that grants them on every resource without conditions (the statement
 * that needed them may restrict resources a dependency does not have). A pure text edit that keeps
 * the rest of the text (formatting, order) as the user wrote it.
 */

/** The Sid of the statement the fix writes into 5.0 policies (1.1 policies have no Sid). */
export const DEPENDENCY_SID = 'AllowDependencies';

export type DependencyFixResult =
  { ok: true; text: string; added: string[] } | { ok: false; message: string };

const FORMAT: FormattingOptions = { tabSize: 2, insertSpaces: true, eol: '\n' };

const property = (object: Node, key: string): Node | undefined =>
  object.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];

const strings = (node: Node | undefined): string[] =>
  node?.type === 'array'
    ? (node.children ?? []).flatMap((c) => (c.type === 'string' ? [String(c.value)] : []))
    : [];

/**
 * A statement that grants its actions on every resource without conditions: adding an action to
 * it grants exactly that action, nothing more.
 */
function isPlainAllow(statement: Node): boolean {
  if (statement.type !== 'object') return false;
  const resource = property(statement, 'Resource');
  return (
    property(statement, 'Effect')?.value === 'Allow' &&
    property(statement, 'Action')?.type === 'array' &&
    !property(statement, 'NotAction') &&
    !property(statement, 'NotResource') &&
    !property(statement, 'Condition') &&
    (resource === undefined || strings(resource).join() === '*')
  );
}

/** Adds the actions (those not listed yet) to the draft's dependency statement, creating it. */
export function addDependencyActions(
  text: string,
  actions: readonly string[],
  formatting: FormattingOptions = FORMAT,
): DependencyFixResult {
  const root = editableRoot(text);
  if (root === null) return { ok: false, message: NOT_EDITABLE };
  const statements = property(root, 'Statement');
  if (statements && statements.type !== 'array') {
    return { ok: false, message: '`Statement` is not a list: make it one before adding to it' };
  }
  const list = statements?.children ?? [];
  const plain = list
    .map((node, index) => ({ node, index }))
    .filter(({ node }) => isPlainAllow(node));
  const legacy = readPolicyDocument(text).model === '1.1';
  // 5.0 drafts get their own named statement, so the fix is visible and can be undone as one;
  // 1.1 has no Sid, so there the last plain Allow statement receives the actions.
  const target =
    plain.find(({ node }) => property(node, 'Sid')?.value === DEPENDENCY_SID) ??
    (legacy ? plain.at(-1) : undefined);
  const granted = new Set(
    (target ? strings(property(target.node, 'Action')) : []).map((a) => a.toLowerCase()),
  );
  const added = [...new Set(actions)].filter((a) => !granted.has(a.toLowerCase()));
  if (added.length === 0) return { ok: true, text, added };

  let next = text;
  if (target) {
    for (const action of added) {
      const edits = modify(next, ['Statement', target.index, 'Action', -1], action, {
        formattingOptions: formatting,
        isArrayInsertion: true,
      });
      next = applyEdits(next, edits);
    }
  } else {
    const statement = {
      ...(legacy ? {} : { Sid: DEPENDENCY_SID }),
      Effect: 'Allow',
      Action: added,
    };
    const path = statements ? ['Statement', -1] : ['Statement'];
    const edits = modify(next, path, statements ? statement : [statement], {
      formattingOptions: formatting,
      isArrayInsertion: statements !== undefined,
    });
    next = applyEdits(next, edits);
  }
  // The edit must leave valid JSON with the actions in it; anything else would lose the draft.
  const check = editableRoot(next);
  if (check === null || !findNodeAtLocation(check, ['Statement'])) {
    return { ok: false, message: 'the dependencies could not be added to this draft' };
  }
  return { ok: true, text: next, added };
}
