import { describe, expect, it } from 'vitest';
import type { JsonPath, Located, PolicyIssue, SourceRange } from './policy-types';
import { objectAt, reported } from './read-test-helper';
import { readConditionValues, readString, readStringList } from './read-values';

const STATEMENT: JsonPath = ['Statement', 0];
const OPERATOR: JsonPath = ['Statement', 0, 'Condition', 'StringEquals'];

/** A range in the test's text, at `base` plus `rest` in the policy. */
const rangeUnder =
  (base: JsonPath) =>
  (offset: number, length: number, ...rest: JsonPath): SourceRange => ({
    offset,
    length,
    path: [...base, ...rest],
  });
const inStatement = rangeUnder(STATEMENT);
const inOperator = rangeUnder(OPERATOR);

interface Case {
  name: string;
  /** A statement or operator object with the one element read. */
  text: string;
  values: Located<string>[];
  issues: Omit<PolicyIssue, 'severity'>[];
}

describe('readString', () => {
  it('reads a string with its range', () => {
    const { context, member } = objectAt('{"Sid":"s1"}', STATEMENT);
    expect(readString(context, member('Sid'))).toEqual({
      value: 's1',
      range: inStatement(7, 4, 'Sid'),
    });
    expect(context.issues).toEqual([]);
  });

  it('reads nothing and adds no issue for a key without a value (after a syntax error)', () => {
    const { context, member } = objectAt('{"Sid":}', STATEMENT);
    expect(readString(context, member('Sid'))).toBeNull();
    expect(context.issues).toEqual([]);
  });

  it('reports any other type, with the caller’s hint, and reads nothing', () => {
    const { context, member } = objectAt('{"Sid":1}', STATEMENT);
    expect(readString(context, member('Sid'), 'write it in quotes')).toBeNull();
    expect(reported(context.issues)).toEqual([
      {
        code: 'DATA_TYPE_MISMATCH',
        message: '`Sid` must be a string, not a number',
        hint: 'write it in quotes',
        range: inStatement(7, 1, 'Sid'),
      },
    ]);
  });
});

describe('readStringList', () => {
  it.each<Case>([
    {
      name: 'a bare string is read as a one-element list and suggested as an array',
      text: '{"Action":"ecs:*:*"}',
      values: [{ value: 'ecs:*:*', range: inStatement(10, 9, 'Action') }],
      issues: [
        {
          code: 'STRING_NOT_ARRAY',
          message: '`Action` is a string; the grammar expects an array',
          hint: 'write `["ecs:*:*"]`',
          range: inStatement(10, 9, 'Action'),
        },
      ],
    },
    {
      name: 'an object is a type mismatch and reads nothing',
      text: '{"Resource":{"a":1}}',
      values: [],
      issues: [
        {
          code: 'DATA_TYPE_MISMATCH',
          message: '`Resource` must be an array of strings, not an object',
          range: inStatement(12, 7, 'Resource'),
        },
      ],
    },
    {
      name: 'a boolean is a type mismatch and reads nothing',
      text: '{"NotAction":true}',
      values: [],
      issues: [
        {
          code: 'DATA_TYPE_MISMATCH',
          message: '`NotAction` must be an array of strings, not a boolean',
          range: inStatement(13, 4, 'NotAction'),
        },
      ],
    },
    {
      name: 'an empty array is reported',
      text: '{"Resource":[]}',
      values: [],
      issues: [
        {
          code: 'EMPTY_ARRAY',
          message: '`Resource` is an empty array',
          hint: 'list at least one value, or remove the element',
          range: inStatement(12, 2, 'Resource'),
        },
      ],
    },
    {
      name: 'elements that are not strings are reported by index and left out',
      text: '{"Action":["a:b:c",42,null]}',
      values: [{ value: 'a:b:c', range: inStatement(11, 7, 'Action', 0) }],
      issues: [
        {
          code: 'DATA_TYPE_MISMATCH',
          message: '`Action[1]` must be a string, not a number',
          range: inStatement(19, 2, 'Action', 1),
        },
        {
          code: 'DATA_TYPE_MISMATCH',
          message: '`Action[2]` must be a string, not null',
          range: inStatement(22, 4, 'Action', 2),
        },
      ],
    },
    {
      name: 'a key without a value (after a syntax error) reads nothing and adds no issue',
      text: '{"Action":}',
      values: [],
      issues: [],
    },
  ])('$name', ({ text, values, issues }) => {
    const { context, member } = objectAt(text, STATEMENT);
    expect(readStringList(context, member())).toEqual(values);
    expect(reported(context.issues)).toEqual(issues);
  });
});

