const ALLOWED = /^[A-Za-z0-9_.\-:*?]*$/;

const EVERY_ACTION = /^[*:]*\*[*:]*$/;

/** `*`, `*:*`, `*:*:*`: patterns that match every action. */
export function coversEveryAction(pattern: string): boolean {
  return EVERY_ACTION.test(pattern);
}

/** Does the text use `*` or `?`? */
export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/**
 * Why an action (pattern) is not of the form `service:resourceType:operation`, or `null` when it
 * is. With wildcards fewer parts are fine (`*`, `iamToken::*`), since `*` also matches `:`.
 */
export function actionFormatProblem(value: string): string | null {
  if (value === '') return 'is empty';
  const bad = [...value].find((char) => !ALLOWED.test(char));
  if (bad !== undefined) return `contains \`${bad.trim() === '' ? 'whitespace' : bad}\``;
  const parts = value.split(':');
  if (parts.length > 3) return 'has more than three parts';
  if (parts[0] === '') return 'has no service';
  if (hasWildcard(value)) return null;
  if (parts.length < 3) return 'has fewer than three parts';
  return parts.includes('') ? 'has an empty part' : null;
}

/** The service part of an action as written (before the first `:`). */
export function servicePart(value: string): string {
  const colon = value.indexOf(':');
  return colon < 0 ? value : value.slice(0, colon);
}
