import { describe, expect, it } from 'vitest';
import { statement } from './lint-case';
import { codesOf, findingsOf } from './testing/findings-of';

/** A Deny of `ims:images:get` under the given `Condition` object (JSON text). */
const denyWhen = (condition: string): string =>
  statement(`"Effect":"Deny","Action":["ims:images:get"],"Condition":${condition}`);

describe('AWS operator spellings', () => {
  it.each([
    ['NumericLessThan', 'g:MFAAge', 'use `NumberLessThan`'],
    ['ForAnyValue:NumericEquals', 'g:MFAAge', 'use `NumberEquals`'],
    [
      'DateEquals',
      'g:CurrentTime',
      'use `DateGreaterThanEquals` and `DateLessThanEquals` together',
    ],
    [
      'DateEqualsIfExists',
      'g:CurrentTime',
      'use `DateGreaterThanEquals` and `DateLessThanEquals` together',
    ],
    ['DateNotEquals', 'g:CurrentTime', 'use `DateLessThan` or `DateGreaterThan`'],
    ['ArnLike', 'g:UserName', 'use `StringMatch`'],
    ['ArnNotEquals', 'g:UserName', 'use `StringNotMatch`'],
    [
      'BinaryEquals',
      'g:UserName',
      'Huawei Cloud has no equivalent operator; the statement is not evaluated',
    ],
  ])('`%s` is named, with its replacement', (operator, key, hint) => {
    expect(
      findingsOf(denyWhen(`{"${operator}":{"${key}":"1"}}`), 'UNSUPPORTED_AWS_OPERATOR'),
    ).toEqual([
      {
        at: `"${operator}"`,
        message: `operator \`${operator}\` is an AWS spelling Huawei Cloud does not document`,
        hint,
      },
    ]);
  });
});

describe('operators that are not evaluated', () => {
  it('Null with IfExists, with or without a set prefix', () => {
    const text = denyWhen(
      '{"NullIfExists":{"g:UserName":"true"},"ForAllValues:NullIfExists":{"g:TagKeys":"true"}}',
    );
    const expected = { message: '`Null` takes no `IfExists`', hint: 'write `Null`' };
    expect(findingsOf(text, 'INVALID_OPERATOR_MODIFIER')).toEqual([
      { at: '"NullIfExists"', ...expected },
      { at: '"ForAllValues:NullIfExists"', ...expected },
    ]);
  });

  it('the legacy IsNull family', () => {
    expect(
      findingsOf(denyWhen('{"IsNull":{"g:UserName":"true"}}'), 'LEGACY_NULL_OPERATOR'),
    ).toEqual([
      {
        at: '"IsNull"',
        message: 'legacy operator `IsNull` is not evaluated',
        hint: 'use `Null` with `"true"` (key absent) or `"false"` (key present)',
      },
    ]);
  });

  it('an unknown operator, with the nearest name or a reminder about case', () => {
    const text = denyWhen('{"StringEqual":{"g:UserName":"a"},"Xyzzy":{"g:UserName":"a"}}');
    expect(findingsOf(text, 'UNKNOWN_OPERATOR')).toEqual([
      {
        at: '"StringEqual"',
        message: 'unknown operator `StringEqual`',
        hint: 'did you mean `StringEquals`?',
      },
      {
        at: '"Xyzzy"',
        message: 'unknown operator `Xyzzy`',
        hint: 'operator names are case-sensitive',
      },
    ]);
  });
});

describe('set prefixes', () => {
  it('a prefix that is not a set prefix, with the nearest one when there is one', () => {
    const text = denyWhen(
      '{"ForAnyValues:StringEquals":{"g:TagKeys":"a"},"Any:StringEquals":{"g:TagKeys":"b"},":StringEquals":{"g:TagKeys":"c"}}',
    );
    expect(findingsOf(text, 'INVALID_OPERATOR_MODIFIER')).toEqual([
      {
        at: '"ForAnyValues:StringEquals"',
        message: '`ForAnyValues` is not a set prefix',
        hint: 'did you mean `ForAnyValue`?',
      },
      {
        at: '"Any:StringEquals"',
        message: '`Any` is not a set prefix',
        hint: 'use `ForAnyValue:` or `ForAllValues:`',
      },
      {
        at: '":StringEquals"',
        message: '`` is not a set prefix',
        hint: 'use `ForAnyValue:` or `ForAllValues:`',
      },
    ]);
  });

  it('Null takes no set prefix; other operators and a bare Null are fine', () => {
    const text = denyWhen(
      '{"ForAnyValue:Null":{"g:TagKeys":"true"},"ForAnyValue:StringEquals":{"g:TagKeys":"a"},"Null":{"g:UserName":"true"}}',
    );
    expect(findingsOf(text, 'INVALID_OPERATOR_MODIFIER')).toEqual([
      {
        at: '"ForAnyValue:Null"',
        message: '`Null` takes no `ForAnyValue:` prefix',
        hint: 'write `Null`',
      },
    ]);
  });
});