describe('readConditionValues', () => {
  const notString = (written: string, key: string, type: string, range: SourceRange) => ({
    code: 'CONDITION_VALUE_NOT_STRING',
    message: `condition value ${written} of \`${key}\` is ${type}`,
    hint: `write it as a string: \`"${written}"\``,
    range,
  });

  it.each<Case>([
    {
      name: 'a bare string is one value and is not reported (the grammar allows it)',
      text: '{"g:UserName":"alice"}',
      values: [{ value: 'alice', range: inOperator(14, 7, 'g:UserName') }],
      issues: [],
    },
    {
      name: 'a number is kept as written and reported',
      text: '{"obs:max-keys":1.50}',
      values: [{ value: '1.50', range: inOperator(16, 4, 'obs:max-keys') }],
      issues: [notString('1.50', 'obs:max-keys', 'a number', inOperator(16, 4, 'obs:max-keys'))],
    },
    {
      name: 'a boolean is kept as written and reported',
      text: '{"g:MFAPresent":false}',
      values: [{ value: 'false', range: inOperator(16, 5, 'g:MFAPresent') }],
      issues: [notString('false', 'g:MFAPresent', 'a boolean', inOperator(16, 5, 'g:MFAPresent'))],
    },
    {
      name: 'null is a type mismatch and gives no value',
      text: '{"g:UserName":null}',
      values: [],
      issues: [
        {
          code: 'DATA_TYPE_MISMATCH',
          message: '`g:UserName` must be a string or an array of strings, not null',
          range: inOperator(14, 4, 'g:UserName'),
        },
      ],
    },
    {
      name: 'an object is a type mismatch and gives no value',
      text: '{"g:UserName":{"a":"b"}}',
      values: [],
      issues: [
        {
          code: 'DATA_TYPE_MISMATCH',
          message: '`g:UserName` must be a string or an array of strings, not an object',
          range: inOperator(14, 9, 'g:UserName'),
        },
      ],
    },
    {
      name: 'an empty array is reported',
      text: '{"g:UserName":[]}',
      values: [],
      issues: [
        {
          code: 'EMPTY_ARRAY',
          message: '`g:UserName` is an empty array',
          hint: 'list at least one value, or remove the element',
          range: inOperator(14, 2, 'g:UserName'),
        },
      ],
    },
    {
      name: 'array elements are read by index; null is left out, a number kept and both reported',
      text: '{"g:UserName":["alice",null,7]}',
      values: [
        { value: 'alice', range: inOperator(15, 7, 'g:UserName', 0) },
        { value: '7', range: inOperator(28, 1, 'g:UserName', 2) },
      ],
      issues: [
        {
          code: 'DATA_TYPE_MISMATCH',
          message: '`g:UserName` must be a string or an array of strings, not null',
          range: inOperator(23, 4, 'g:UserName', 1),
        },
        notString('7', 'g:UserName', 'a number', inOperator(28, 1, 'g:UserName', 2)),
      ],
    },
    {
      name: 'a key without a value (after a syntax error) gives no value and adds no issue',
      text: '{"g:UserName":}',
      values: [],
      issues: [],
    },
  ])('$name', ({ text, values, issues }) => {
    const { context, member } = objectAt(text, OPERATOR);
    expect(readConditionValues(context, member())).toEqual(values);
    expect(reported(context.issues)).toEqual(issues);
  });
});
