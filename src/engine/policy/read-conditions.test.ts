import { describe, expect, it } from 'vitest';
import type { JsonPath, PolicyIssue } from './policy-types';
import { readConditions } from './read-conditions';
import { objectAt, reported } from './read-test-helper';

const STATEMENT: JsonPath = ['Statement', 0];
const EMPTY_HINT = 'add a condition or remove the block';

describe('readConditions', () => {
  it('flattens operators and keys to one condition each, in order, values normalised to lists', () => {
    const text =
      '{"Condition":{"StringEquals":{"g:UserName":"alice","g:ProjectId":["p1","p2"]},' +
      '"Bool":{"g:MFAPresent":"true"}}}';
    const { context, member } = objectAt(text, STATEMENT);
    const conditions = readConditions(context, member());
    expect(
      conditions.map(({ operator, key, values }) => [
        operator.value,
        key.value,
        values.map((value) => value.value),
      ]),
    ).toEqual([
      ['StringEquals', 'g:UserName', ['alice']],
      ['StringEquals', 'g:ProjectId', ['p1', 'p2']],
      ['Bool', 'g:MFAPresent', ['true']],
    ]);
    expect(context.issues).toEqual([]);
  });

  // `{"Condition":` is 13 characters, `{"Condition":{"Bool":` 21.
  it.each<{ name: string; text: string; issues: Omit<PolicyIssue, 'severity'>[] }>([
    {
      name: 'an empty `Condition` block is reported',
      text: '{"Condition":{}}',
      issues: [
        {
          code: 'EMPTY_CONDITION',
          message: '`Condition` is empty',
          hint: EMPTY_HINT,
          range: { offset: 13, length: 2, path: [...STATEMENT, 'Condition'] },
        },
      ],
    },
    {
      name: 'an empty operator block is reported, naming the operator',
      text: '{"Condition":{"Bool":{}}}',
      issues: [
        {
          code: 'EMPTY_CONDITION',
          message: 'operator `Bool` is empty',
          hint: EMPTY_HINT,
          range: { offset: 21, length: 2, path: [...STATEMENT, 'Condition', 'Bool'] },
        },
      ],
    },
    {
      name: 'a `Condition` that is not an object is a type mismatch',
      text: '{"Condition":[]}',
      issues: [
        {
          code: 'DATA_TYPE_MISMATCH',
          message: '`Condition` must be an object, not an array',
          range: { offset: 13, length: 2, path: [...STATEMENT, 'Condition'] },
        },
      ],
    },
    {
      name: 'an operator mapped to something other than an object is a type mismatch',
      text: '{"Condition":{"Bool":["x"]}}',
      issues: [
        {
          code: 'DATA_TYPE_MISMATCH',
          message: '`Bool` must be an object of condition keys, not an array',
          range: { offset: 21, length: 5, path: [...STATEMENT, 'Condition', 'Bool'] },
        },
      ],
    },
    {
      name: 'a `Condition` without a value (after a syntax error) adds no issue',
      text: '{"Condition":}',
      issues: [],
    },
    {
      name: 'an operator without a value (after a syntax error) adds no issue',
      text: '{"Condition":{"Bool":}}',
      issues: [],
    },
  ])('$name, and no condition is read', ({ text, issues }) => {
    const { context, member } = objectAt(text, STATEMENT);
    expect(readConditions(context, member())).toEqual([]);
    expect(reported(context.issues)).toEqual(issues);
  });
});
