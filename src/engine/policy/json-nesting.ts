import { createScanner } from 'jsonc-parser';
import type { SyntaxKind } from 'jsonc-parser';

// jsonc-parser declares its token kinds as an ambient const enum, which isolated modules cannot
// read, so the tokens used here are spelled out with the library's values.
const OPEN_BRACE = 1 as SyntaxKind;
const CLOSE_BRACE = 2 as SyntaxKind;
const OPEN_BRACKET = 3 as SyntaxKind;
const CLOSE_BRACKET = 4 as SyntaxKind;
const EOF = 17 as SyntaxKind;

/**
 * The offset of the first bracket that opens level `limit + 1`, or `null` when the text never nests
 * that deep. The parser recurses once per level and would overflow the stack on pathological input,
 * so this runs first, with the parser's own scanner (strings and comments are skipped exactly as it
 * skips them) and an explicit stack.
 *
 * INVARIANT: the count is never below the parser's depth. Every bracket the parser opens is pushed
 * here too, and a closer pops only when it matches the innermost open bracket; while the two stacks
 * are equal they pop together, and when they differ this one is the deeper.
 */
export function findExcessiveNesting(text: string, limit: number): number | null {
  const scanner = createScanner(text, true);
  const openBraces: boolean[] = [];
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      openBraces.push(token === OPEN_BRACE);
      if (openBraces.length > limit) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      if (openBraces.at(-1) === (token === CLOSE_BRACE)) openBraces.pop();
    }
  }
  return null;
}
