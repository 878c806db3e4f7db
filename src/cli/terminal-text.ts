/**
 * Characters a terminal acts on instead of showing: the C0 controls (ESC starts colour, cursor and
 * title sequences; a lone CR rewrites the line), DEL, the C1 controls (U+009B is ESC [ in one
 * character) and the bidirectional marks, embeddings, overrides and isolates that reorder what is
 * shown (Trojan Source). Tab, line feed and the CR of a CRLF line end are layout and stay.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;
const LINE_BREAK = /[\n\r]/g;

/** `\u001b`: the escape JSON and JavaScript use, so the character stays recognisable. */
const escapeCharacter = (character: string) =>
  `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text for the terminal with every control character written as an escape. Policy text, Sids, file
 * names and context values are untrusted and pass through every command's output, so the CLI
 * writes all of its standard output through this. JSON output keeps its meaning: such characters
 * can only occur inside its strings, where `\u001b` is the same character.
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, escapeCharacter);
}

/** One line for standard error: line breaks are escaped too, so a message is always one line. */
export function terminalLine(text: string): string {
  return terminalText(text).replace(LINE_BREAK, escapeCharacter);
}