describe('legacy AnyOf names', () => {
  it('name the modern operator, keeping the set prefix', () => {
    const text = denyWhen(
      '{"StringEqualsAnyOf":{"g:UserName":"a"},"ForAnyValue:StringNotEqualsAnyOf":{"g:TagKeys":"b"}}',
    );
    expect(findingsOf(text, 'LEGACY_OPERATOR_ALIAS')).toEqual([
      {
        at: '"StringEqualsAnyOf"',
        message: '`StringEqualsAnyOf` is a legacy name of `StringEquals`',
        hint: 'write `StringEquals`',
      },
      {
        at: '"ForAnyValue:StringNotEqualsAnyOf"',
        message: '`StringNotEqualsAnyOf` is a legacy name of `StringNotEquals`',
        hint: 'write `ForAnyValue:StringNotEquals`',
      },
    ]);
  });
});

describe('wildcards in substring operators', () => {
  it('are literal in StringLike and StringNotLike, each pointing to its Match operator', () => {
    const text = denyWhen(
      '{"StringLike":{"g:UserName":["dev","dev-?"]},"StringNotLike":{"g:EnterpriseProjectId":"a*"}}',
    );
    expect(findingsOf(text, 'STRING_LIKE_WITH_WILDCARD')).toEqual([
      {
        at: '"dev-?"',
        message: '`StringLike` matches a substring, so `dev-?` is taken literally',
        hint: 'use `StringMatch` for `*` and `?` wildcards',
      },
      {
        at: '"a*"',
        message: '`StringNotLike` matches a substring, so `a*` is taken literally',
        hint: 'use `StringNotMatch` for `*` and `?` wildcards',
      },
    ]);
  });

  it('are not flagged without a wildcard, nor in other string operators', () => {
    const text = denyWhen(
      '{"StringLike":{"g:UserName":"dev"},"StringEquals":{"g:EnterpriseProjectId":"a*"}}',
    );
    expect(findingsOf(text, 'STRING_LIKE_WITH_WILDCARD')).toEqual([]);
  });
});

describe('values', () => {
  it('say which value does not fit which operator, and what to write', () => {
    const text = denyWhen('{"NumberLessThan":{"g:MFAAge":["10","ten"]}}');
    expect(findingsOf(text, 'INVALID_NUMBER_VALUE')).toEqual([
      {
        at: '"ten"',
        message: '`ten` is not a valid value for `NumberLessThan`',
        hint: 'write a decimal number such as `10` or `2.5`',
      },
    ]);
  });
});

describe('IfExists in a Deny', () => {
  it('explains the disagreement and how to say it with Null', () => {
    const text = denyWhen('{"StringNotEqualsIfExists":{"g:UserName":"admin"}}');
    expect(findingsOf(text, 'IF_EXISTS_IN_DENY')).toEqual([
      {
        at: '"StringNotEqualsIfExists"',
        message:
          'sources disagree on whether this 5.0 Deny applies when `g:UserName` is absent: the evaluator follows the official 1.1 text (it applies), a practitioner note says 5.0 skips it',
        hint: 'say it with `Null`: add `"Null": {"g:UserName": "false"}` to skip the Deny when the key is absent, or deny that case in its own statement with `"Null": {"g:UserName": "true"}`',
      },
    ]);
  });

  it('is not judged in a statement without Effect', () => {
    const text = statement(
      '"Action":["ims:images:get"],"Condition":{"StringEqualsIfExists":{"g:UserName":"a"}}',
    );
    expect(codesOf(text)).toEqual(['MISSING_EFFECT']);
  });
});
