import { describe, expect, it } from 'vitest';
import { statement } from './lint-case';
import { findingsOf } from './testing/findings-of';

const duplicates = (body: string) => findingsOf(statement(body), 'DUPLICATE_VALUE');
const variables = (body: string) => findingsOf(statement(body), 'POLICY_VARIABLE');
const HINT = 'remove the repeated value';

describe('repeated values', () => {
  it('actions and excluded actions repeat in any case', () => {
    expect(duplicates('"Effect":"Allow","Action":["ims:images:list","IMS:images:list"]')).toEqual([
      {
        at: '"IMS:images:list"',
        message: '`IMS:images:list` is listed twice in `Action`',
        hint: HINT,
      },
    ]);
    expect(duplicates('"Effect":"Deny","NotAction":["ims:images:list","ims:Images:list"]')).toEqual(
      [
        {
          at: '"ims:Images:list"',
          message: '`ims:Images:list` is listed twice in `NotAction`',
          hint: HINT,
        },
      ],
    );
  });

  it('actions are compared in lower case, as the matcher does, not by full case folding', () => {
    // A case-insensitive match does not fold `ß` to `SS`: these are two different actions.
    expect(duplicates('"Effect":"Allow","Action":["ims:images:ß","ims:images:SS"]')).toEqual([]);
  });

  it('resources and condition values repeat only in the same case', () => {
    expect(
      duplicates(
        '"Effect":"Allow","Action":["ims:images:get"],"Resource":["ims:*:*:image:a","ims:*:*:image:A","ims:*:*:image:a"]',
      ),
    ).toEqual([
      {
        at: '"ims:*:*:image:a"',
        message: '`ims:*:*:image:a` is listed twice in `Resource`',
        hint: HINT,
      },
    ]);
    expect(
      duplicates(
        '"Effect":"Deny","Action":["ims:images:get"],"NotResource":["ims:*:*:image:b","ims:*:*:image:B","ims:*:*:image:b"]',
      ),
    ).toEqual([
      {
        at: '"ims:*:*:image:b"',
        message: '`ims:*:*:image:b` is listed twice in `NotResource`',
        hint: HINT,
      },
    ]);
    expect(
      duplicates(
        '"Effect":"Deny","Action":["ims:images:get"],"Condition":{"StringEquals":{"g:UserName":["a","A","a"]}}',
      ),
    ).toEqual([{ at: '"a"', message: '`a` is listed twice in `g:UserName`', hint: HINT }]);
  });
});

describe('policy variables', () => {
  const message =
    '`${g:UserName}` looks like a policy variable, which Huawei Cloud does not document; it is compared literally';

  it('in resources, excluded resources and condition values', () => {
    const body =
      '"Effect":"Deny","Action":["ims:images:get"],"NotResource":["obs:*:*:object:${g:UserName}/*"],' +
      '"Condition":{"StringEquals":{"g:ResourceTag/owner":"x-${g:UserName}"}}';
    expect(variables(body)).toEqual([
      { at: '"obs:*:*:object:${g:UserName}/*"', message, hint: 'write the value itself' },
      { at: '"x-${g:UserName}"', message, hint: 'write the value itself' },
    ]);
  });

  it('not in actions, which cannot hold one', () => {
    expect(variables('"Effect":"Allow","Action":["ims:images:${g:UserName}"]')).toEqual([]);
  });
});
