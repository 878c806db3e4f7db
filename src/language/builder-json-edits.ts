/**
 * Minimal text edits on a JSON tree, written in the style the text already uses. jsonc-parser's
 * `modify` re-formats whole lines around an insertion (a one-line policy would be rewritten end to
 * end); these primitives touch only the bytes of the element they change, and copy separators and
 * indentation from the neighbours so that new entries look as if the user had typed them.
 */
import type { Node } from 'jsonc-parser';
import type { TextEdit } from './language-types';

/** Layout of the whole text: its indentation unit and line ending. */
export interface JsonLayout {
  indentUnit: string;
  eol: string;
}

/** The indentation unit (first indented line, else two spaces) and line ending of `text`. */
export function detectLayout(text: string): JsonLayout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text);
  const first = indented?.[1] ?? '';
  const indentUnit = first.startsWith('\t') ? '\t' : first.length > 0 ? first : '  ';
  return { indentUnit, eol };
}

const end = (node: Node) => node.offset + node.length;

/** Whitespace at the start of the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/** Whether a container's text spans several lines. */
function isMultiline(text: string, node: Node): boolean {
  return text.slice(node.offset, end(node)).includes('\n');
}

/** Whether a one-line container puts spaces after `:` and `,` (`{ "a": 1, "b": 2 }`). */
function isSpaced(text: string, node: Node): boolean {
  const outsideStrings = text.slice(node.offset, end(node)).replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return /[:,] /.test(outsideStrings);
}

/**
 * `value` as JSON for a position whose line is indented by `indent`: multi-line (in the text's
 * unit) when `multiline`, otherwise on one line, spaced like its surroundings.
 */
function formatValue(
  value: unknown,
  indent: string,
  layout: JsonLayout,
  multiline: boolean,
  spaced = true,
): string {
  if (multiline) {
    return JSON.stringify(value, null, layout.indentUnit)
      .split('\n')
      .join(`${layout.eol}${indent}`);
  }
  const compact = JSON.stringify(value);
  if (!spaced) return compact;
  // Re-serialise with spaces after separators outside strings only.
  return compact.replace(/("(?:[^"\\]|\\.)*")|([,:])/g, (match, string: string | undefined) =>
    string !== undefined ? match : `${match} `,
  );
}

/**
 * Whether new separators in `container` get a space: as its own separators do, or, when it has
 * fewer than two entries to tell, as the nearest enclosing container that does.
 */
function isSpacedContext(text: string, container: Node): boolean {
  for (let node: Node | undefined = container; node; node = node.parent) {
    if (node.type !== 'array' && node.type !== 'object') continue;
    if (isMultiline(text, node) || isSpaced(text, node)) return true;
    if ((node.children?.length ?? 0) >= 2) return false;
  }
  return false;
}

/** The children that are entries: array items, or the property nodes of an object. */
function entries(container: Node): Node[] {
  return container.children ?? [];
}

/** How items of `container` are separated, and how a new item's line is indented. */
function itemLayout(
  text: string,
  container: Node,
  layout: JsonLayout,
): { separator: string; indent: string; multiline: boolean; spaced: boolean } {
  const items = entries(container);
  const [first, second] = items;
  const spaced = isSpacedContext(text, container);
  if (first && second) {
    const separator = text.slice(end(first), second.offset);
    const multiline = separator.includes('\n');
    return { separator, indent: lineIndent(text, second.offset), multiline, spaced };
  }
  if (first) {
    const before = text.slice(container.offset + 1, first.offset);
    if (before.includes('\n')) {
      const indent = lineIndent(text, first.offset);
      return { separator: `,${layout.eol}${indent}`, indent, multiline: true, spaced };
    }
    return { separator: spaced ? ', ' : ',', indent: '', multiline: false, spaced };
  }
  const indent = `${lineIndent(text, container.offset)}${layout.indentUnit}`;
  return { separator: `,${layout.eol}${indent}`, indent, multiline: false, spaced };
}

/** Whether an empty container should receive its first item on a line of its own. */
function opensMultiline(text: string, container: Node): boolean {
  const parent = container.parent?.type === 'property' ? container.parent.parent : container.parent;
  return parent ? isMultiline(text, parent) : true;
}

/**
 * Inserts an item (already formatted text, e.g. `"ims:images:list"` or `"Sid": "A"`) into an array
 * or object before entry `index` (at the end when `index` is past the last entry).
 */
