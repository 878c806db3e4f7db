import { describe, expect, it } from 'vitest';
import { statement } from './lint-case';
import { codesOf, findingsOf, GLOBAL_KEYS_ONLY } from './testing/findings-of';

/** A Deny of `ims:images:get` under the given `Condition` object (JSON text). */
const denyWhen = (condition: string): string =>
  statement(`"Effect":"Deny","Action":["ims:images:get"],"Condition":${condition}`);

/** An Allow of `ims:images:setTags` under the given `Condition` object (JSON text). */
const allowWhen = (condition: string): string =>
  statement(`"Effect":"Allow","Action":["ims:images:setTags"],"Condition":${condition}`);

describe('condition key names', () => {
  it('a key not of the form service:name', () => {
    expect(
      findingsOf(denyWhen('{"StringEquals":{"UserName":"a"}}'), 'INVALID_CONDITION_KEY_FORMAT'),
    ).toEqual([
      {
        at: '"UserName"',
        message: 'condition key `UserName` is not of the form `service:name`',
        hint: 'write a global key such as `g:UserName` or a service key such as `ims:Encrypted`',
      },
    ]);
  });

  it('AWS keys, with the global key of the same name when there is one', () => {
    const text = denyWhen(
      '{"IpAddress":{"aws:SourceIp":"10.0.0.1"},"Bool":{"aws:ViaAWSService":"true"}}',
    );
    expect(findingsOf(text, 'AWS_CONDITION_KEY')).toEqual([
      {
        at: '"aws:SourceIp"',
        message: '`aws:SourceIp` is an AWS condition key Huawei Cloud does not evaluate',
        hint: 'write `g:SourceIp`',
      },
      {
        at: '"aws:ViaAWSService"',
        message: '`aws:ViaAWSService` is an AWS condition key Huawei Cloud does not evaluate',
        hint: undefined,
      },
    ]);
  });

  it('unknown global and service keys, with the nearest names', () => {
    const text = denyWhen(
      '{"IpAddress":{"g:SourceIP4":"10.0.0.1"},"Bool":{"ims:Encryptd":"true"}}',
    );
    expect(findingsOf(text, 'UNKNOWN_CONDITION_KEY')).toEqual([
      {
        at: '"g:SourceIP4"',
        message: '`g:SourceIP4` is not a documented global condition key',
        hint: 'did you mean `g:SourceIp`?',
      },
      {
        at: '"ims:Encryptd"',
        message: '`ims:Encryptd` is not a condition key of the IMS catalog',
        hint: 'did you mean `ims:Encrypted`?',
      },
    ]);
  });

  it('with global keys but no service catalogs, only global keys are judged', () => {
    const text = denyWhen(
      '{"Bool":{"ims:Shared":"true"},"StringEquals":{"g:UserName":"a","g:UserNam":"b"}}',
    );
    expect(codesOf(text, { lookup: GLOBAL_KEYS_ONLY })).toEqual(['UNKNOWN_CONDITION_KEY']);
    expect(findingsOf(text, 'UNKNOWN_CONDITION_KEY', { lookup: GLOBAL_KEYS_ONLY })[0]?.at).toBe(
      '"g:UserNam"',
    );
  });

  it('a key written in another case', () => {
    expect(
      findingsOf(denyWhen('{"StringEquals":{"g:username":"a"}}'), 'CONDITION_KEY_CASE'),
    ).toEqual([
      {
        at: '"g:username"',
        message: '`g:username` is documented as `g:UserName`',
        hint: 'write `g:UserName`',
      },
    ]);
  });

  it('a global key of the other model', () => {
    expect(
      findingsOf(denyWhen('{"StringEquals":{"g:DomainName":"a"}}'), 'CONDITION_KEY_MODEL_MISMATCH'),
    ).toEqual([
      {
        at: '"g:DomainName"',
        message: '`g:DomainName` is documented only for version `1.1` policies',
        hint: undefined,
      },
    ]);
  });
});

