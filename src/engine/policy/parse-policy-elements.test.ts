import { describe, expect, it } from 'vitest';
import { policyModelOf } from './parse-policy';
import { parsePolicy } from './policy-document';
import type { PolicyIssue } from './policy-types';
import { reported } from './read-test-helper';

/** `{"Version":"5.0","Statement":` is 29 characters: the `Statement` value starts at offset 29. */
const withStatement = (value: string): string => `{"Version":"5.0","Statement":${value}}`;

describe('parsePolicy reads the top level', () => {
  it.each<{
    name: string;
    value: string;
    statements: unknown[];
    issues: Omit<PolicyIssue, 'severity'>[];
  }>([
    {
      name: 'a single statement object is read as statement 0 and reported',
      value: '{"Effect":"Allow","Action":["*"]}',
      statements: [[0, 'Allow', ['Statement']]],
      issues: [
        {
          code: 'STATEMENT_NOT_ARRAY',
          message: '`Statement` is a single object; the grammar expects an array',
          hint: 'wrap the statement in `[` and `]`',
          range: { offset: 29, length: 33, path: ['Statement'] },
        },
      ],
    },
    {
      name: 'a `Statement` that is neither an array nor an object is a type mismatch',
      value: '"Allow"',
      statements: [],
      issues: [
        {
          code: 'DATA_TYPE_MISMATCH',
          message: '`Statement` must be an array of statements, not a string',
          range: { offset: 29, length: 7, path: ['Statement'] },
        },
      ],
    },
    {
      name: 'an empty `Statement` array is reported',
      value: '[]',
      statements: [],
      issues: [
        {
          code: 'EMPTY_ARRAY',
          message: '`Statement` is an empty array',
          hint: 'add at least one statement',
          range: { offset: 29, length: 2, path: ['Statement'] },
        },
      ],
    },
    {
      name: 'an element that is not an object is reported by index; the others are read',
      value: '[{"Effect":"Deny"}, 7]',
      statements: [[0, 'Deny', ['Statement', 0]]],
      issues: [
        {
          code: 'DATA_TYPE_MISMATCH',
          message: '`Statement[1]` must be an object, not a number',
          range: { offset: 49, length: 1, path: ['Statement', 1] },
        },
      ],
    },
    {
      name: 'a `Statement` without a value has no statements and only the syntax error',
      value: '',
      statements: [],
      issues: [
        {
          code: 'JSON_SYNTAX_ERROR',
          message: 'json syntax error: value expected',
          range: { offset: 29, length: 1, path: [] },
        },
      ],
    },
  ])('$name', ({ value, statements, issues }) => {
    const { policy, issues: found } = parsePolicy(withStatement(value));
    const read = policy?.statements.map((s) => [s.index, s.effect?.value, s.range.path]);
    expect(read).toEqual(statements);
    expect(reported(found)).toEqual(issues);
  });

  it('reports a `Version` that is not a string, with a hint to quote it', () => {
    const { policy, issues } = parsePolicy('{"Version":5.0}');
    expect(policy?.version).toBeNull();
    expect(reported(issues)).toEqual([
      {
        code: 'DATA_TYPE_MISMATCH',
        message: '`Version` must be a string, not a number',
        hint: 'write the version in quotes: `"5.0"`',
        range: { offset: 11, length: 3, path: ['Version'] },
      },
    ]);
  });

  it('gives the document the range of the whole object, at the root path', () => {
    expect(parsePolicy(' {"Version":"5.0","Statement":[]} ').policy?.range).toEqual({
      offset: 1,
      length: 32,
      path: [],
    });
  });
});

describe('parsePolicy reads no policy', () => {
  it.each([
    ['an empty text', '', 'JSON_SYNTAX_ERROR', 'json syntax error: value expected', 0],
    [
      'an array',
      '[1,2]',
      'DATA_TYPE_MISMATCH',
      'the policy must be a JSON object, not an array',
      5,
    ],
    [
      'a string',
      '"policy"',
      'DATA_TYPE_MISMATCH',
      'the policy must be a JSON object, not a string',
      8,
    ],
    ['null', 'null', 'DATA_TYPE_MISMATCH', 'the policy must be a JSON object, not null', 4],
  ])('from %s', (_name, text, code, message, length) => {
    const { policy, issues } = parsePolicy(text);
    expect(policy).toBeNull();
    expect(reported(issues)).toEqual([{ code, message, range: { offset: 0, length, path: [] } }]);
  });

  it('from text nesting deeper than 32 levels, reported at the bracket that opens level 33', () => {
    const { policy, issues } = parsePolicy('['.repeat(40));
    expect(policy).toBeNull();
    expect(reported(issues)).toEqual([
      {
        code: 'JSON_TOO_DEEP',
        message: 'json nests deeper than 32 levels',
        hint: 'a policy needs at most six levels of nesting',
        range: { offset: 32, length: 1, path: [] },
      },
    ]);
  });
});

describe('policyModelOf', () => {
  it.each([
    ['no policy', '[]', '5.0'],
    ['no `Version`', '{"Statement":[]}', '5.0'],
    ['`Version` 5.0', '{"Version":"5.0"}', '5.0'],
    ['`Version` 1.1', '{"Version":"1.1"}', '1.1'],
    ['an unknown `Version`', '{"Version":"2.0"}', '5.0'],
    ['a `Version` that is not a string', '{"Version":1.1}', '5.0'],
  ])('selects the model for %s', (_name, text, model) => {
    expect(policyModelOf(parsePolicy(text).policy)).toBe(model);
  });
});