function insertRaw(
  text: string,
  container: Node,
  index: number,
  formatItem: (indent: string, multiline: boolean, spaced: boolean) => string,
  layout: JsonLayout,
): TextEdit {
  const items = entries(container);
  const { separator, indent, multiline, spaced } = itemLayout(text, container, layout);
  if (items.length === 0) {
    const inner = text.slice(container.offset + 1, end(container) - 1);
    if (opensMultiline(text, container)) {
      const closing = lineIndent(text, container.offset);
      const item = formatItem(indent, true, true);
      return {
        offset: container.offset + 1,
        length: inner.length,
        newText: `${layout.eol}${indent}${item}${layout.eol}${closing}`,
      };
    }
    const item = formatItem('', false, isSpacedContext(text, container));
    return { offset: container.offset + 1, length: inner.length, newText: item };
  }
  const item = formatItem(indent, multiline, spaced);
  const before = items[index];
  if (before) return { offset: before.offset, length: 0, newText: `${item}${separator}` };
  const last = items[items.length - 1] as Node;
  return { offset: end(last), length: 0, newText: `${separator}${item}` };
}

/** Inserts `value` into an array before `index` (or at the end). */
export function insertArrayItem(
  text: string,
  array: Node,
  index: number,
  value: unknown,
  layout: JsonLayout,
): TextEdit {
  return insertRaw(
    text,
    array,
    index,
    (indent, multiline, spaced) => formatValue(value, indent, layout, multiline, spaced),
    layout,
  );
}

/** The text between a property's key and its value, e.g. `: ` — copied from a sibling. */
function colonOf(text: string, object: Node, spaced: boolean): string {
  const property = entries(object)[0];
  const [key, value] = property?.children ?? [];
  if (key && value) return text.slice(end(key), value.offset);
  return spaced ? ': ' : ':';
}

/** Adds property `key` with `value` to an object, before entry `index` (or at the end). */
export function insertProperty(
  text: string,
  object: Node,
  key: string,
  value: unknown,
  layout: JsonLayout,
  index = Number.MAX_SAFE_INTEGER,
): TextEdit {
  return insertRaw(
    text,
    object,
    index,
    (indent, multiline, spaced) => {
      const valueIsContainer = typeof value === 'object' && value !== null;
      const lines = multiline || (valueIsContainer && isMultiline(text, object));
      return `${JSON.stringify(key)}${colonOf(text, object, spaced)}${formatValue(value, indent, layout, lines, spaced)}`;
    },
    layout,
  );
}

/** Removes entry `index` (an array item or an object's property) with its separator. */
export function removeEntry(text: string, container: Node, index: number): TextEdit | null {
  const items = entries(container);
  const item = items[index];
  if (!item) return null;
  if (items.length === 1) {
    const inner = text.slice(container.offset + 1, end(container) - 1);
    return { offset: container.offset + 1, length: inner.length, newText: '' };
  }
  const previous = items[index - 1];
  if (previous) return { offset: end(previous), length: end(item) - end(previous), newText: '' };
  const next = items[index + 1] as Node;
  return { offset: item.offset, length: next.offset - item.offset, newText: '' };
}

/** Replaces a value node, keeping its layout: multi-line when it was multi-line. */
export function replaceValue(
  text: string,
  node: Node,
  value: unknown,
  layout: JsonLayout,
): TextEdit {
  const multiline = isMultiline(text, node) && typeof value === 'object' && value !== null;
  const spaced = isSpacedContext(text, node);
  return {
    offset: node.offset,
    length: node.length,
    newText: formatValue(value, lineIndent(text, node.offset), layout, multiline, spaced),
  };
}

/** Swaps two neighbouring entries of a container, separator kept between them. */
export function swapEntries(text: string, container: Node, index: number): TextEdit | null {
  const first = entries(container)[index];
  const second = entries(container)[index + 1];
  if (!first || !second) return null;
  const between = text.slice(end(first), second.offset);
  return {
    offset: first.offset,
    length: end(second) - first.offset,
    newText: `${text.slice(second.offset, end(second))}${between}${text.slice(first.offset, end(first))}`,
  };
}

/** Inserts a copy of entry `index` right after it, separated like its neighbours. */
export function duplicateEntry(
  text: string,
  container: Node,
  index: number,
  layout: JsonLayout,
): TextEdit | null {
  const item = entries(container)[index];
  if (!item) return null;
  const { separator } = itemLayout(text, container, layout);
  return {
    offset: end(item),
    length: 0,
    newText: `${separator}${text.slice(item.offset, end(item))}`,
  };
}

/** Applies one edit to a text. */
export function applyEdit(text: string, edit: TextEdit): string {
  return `${text.slice(0, edit.offset)}${edit.newText}${text.slice(edit.offset + edit.length)}`;
}
