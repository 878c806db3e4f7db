import { parseTree } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { syntaxIssues } from './json-syntax';
import type { PolicyIssue } from './policy-types';

/** The issues for the errors jsonc-parser reports on `text` in strict mode, as `parsePolicy` asks. */
function syntaxIssuesOf(text: string): PolicyIssue[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  return syntaxIssues(errors, text);
}

const TRAILING_COMMA = {
  message: 'json syntax error: trailing comma',
  hint: 'remove the comma; policies are strict JSON',
};

describe('syntaxIssues', () => {
  it.each<{ name: string; text: string; expected: Omit<PolicyIssue, 'code' | 'severity'>[] }>([
    {
      name: 'a trailing comma in an array is reported at the comma',
      text: '["a",]',
      expected: [{ ...TRAILING_COMMA, range: { offset: 4, length: 1, path: [] } }],
    },
    {
      name: 'a trailing comma in an object is found across a line break and reported once',
      text: '{"a":1,\n  }',
      expected: [{ ...TRAILING_COMMA, range: { offset: 6, length: 1, path: [] } }],
    },
    {
      name: 'a missing value before a closer is not a trailing comma',
      text: '{"a":}',
      expected: [
        { message: 'json syntax error: value expected', range: { offset: 5, length: 1, path: [] } },
      ],
    },
    {
      name: 'a doubled comma is a missing value at the second comma, not a trailing comma',
      text: '["a", , "b"]',
      expected: [
        { message: 'json syntax error: value expected', range: { offset: 6, length: 1, path: [] } },
      ],
    },
    {
      name: 'a comment is reported with a hint to remove it',
      text: '{"a":1 /* x */}',
      expected: [
        {
          message: 'json syntax error: comments are not allowed in JSON',
          hint: 'remove the comment; policies are strict JSON',
          range: { offset: 7, length: 7, path: [] },
        },
      ],
    },
    {
      name: 'a missing comma is reported without a hint',
      text: '[1 2]',
      expected: [
        { message: 'json syntax error: `,` expected', range: { offset: 3, length: 1, path: [] } },
      ],
    },
    {
      name: 'different errors are each reported, in text order',
      text: '{"a":1, 2}',
      expected: [
        {
          message: 'json syntax error: property name expected',
          range: { offset: 8, length: 1, path: [] },
        },
        { message: 'json syntax error: value expected', range: { offset: 9, length: 1, path: [] } },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(syntaxIssuesOf(text)).toEqual(
      expected.map((issue) => ({ code: 'JSON_SYNTAX_ERROR', severity: 'ERROR', ...issue })),
    );
  });

  it('reports at most 20 errors, the first ones', () => {
    // Thirty missing commas, at offsets 3, 7, 11, …
    const text = `[${Array.from({ length: 30 }, () => '1 2').join(',')}]`;
    const offsets = syntaxIssuesOf(text).map((issue) => issue.range.offset);
    expect(offsets).toEqual([
      3, 7, 11, 15, 19, 23, 27, 31, 35, 39, 43, 47, 51, 55, 59, 63, 67, 71, 75, 79,
    ]);
  });
});
