import { printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { createIssue } from '../validate/check-registry';
import type { PolicyIssue } from './policy-types';

/** Past this many, syntax errors are mostly echoes of the first ones. */
const MAX_SYNTAX_ISSUES = 20;

const DESCRIPTIONS: Record<ReturnType<typeof printParseErrorCode>, string> = {
  InvalidSymbol: 'unexpected symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'property name expected',
  ValueExpected: 'value expected',
  ColonExpected: '`:` expected',
  CommaExpected: '`,` expected',
  CloseBraceExpected: '`}` expected',
  CloseBracketExpected: '`]` expected',
  EndOfFileExpected: 'end of text expected after the policy object',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character in a string',
  InvalidCharacter: 'control character in a string',
  '<unknown ParseErrorCode>': 'unexpected text',
};

/** The offset of a comma directly (whitespace aside) before `offset`, if there is one. */
function precedingComma(text: string, offset: number): number | null {
  let at = offset - 1;
  while (at >= 0 && /\s/.test(text.charAt(at))) at -= 1;
  return text.charAt(at) === ',' ? at : null;
}

function toIssue(error: ParseError, text: string): PolicyIssue {
  const kind = printParseErrorCode(error.error);
  const closer = text.charAt(error.offset);
  const trailingComma =
    (kind === 'ValueExpected' || kind === 'PropertyNameExpected') &&
    (closer === ']' || closer === '}')
      ? precedingComma(text, error.offset)
      : null;
  if (trailingComma !== null) {
    return createIssue(
      'JSON_SYNTAX_ERROR',
      'json syntax error: trailing comma',
      { offset: trailingComma, length: 1, path: [] },
      'remove the comma; policies are strict JSON',
    );
  }
  const hint =
    kind === 'InvalidCommentToken' ? 'remove the comment; policies are strict JSON' : undefined;
  return createIssue(
    'JSON_SYNTAX_ERROR',
    `json syntax error: ${DESCRIPTIONS[kind]}`,
    { offset: error.offset, length: Math.max(error.length, 0), path: [] },
    hint,
  );
}

/**
 * jsonc-parser errors as issues, in text order, at most `MAX_SYNTAX_ISSUES` of them. One mistake can
 * make the parser report twice at the same place (a trailing comma in an object does), so
 * identical issues are kept once.
 */
export function syntaxIssues(errors: readonly ParseError[], text: string): PolicyIssue[] {
  const seen = new Set<string>();
  const issues: PolicyIssue[] = [];
  for (const error of errors) {
    const issue = toIssue(error, text);
    const identity = `${issue.range.offset}:${issue.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    issues.push(issue);
    if (issues.length === MAX_SYNTAX_ISSUES) break;
  }
  return issues;
}
