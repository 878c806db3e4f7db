import type { CursorContext } from '../cursor-context';
import type { CompletionItem, CompletionKind } from '../language-types';

/** Escapes literal text for snippet syntax (`$`, `}` and `\` are special there). */
function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** JSON string content for a snippet: JSON escapes first, then snippet escapes. */
export function snippetString(text: string): string {
  return snippetText(JSON.stringify(text).slice(1, -1));
}

export interface ItemSpec {
  label: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Text the user ends up with, for filtering (no snippet syntax, no quotes). */
  value: string;
  /** Snippet for the inside of the quotes; defaults to the escaped value. */
  body?: string;
  /** Leave the closing quote off and the cursor before it, then complete again. */
  open?: boolean;
  retrigger?: boolean;
}

const ARRAY_ELEMENTS = new Set(['Action', 'NotAction', 'Resource', 'NotResource']);

/** Does the value at the cursor need `[ ]` around it (an element the grammar wants as a list)? */
function wantsArray(context: CursorContext): boolean {
  const name = context.path.at(-1);
  return !context.inArray && typeof name === 'string' && ARRAY_ELEMENTS.has(name);
}

/** A completion of a JSON string value at the cursor (quoted, and bracketed where a list goes). */
export function valueItem(context: CursorContext, spec: ItemSpec, order: number): CompletionItem {
  const body = spec.body ?? snippetString(spec.value);
  const quoted = `"${body}${spec.open ? '$0' : ''}"`;
  const insertText = wantsArray(context) ? `[${quoted}]` : quoted;
  return {
    label: spec.label,
    kind: spec.kind,
    ...(spec.detail === undefined ? {} : { detail: spec.detail }),
    ...(spec.documentation === undefined ? {} : { documentation: spec.documentation }),
    insertText,
    snippet: true,
    range: context.range,
    filterText: filterText(context, spec.value),
    sortText: sortKey(order),
    retrigger: spec.retrigger ?? spec.open ?? false,
  };
}

export interface KeySpec {
  key: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Snippet of the value written after `"key": ` when the key has no colon yet. */
  value: string;
  /** Snippet for the key's own text, when it has tab stops (`g:ResourceTag/${1:tag-key}`). */
  keySnippet?: string;
  retrigger?: boolean;
}

/** A completion of an object key: the key alone when a colon follows, else key and value. */
export function keyItem(context: CursorContext, spec: KeySpec, order: number): CompletionItem {
  const name = `"${spec.keySnippet ?? snippetString(spec.key)}"`;
  const insertText = context.hasColon ? name : `${name}: ${spec.value}`;
  return {
    label: spec.key,
    kind: spec.kind,
    ...(spec.detail === undefined ? {} : { detail: spec.detail }),
    ...(spec.documentation === undefined ? {} : { documentation: spec.documentation }),
    insertText,
    snippet: true,
    range: context.range,
    filterText: filterText(context, spec.key),
    sortText: sortKey(order),
    retrigger: !context.hasColon && (spec.retrigger ?? false),
  };
}

function filterText(context: CursorContext, value: string): string {
  return context.quoted ? `"${value}` : value;
}

function sortKey(order: number): string {
  return order.toString().padStart(5, '0');
}
