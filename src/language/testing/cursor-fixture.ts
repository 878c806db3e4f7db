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

/**
 * Expands snippet syntax as an editor would on insert: a placeholder becomes its default, a choice
 * its first option, a bare tab stop nothing; escaped `$`, `}` and `\` become literal.
 */
function expandSnippet(snippet: string): string {
  return snippet.replace(
    /\\([$}\\])|\$\{\d+:([^}]*)\}|\$\{\d+\|([^|,]*)[^|]*\|\}|\$\d+/g,
    (_match, escaped?: string, placeholder?: string, choice?: string) =>
      escaped ?? placeholder ?? choice ?? '',
  );
}

/** The text after accepting `item`. */
export function applyCompletion(text: string, item: CompletionItem): string {
  const inserted = item.snippet ? expandSnippet(item.insertText) : item.insertText;
  return applyEdits(text, [{ ...item.range, newText: inserted }]);
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