describe('operators and keys', () => {
  it('an operator of another type than the key', () => {
    expect(
      findingsOf(denyWhen('{"Bool":{"g:UserName":"true"}}'), 'OPERATOR_TYPE_MISMATCH'),
    ).toEqual([
      {
        at: '"Bool"',
        message: '`Bool` compares booleans, but `g:UserName` is a string key',
        hint: 'use `StringEquals` or `StringMatch`',
      },
    ]);
  });

  it('a set prefix on a single-valued key', () => {
    const text = denyWhen('{"ForAllValues:StringEqualsIfExists":{"g:UserName":"a"}}');
    expect(findingsOf(text, 'SET_OPERATOR_ON_SINGLE_VALUED_KEY')).toEqual([
      {
        at: '"ForAllValues:StringEqualsIfExists"',
        message: '`ForAllValues:` is for multi-valued keys, but `g:UserName` has one value',
        hint: 'write `StringEqualsIfExists`',
      },
    ]);
  });

  it('a multi-valued key without a set prefix', () => {
    const text = denyWhen('{"StringEquals":{"g:TagKeys":"a"}}');
    expect(findingsOf(text, 'MISSING_SET_OPERATOR')).toEqual([
      {
        at: '"StringEquals"',
        message: '`g:TagKeys` can have several values, so say how they combine',
        hint: 'use `ForAnyValue:StringEquals` (any value) or `ForAllValues:StringEquals` (every value)',
      },
    ]);
  });

  it('set prefixes on multi-valued keys, Null on them, and plain single-valued keys are fine', () => {
    const text = statement(
      '"Effect":"Deny","Action":["ims:images:setTags"],"Condition":{"ForAnyValue:StringEquals":{"g:TagKeys":"a"},"Null":{"g:TagKeys":"false"},"StringEquals":{"g:UserName":"a"}}',
    );
    expect(codesOf(text)).toEqual([]);
  });
});

describe('keys the actions do not support', () => {
  it('name the actions that do', () => {
    const text = statement(
      '"Effect":"Deny","Action":["ims:images:list"],"Condition":{"Bool":{"ims:Encrypted":"true"}}',
    );
    expect(findingsOf(text, 'CONDITION_KEY_NOT_SUPPORTED')).toEqual([
      {
        at: '"ims:Encrypted"',
        message:
          "none of the statement's actions supports `ims:Encrypted`, so the condition never matches",
        hint: 'actions that do: `ims:images:get` or `ims:images:share`',
      },
    ]);
  });

  it('ask to remove a global key no action of its own service could support', () => {
    const text = statement(
      '"Effect":"Deny","Action":["ims:images:list"],"Condition":{"StringEquals":{"g:ResourceTag/team":"x"}}',
    );
    expect(findingsOf(text, 'CONDITION_KEY_NOT_SUPPORTED')).toEqual([
      {
        at: '"g:ResourceTag/team"',
        message:
          "none of the statement's actions supports `g:ResourceTag/team`, so the condition never matches",
        hint: 'remove the condition',
      },
    ]);
  });

  it('are not judged when the statement matches no action', () => {
    const text = statement(
      '"Effect":"Deny","Action":["ims:volumes:*"],"Condition":{"Bool":{"ims:Encrypted":"true"}}',
    );
    expect(findingsOf(text, 'CONDITION_KEY_NOT_SUPPORTED')).toEqual([]);
  });
});

describe('ForAllValues in an Allow', () => {
  const absent = (text: string) =>
    findingsOf(text, 'FOR_ALL_VALUES_ALLOWS_ABSENT_KEY').map(({ at }) => at);

  it('explains that an absent key passes, and how to require it', () => {
    const text = allowWhen('{"ForAllValues:StringEquals":{"g:TagKeys":["a"]}}');
    expect(findingsOf(text, 'FOR_ALL_VALUES_ALLOWS_ABSENT_KEY')).toEqual([
      {
        at: '"ForAllValues:StringEquals"',
        message:
          '`ForAllValues:` is also true when `g:TagKeys` is absent, so this allows requests without it',
        hint: 'add `"Null": { "g:TagKeys": "false" }` to require the key',
      },
    ]);
  });

  it('is fine with a Null check requiring that key, in any case', () => {
    const text = allowWhen(
      '{"ForAllValues:StringEquals":{"g:TagKeys":["a"]},"Null":{"g:tagkeys":"FALSE"}}',
    );
    expect(absent(text)).toEqual([]);
  });

  it('is still flagged when the check is on another key, another operator, or asks for absence', () => {
    const flagged = [
      '"Null":{"g:UserName":"false"}',
      '"StringEquals":{"g:TagKeys":"false"}',
      '"Null":{"g:TagKeys":"true"}',
    ];
    for (const other of flagged) {
      const text = allowWhen(`{"ForAllValues:StringEquals":{"g:TagKeys":["a"]},${other}}`);
      expect(absent(text), other).toEqual(['"ForAllValues:StringEquals"']);
    }
  });

  it('is not flagged in a Deny, with ForAnyValue, with IfExists, or without the prefix', () => {
    const cases = [
      denyWhen('{"ForAllValues:StringEquals":{"g:TagKeys":["a"]}}'),
      allowWhen('{"ForAnyValue:StringEquals":{"g:TagKeys":["a"]}}'),
      allowWhen('{"ForAllValues:StringEqualsIfExists":{"g:TagKeys":["a"]}}'),
      allowWhen('{"StringEquals":{"g:UserName":"a"}}'),
    ];
    expect(cases.map(absent)).toEqual([[], [], [], []]);
  });
});
