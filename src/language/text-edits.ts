import { applyEdits, format, modify } from 'jsonc-parser';
import type { JSONPath } from 'jsonc-parser';
import type { FormattingOptions, TextEdit } from './language-types';

/** One edit turning `before` into `after`: the span between their common prefix and suffix. */
export function diffEdit(before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < shorter - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  return {
    offset: start,
    length: before.length - start - end,
    newText: after.slice(start, after.length - end),
  };
}

export interface JsonChange {
  path: JSONPath;
  /** `undefined` removes the element. */
  value: unknown;
  /** Insert into an array at the path's index instead of replacing the item there. */
  insert?: boolean;
  /** Position among the object's keys for a new property. */
  atIndex?: number;
}

/**
 * Applies structural changes in order (each sees the text the previous one produced) and returns
 * them as one edit, so the editor can undo the fix in one step.
 */
export function changeJson(
  text: string,
  changes: readonly JsonChange[],
  formatting: FormattingOptions,
): TextEdit {
  const after = changes.reduce((current, change) => {
    const edits = modify(current, change.path, change.value, {
      // Removal needs no layout; with options jsonc-parser would re-indent the whole line.
      ...(change.value === undefined ? {} : { formattingOptions: formatting }),
      ...(change.insert ? { isArrayInsertion: true } : {}),
      ...(change.atIndex === undefined ? {} : { getInsertionIndex: () => change.atIndex ?? 0 }),
    });
    return applyEdits(current, edits);
  }, text);
  return diffEdit(text, after);
}

/** The edits that format the whole document (none when it is already formatted). */
export function formatDocument(text: string, formatting: FormattingOptions): TextEdit[] {
  return format(text, undefined, formatting).map((edit) => ({
    offset: edit.offset,
    length: edit.length,
    newText: edit.content,
  }));
}
