import { getLocation } from 'jsonc-parser';
import type { JSONPath, Node } from 'jsonc-parser';
import { isTerminated } from './json-document';
import type { TextSpan } from './language-types';

/**
 * Where the cursor is, as completion needs it: typing a key of the object at `path`, or a value
 * at `path` (array elements get their index dropped and `inArray` set). `prefix` is what was typed
 * of the key or value so far, without quotes; `range` is what a completion replaces.
 */
export interface CursorContext {
  place: 'key' | 'value';
  path: JSONPath;
  inArray: boolean;
  prefix: string;
  range: TextSpan;
  /** The range starts at an opening quote, so filter texts and inserts carry it too. */
  quoted: boolean;
  /** A key that already has its `:` after it: complete the name only. */
  hasColon: boolean;
}

/** A name typed without quotes (action, URN, key, operator); a colon cannot start one. */
const UNQUOTED_WORD = /(?:[\w*?./<>@-][\w:*?./<>@-]*)?$/;

function insideString(text: string, offset: number, node: Node | undefined): node is Node {
  if (!node || (node.type !== 'string' && node.type !== 'property')) return false;
  const end = node.offset + node.length;
  if (offset <= node.offset || offset > end) return false;
  return offset < end || !isTerminated(text, node);
}

/**
 * Reads the cursor's place at `offset`; `null` where nothing can be completed (after a complete
 * value, or outside the document).
 */
export function cursorContext(text: string, offset: number): CursorContext | null {
  const location = getLocation(text, offset);
  const node = location.previousNode;
  if (insideString(text, offset, node)) {
    const terminated = isTerminated(text, node);
    const end = terminated ? node.offset + node.length : offset;
    const isKey = location.isAtPropertyKey;
    return shape(location.path, isKey, {
      prefix: text.slice(node.offset + 1, offset),
      range: { offset: node.offset, length: end - node.offset },
      quoted: true,
      hasColon: isKey && /^\s*:/.test(text.slice(end)),
    });
  }
  const word = UNQUOTED_WORD.exec(text.slice(Math.max(0, offset - 200), offset))?.[0] ?? '';
  const start = offset - word.length;
  const atStart = word === '' ? location : getLocation(text, start);
  // After a complete value (`"Allow" |`) the location still names the value's path.
  if (atStart.previousNode && atStart.previousNode.offset + atStart.previousNode.length <= start) {
    return null;
  }
  if (atStart.path.length === 0) return null;
  return shape(atStart.path, atStart.isAtPropertyKey, {
    prefix: word,
    range: { offset: start, length: word.length },
    quoted: false,
    hasColon: false,
  });
}

function shape(
  path: JSONPath,
  isKey: boolean,
  rest: Pick<CursorContext, 'prefix' | 'range' | 'quoted' | 'hasColon'>,
): CursorContext {
  if (isKey) return { place: 'key', path: path.slice(0, -1), inArray: false, ...rest };
  const inArray = typeof path.at(-1) === 'number';
  return { place: 'value', path: inArray ? path.slice(0, -1) : path, inArray, ...rest };
}
