/**
 * Markdown for hovers built from untrusted catalog text. Every catalog string goes through
 * `text()` (backslash-escaped, so it cannot become a link, an image, HTML or formatting) or
 * `code()` (a code span, whose content markdown never interprets). Adapters also render the
 * result with HTML and commands disabled; this is the first of the two fences.
 */

/** Escapes every ASCII punctuation character markdown could read as syntax. */
export function text(value: string): string {
  return value.replace(/[\\`*_{}[\]()#+\-.!<>|~&"']/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** A code span that holds `value` verbatim, whatever backticks it contains. */
export function code(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/** Paragraphs joined with blank lines, empty ones dropped. */
export function paragraphs(parts: readonly (string | null | undefined | false)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('\n\n');
}

/** A bullet list, or nothing for no items. */
export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}
