import { describe, expect, it } from 'vitest';
import { legacyStatement, statement } from './lint-case';
import { codesOf, findingsOf } from './testing/findings-of';

const allow = '"Effect":"Allow","Action":["ims:images:list"]';

describe('structure findings: messages and hints', () => {
  it('a missing Version', () => {
    expect(findingsOf('{"Statement":[]}', 'MISSING_VERSION')).toEqual([
      { at: '{', message: 'the policy has no `Version`', hint: 'add `"Version": "5.0"`' },
    ]);
  });

  it('a Version an identity policy does not accept', () => {
    expect(findingsOf('{"Version":"2012-10-17","Statement":[]}', 'INVALID_VERSION')).toEqual([
      {
        at: '"2012-10-17"',
        message: 'version `2012-10-17` is not valid for an identity policy',
        hint: 'use `"5.0"`, or `"1.1"` for a legacy policy',
      },
    ]);
  });

  it('the legacy role format, explained', () => {
    expect(findingsOf('{"Version":"1.0","Statement":[]}', 'INVALID_VERSION')).toEqual([
      {
        at: '"1.0"',
        message:
          'version `1.0` is not valid for an identity policy (`1.0` is the legacy role format, which has no statements)',
        hint: 'use `"5.0"`, or `"1.1"` for a legacy policy',
      },
    ]);
  });

  it('a Version an SCP does not accept', () => {
    expect(
      findingsOf('{"Version":"1.1","Statement":[]}', 'INVALID_VERSION', { type: 'scp' }),
    ).toEqual([
      { at: '"1.1"', message: 'version `1.1` is not valid for an SCP', hint: 'use `"5.0"`' },
    ]);
  });

  it('accepts 5.0 for both types and 1.1 for identity policies only', () => {
    const versioned = (version: string) => `{"Version":"${version}","Statement":[]}`;
    expect(findingsOf(versioned('5.0'), 'INVALID_VERSION', { type: 'scp' })).toEqual([]);
    expect(findingsOf(versioned('5.0'), 'INVALID_VERSION')).toEqual([]);
    expect(findingsOf(versioned('1.1'), 'INVALID_VERSION')).toEqual([]);
  });

  it('a missing Statement', () => {
    expect(findingsOf('{"Version":"5.0"}', 'MISSING_STATEMENT')).toEqual([
      { at: '{', message: 'the policy has no `Statement`', hint: 'add a `Statement` array' },
    ]);
  });

  it('unknown top-level elements, with the element they may mean', () => {
    const text = '{"Version":"5.0","Statement":[],"statement":[],"Id":"x","VERSION":"5.0"}';
    expect(findingsOf(text, 'INVALID_POLICY_ELEMENT')).toEqual([
      {
        at: '"statement"',
        message: '`statement` is not a policy element',
        hint: 'did you mean `Statement`?',
      },
      {
        at: '"Id"',
        message: '`Id` is not a policy element',
        hint: 'a policy has only `Version` and `Statement`',
      },
      {
        at: '"VERSION"',
        message: '`VERSION` is not a policy element',
        hint: 'did you mean `Version`?',
      },
    ]);
  });

  it('unknown statement elements, with the element they may mean', () => {
    const text = statement(`${allow},"notaction":["a:b:c"],"Foo":1`);
    expect(findingsOf(text, 'INVALID_POLICY_ELEMENT')).toEqual([
      {
        at: '"notaction"',
        message: '`notaction` is not a statement element',
        hint: 'did you mean `NotAction`?',
      },
      { at: '"Foo"', message: '`Foo` is not a statement element', hint: 'remove it' },
    ]);
  });

  it('Principal, named for the policy type', () => {
    const hint = 'remove `Principal`; the policy applies to whoever it is attached to';
    const text = statement(`${allow},"Principal":"*"`);
    expect(findingsOf(text, 'UNSUPPORTED_PRINCIPAL')).toEqual([
      { at: '"Principal"', message: '`Principal` is not supported in identity policies', hint },
    ]);
    expect(findingsOf(text, 'UNSUPPORTED_PRINCIPAL', { type: 'scp' })).toEqual([
      { at: '"Principal"', message: '`Principal` is not supported in SCPs', hint },
    ]);
  });

  it('elements version 1.1 does not have', () => {
    const text = legacyStatement(
      '"Sid":"a","Effect":"Deny","NotAction":["ims:images:list"],"NotResource":["*"]',
    );
    expect(findingsOf(text, 'LEGACY_UNSUPPORTED_ELEMENT')).toEqual([
      { at: '"Sid"', message: 'version `1.1` policies have no `Sid` element', hint: 'remove it' },
      {
        at: '"NotAction"',
        message: 'version `1.1` policies have no `NotAction` element',
        hint: 'remove it, or use version `5.0`',
      },
      {
        at: '"NotResource"',
        message: 'version `1.1` policies have no `NotResource` element',
        hint: 'remove it, or use version `5.0`',
      },
    ]);
  });

  it('version 5.0 has them all', () => {
    const text = statement('"Sid":"a","Effect":"Deny","NotAction":["ims:images:list"]');
    expect(findingsOf(text, 'LEGACY_UNSUPPORTED_ELEMENT')).toEqual([]);
  });

  it('a statement without Effect or Action', () => {
    const text = statement('"Resource":["*"]');
    expect(findingsOf(text, 'MISSING_EFFECT')).toEqual([
      {
        at: '{',
        message: 'the statement has no `Effect`',
        hint: 'add `"Effect": "Allow"` or `"Effect": "Deny"`',
      },
    ]);
    expect(findingsOf(text, 'MISSING_ACTION')).toEqual([
      {
        at: '{',
        message: 'the statement has neither `Action` nor `NotAction`',
        hint: 'add an `Action` list',
      },
    ]);
  });

  it('reports findings at one position in the order the checks make them', () => {
    expect(codesOf(statement('"Resource":["*"]'))).toEqual(['MISSING_EFFECT', 'MISSING_ACTION']);
  });

  it('NotAction alone is an action list', () => {
    const text = statement('"Effect":"Deny","NotAction":["ims:images:list"]');
    expect(findingsOf(text, 'MISSING_ACTION')).toEqual([]);
  });

  it('Action with NotAction, Resource with NotResource', () => {
    const text = statement(`${allow},"NotAction":["a:b:c"],"Resource":["*"],"NotResource":["*"]`);
    expect(findingsOf(text, 'ACTION_WITH_NOT_ACTION')).toEqual([
      {
        at: '"NotAction"',
        message: 'the statement has both `Action` and `NotAction`',
        hint: 'keep one of them; split the statement if you need both',
      },
    ]);
    expect(findingsOf(text, 'RESOURCE_WITH_NOT_RESOURCE')).toEqual([
      {
        at: '"NotResource"',
        message: 'the statement has both `Resource` and `NotResource`',
        hint: 'keep one of them',
      },
    ]);
  });

  it('a Sid used twice', () => {
    const text = `{"Version":"5.0","Statement":[{"Sid":"x",${allow}},{"Sid":"y",${allow}},{"Sid":"x",${allow}}]}`;
    expect(findingsOf(text, 'DUPLICATE_SID')).toEqual([
      {
        at: '"x"',
        message: 'sid `x` is used by an earlier statement',
        hint: 'give each statement its own `Sid`',
      },
    ]);
  });
});
