/**
 * Test helpers: `|` marks the cursor in a fixture text, and completions or edits are applied the
 * way an editor would, so tests can assert the text a user ends up with.
 */
import type { CompletionItem, TextEdit } from '../language-types';

/** Splits a fixture at its `|` into the text and the 0-based cursor offset. */
export function at(fixture: string): { text: string; offset: number } {
  const offset = fixture.indexOf('|');
  if (offset < 0 || fixture.indexOf('|', offset + 1) >= 0) {
    throw new Error('a cursor fixture needs exactly one `|`');
  }
  return { text: fixture.slice(0, offset) + fixture.slice(offset + 1), offset };
}

const SNIPPET_SYNTAX = /\\([$}\\])|\$\{(\d+):([^}]*)\}|\$\{(\d+)\|([^|,]*)[^|]*\|\}|\$(\d+)/g;

/**
 * Expands snippet syntax as an editor would on insert: a placeholder becomes its default, a choice
 * its first option, a bare tab stop nothing; escaped `$`, `}` and `\` become literal. `stops`
 * maps each tab stop's number to where the caret ends on it (after its default text).
 */
function expand(snippet: string): { text: string; stops: Map<number, number> } {
  const stops = new Map<number, number>();
  let text = '';
  let last = 0;
  for (const match of snippet.matchAll(SNIPPET_SYNTAX)) {
    const [, escaped, placeholderStop, placeholder, choiceStop, choice, bareStop] = match;
    text += snippet.slice(last, match.index) + (escaped ?? placeholder ?? choice ?? '');
    last = match.index + match[0].length;
    const stop = Number(placeholderStop ?? choiceStop ?? bareStop ?? NaN);
    if (!Number.isNaN(stop) && !stops.has(stop)) stops.set(stop, text.length);
  }
  return { text: text + snippet.slice(last), stops };
}

/** The text a snippet inserts, as an editor would insert it. */
function expandSnippet(snippet: string): string {
  return expand(snippet).text;
}

/** The text after accepting `item`. */
export function applyCompletion(text: string, item: CompletionItem): string {
  const inserted = item.snippet ? expandSnippet(item.insertText) : item.insertText;
  return applyEdits(text, [{ ...item.range, newText: inserted }]);
}

/**
 * The text after accepting `item`, once per place the caret visits with `|` marking it: the tab
 * stops in order, then the final one (`$0`, or the end of the insert), where the snippet ends.
 */
export function caretStops(text: string, item: CompletionItem): string[] {
  const { text: inserted, stops } = item.snippet
    ? expand(item.insertText)
    : { text: item.insertText, stops: new Map<number, number>() };
  const final = stops.get(0) ?? inserted.length;
  const visited = [...stops]
    .filter(([stop]) => stop > 0)
    .sort(([a], [b]) => a - b)
    .map(([, offset]) => offset);
  return [...visited, final].map((offset) =>
    applyEdits(text, [
      { ...item.range, newText: `${inserted.slice(0, offset)}|${inserted.slice(offset)}` },
    ]),
  );
}

/** Applies non-overlapping edits (any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.offset - a.offset)
    .reduce(
      (result, edit) =>
        result.slice(0, edit.offset) + edit.newText + result.slice(edit.offset + edit.length),
      text,
    );
}

/** The item with this label; throws with the labels on offer, so a failing test says why. */
export function pick(items: readonly CompletionItem[], label: string): CompletionItem {
  const item = items.find((candidate) => candidate.label === label);
  if (!item)
    throw new Error(`no item \`${label}\`; offered: ${items.map((i) => i.label).join(', ')}`);
  return item;
}
