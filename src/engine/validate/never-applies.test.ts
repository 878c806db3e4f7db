import { describe, expect, it } from 'vitest';
import { statement } from './lint-case';
import { findingsOf } from './testing/findings-of';

/** A Deny of `ims:images:get` under the given `Condition` object (JSON text). */
const denyWhen = (condition: string): string =>
  statement(`"Effect":"Deny","Action":["ims:images:get"],"Condition":${condition}`);

const never = (text: string) => findingsOf(text, 'STATEMENT_NEVER_APPLIES');
const HINT = 'fix or remove one of the conditions';

describe('statements no request can match', () => {
  it('bounds that leave no value, reported at the later condition', () => {
    const text = denyWhen(
      '{"NumberLessThan":{"g:MFAAge":["5","10"]},"NumberGreaterThanEquals":{"g:MFAAge":"10"}}',
    );
    expect(never(text)).toEqual([
      {
        at: '"NumberGreaterThanEquals"',
        message: 'the bounds on `g:MFAAge` leave no value, so the statement never applies',
        hint: HINT,
      },
    ]);
  });

  it.each([
    [
      'the largest upper bound counts',
      '{"NumberLessThan":{"g:MFAAge":["5","20"]},"NumberGreaterThan":{"g:MFAAge":"10"}}',
    ],
    [
      'the smallest lower bound counts',
      '{"NumberGreaterThan":{"g:MFAAge":["1","30"]},"NumberLessThan":{"g:MFAAge":"20"}}',
    ],
    [
      'strict bounds with room between them',
      '{"NumberLessThan":{"g:MFAAge":"20"},"NumberGreaterThan":{"g:MFAAge":"10"}}',
    ],
    [
      'a bound with a value that is not a number',
      '{"NumberLessThan":{"g:MFAAge":["5","ten"]},"NumberGreaterThan":{"g:MFAAge":"10"}}',
    ],
    [
      'a bound with IfExists',
      '{"NumberLessThanIfExists":{"g:MFAAge":"5"},"NumberGreaterThan":{"g:MFAAge":"10"}}',
    ],
  ])('bounds that leave a value: %s', (_why, condition) => {
    expect(never(denyWhen(condition))).toEqual([]);
  });

  it('a key that must be absent and also match, named as first written', () => {
    const text = denyWhen('{"Null":{"g:username":"true"},"StringEquals":{"g:UserName":"a"}}');
    expect(never(text)).toEqual([
      {
        at: '"StringEquals"',
        message:
          '`g:username` must be absent (`Null`) and also match a value, so the statement never applies',
        hint: HINT,
      },
    ]);
  });

  it.each([
    [
      'Null false asks for the key',
      '{"Null":{"g:UserName":"false"},"StringEquals":{"g:UserName":"a"}}',
    ],
    [
      'Null true or false allows both',
      '{"Null":{"g:UserName":["true","false"]},"StringEquals":{"g:UserName":"a"}}',
    ],
    [
      'a Null without values asks nothing',
      '{"Null":{"g:UserName":[]},"StringEquals":{"g:UserName":"a"}}',
    ],
  ])('a Null that does not contradict a match: %s', (_why, condition) => {
    expect(never(denyWhen(condition))).toEqual([]);
  });

  it('keys are told apart as the evaluator tells them apart: by their lower-case form', () => {
    // `ß` and `SS` are different lower-case keys (full case folding would merge them).
    const text = denyWhen(
      '{"Null":{"g:ResourceTag/ß":"true"},"StringEquals":{"g:ResourceTag/SS":"a"}}',
    );
    expect(never(text)).toEqual([]);
  });

  it('StringNotEquals excluding every value StringEquals allows', () => {
    const text = denyWhen(
      '{"StringEquals":{"g:UserName":["a","b"]},"StringNotEquals":{"g:UserName":["b","a"]}}',
    );
    expect(never(text)).toEqual([
      {
        at: '"StringNotEquals"',
        message:
          '`StringNotEquals` excludes every value `g:UserName` must equal, so the statement never applies',
        hint: HINT,
      },
    ]);
  });

  it.each([
    [
      'a value is left',
      '{"StringEquals":{"g:UserName":["a","c"]},"StringNotEquals":{"g:UserName":["a","b"]}}',
    ],
    [
      'there is no StringEquals',
      '{"StringNotEquals":{"g:UserName":"a"},"StringMatch":{"g:UserName":"a"}}',
    ],
    [
      'the StringEquals has a set prefix',
      '{"ForAnyValue:StringEquals":{"g:UserName":"a"},"StringNotEquals":{"g:UserName":"a"}}',
    ],
  ])('StringNotEquals that leaves a value: %s', (_why, condition) => {
    expect(never(denyWhen(condition))).toEqual([]);
  });

  it('NotAction of every action, not of some', () => {
    const text = statement('"Effect":"Deny","NotAction":["ims:images:get","*"]');
    expect(never(text)).toEqual([
      {
        at: '"*"',
        message: '`NotAction` `*` excludes every action, so the statement never applies',
        hint: 'list the actions to exclude, or use `Action`',
      },
    ]);
  });

  it('NotResource of every resource, not of some', () => {
    const text = statement(
      '"Effect":"Deny","Action":["ims:images:get"],"NotResource":["ims:*:*:image:x","*"]',
    );
    expect(never(text)).toEqual([
      {
        at: '"*"',
        message: '`NotResource` `*` excludes every resource, so the statement never applies',
        hint: 'list the resources to exclude, or use `Resource`',
      },
    ]);
  });
});
