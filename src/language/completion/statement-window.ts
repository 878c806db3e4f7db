import { readPolicyDocument } from '../../engine';
import { findNodeAtLocation } from 'jsonc-parser';
import type { PolicyModel } from '../../catalog';
import { nodeAt } from '../json-document';
import type { TextSpan } from '../language-types';

/**
 * Completion runs on every keystroke, and reading a 500-statement policy from its start costs
 * more than a frame. Everything a completion inside a statement needs (the cursor's place, the
 * statement's actions and keys, the policy's model) lies in that statement or in `Version`, so
 * a long policy is completed in a window: a small policy holding the cursor's statement alone.
 *
 * Where the statements are is learnt from one full read and then reused while the text differs
 * from that read only inside one statement, which is what typing does: the text before the
 * statement's `{` is the same, so a parser reaches the `{` in the same state, and the `}` is the
 * same character as before, moved by the length of what was typed. The stretch between must still
 * read as one object, and statements after text the parser had to recover from are never
 * windowed: for everything else the window answers exactly as the whole text (property-tested).
 */

/** Below this length a policy is read whole: a window would save nothing worth its keeping. */
export const WINDOW_MIN_LENGTH = 20_000;

export interface StatementWindow {
  /** A policy with the same `Version` whose only statement is the cursor's. */
  text: string;
  /** An offset in `text` plus `shift` is the same place in the whole policy. */
  shift: number;
}

interface StatementLayout {
  text: string;
  model: PolicyModel;
  /** The statements of a `Statement` array that are complete objects, in order. */
  statements: TextSpan[];
}

// One entry: the editor asks about one policy at a time.
let known: StatementLayout | null = null;

function layoutOf(text: string): StatementLayout {
  const { root, model, syntaxErrors: errors } = readPolicyDocument(text);
  const array = root ? findNodeAtLocation(root, ['Statement']) : undefined;
  // After text the parser had to recover from, a statement's place in the array (and so what the
  // whole text says about it) is the recovery's guess: such statements are read whole.
  const firstError = errors.reduce((first, error) => Math.min(first, error.offset), Infinity);
  const statements = (array?.type === 'array' ? (array.children ?? []) : [])
    .filter(
      (node) =>
        node.type === 'object' &&
        node.offset < firstError &&
        text[node.offset + node.length - 1] === '}',
    )
    .map((node) => ({ offset: node.offset, length: node.length }));
  return { text, model, statements };
}

/** Lengths of the common start and end of two texts, not overlapping in either. */
function commonEnds(before: string, after: string): { prefix: number; suffix: number } {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { prefix, suffix };
}

/** The cursor's statement in `text`, if `layout` still tells where it is. */
function windowFrom(layout: StatementLayout, text: string, offset: number): StatementWindow | null {
  let statement: TextSpan | undefined;
  let growth = 0;
  if (layout.text === text) {
    statement = layout.statements.find((s) => s.offset < offset && offset < s.offset + s.length);
  } else {
    // Only the statement that holds the whole edit: for any other, what precedes its `{` (say
    // `Version`, or the brackets before it) may have changed.
    const { prefix, suffix } = commonEnds(layout.text, text);
    const changedUntil = layout.text.length - suffix;
    statement = layout.statements.find(
      (s) => s.offset < prefix && s.offset + s.length - 1 >= changedUntil,
    );
    growth = text.length - layout.text.length;
  }
  if (!statement) return null;
  const start = statement.offset;
  const end = start + statement.length + growth;
  if (offset <= start || offset >= end) return null;
  const head = `{"Version":"${layout.model}","Statement":[`;
  const window = `${head}${text.slice(start, end)}]}`;
  // The stretch must still read as one whole object: then a parser reading the whole text, which
  // reaches its `{` in the same state, reads the same object, ending at the same `}`.
  const read = nodeAt(readPolicyDocument(window), ['Statement'])?.children ?? [];
  const only = read.length === 1 ? read[0] : undefined;
  if (only?.type !== 'object' || only.offset !== head.length || only.length !== end - start) {
    return null;
  }
  return { text: window, shift: start - head.length };
}

/**
 * The window to complete `offset` of `text` in, or `null` when the whole text should be read: a
 * short policy, a cursor outside every statement of a `Statement` array, or an edit that reaches
 * beyond one statement (then the text is read whole once, and later keystrokes use that read).
 */
export function statementWindow(text: string, offset: number): StatementWindow | null {
  if (text.length < WINDOW_MIN_LENGTH) return null;
  const reused = known === null ? null : windowFrom(known, text, offset);
  if (reused) return reused;
  if (known?.text !== text) known = layoutOf(text);
  return windowFrom(known, text, offset);
}
