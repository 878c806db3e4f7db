import { describe, expect, it } from 'vitest';
import { FIXTURE_LOOKUP, legacyStatement, runLintCase, statement } from './lint-case';
import type { LintCase } from './lint-case';
import { validatePolicy } from './validate-policy';

/** A Deny of `ims:images:get` under the given `Condition` object (JSON text). */
const denyWhen = (condition: string): string =>
  statement(`"Effect":"Deny","Action":["ims:images:get"],"Condition":${condition}`);

const operatorCases: LintCase[] = [
  {
    name: 'a misspelt operator is unknown',
    text: denyWhen('{"StringEqual":{"g:UserName":"a"}}'),
    expected: [['UNKNOWN_OPERATOR', '"StringEqual"']],
  },
  {
    name: 'operator names are case-sensitive',
    text: denyWhen('{"stringEquals":{"g:UserName":"a"}}'),
    expected: [['UNKNOWN_OPERATOR', '"stringEquals"']],
  },
  {
    name: 'AWS Numeric operators are not documented',
    text: denyWhen('{"NumericLessThan":{"g:MFAAge":"300"}}'),
    expected: [['UNSUPPORTED_AWS_OPERATOR', '"NumericLessThan"']],
  },
  {
    name: 'AWS DateEquals and ArnLike are not documented',
    text: denyWhen(
      '{"DateEquals":{"g:CurrentTime":"2025-01-01"},"ArnLike":{"g:PrincipalUrn":"x"}}',
    ),
    expected: [
      ['UNSUPPORTED_AWS_OPERATOR', '"DateEquals"'],
      ['UNSUPPORTED_AWS_OPERATOR', '"ArnLike"'],
    ],
  },
  {
    name: 'a legacy AnyOf operator works but has a modern name',
    text: denyWhen('{"StringEqualsAnyOf":{"g:UserName":["a","b"]}}'),
    expected: [['LEGACY_OPERATOR_ALIAS', '"StringEqualsAnyOf"']],
  },
  {
    name: 'the legacy IsNull family is not evaluated',
    text: denyWhen('{"IsNotNull":{"g:UserName":"true"}}'),
    expected: [['LEGACY_NULL_OPERATOR', '"IsNotNull"']],
  },
  {
    name: 'a misspelt set prefix',
    text: denyWhen('{"ForAnyValues:StringEquals":{"g:TagKeys":"a"}}'),
    expected: [['INVALID_OPERATOR_MODIFIER', '"ForAnyValues:StringEquals"']],
  },
  {
    name: 'Null takes neither IfExists nor a set prefix',
    text: denyWhen(
      '{"NullIfExists":{"g:UserName":"true"},"ForAnyValue:Null":{"g:TagKeys":"true"}}',
    ),
    expected: [
      ['INVALID_OPERATOR_MODIFIER', '"NullIfExists"'],
      ['INVALID_OPERATOR_MODIFIER', '"ForAnyValue:Null"'],
    ],
  },
  {
    name: 'IfExists in a 5.0 Deny: sources disagree on an absent key (reference §12)',
    text: denyWhen('{"StringNotEqualsIfExists":{"g:UserName":"admin"}}'),
    expected: [['IF_EXISTS_IN_DENY', '"StringNotEqualsIfExists"']],
  },
  {
    name: 'IfExists in a 5.0 SCP Deny is flagged too',
    text: denyWhen('{"ForAnyValue:StringEqualsIfExists":{"g:TagKeys":"x"}}'),
    type: 'scp',
    expected: [['IF_EXISTS_IN_DENY', '"ForAnyValue:StringEqualsIfExists"']],
  },
  {
    name: 'IfExists in an Allow is documented: not flagged',
    text: statement(
      '"Effect":"Allow","Action":["ims:images:get"],"Condition":{"StringEqualsIfExists":{"g:UserName":"a"}}',
    ),
    codes: ['IF_EXISTS_IN_DENY'],
    expected: [],
  },
  {
    name: 'IfExists in a 1.1 Deny is documented: not flagged',
    text: legacyStatement(
      '"Effect":"Deny","Action":["ims:images:get"],"Condition":{"StringEqualsIfExists":{"g:UserName":"a"}}',
    ),
    codes: ['IF_EXISTS_IN_DENY'],
    expected: [],
  },
  {
    name: 'StringLike with a wildcard is a substring test',
    text: denyWhen('{"StringLike":{"g:UserName":["dev","dev-*"]}}'),
    expected: [['STRING_LIKE_WITH_WILDCARD', '"dev-*"']],
  },
  {
    name: 'invalid dates, numbers, addresses and booleans',
    text: denyWhen(
      '{"DateLessThan":{"g:CurrentTime":"31/12/2025"},"NumberLessThan":{"g:MFAAge":"ten"},' +
        '"IpAddress":{"g:SourceIp":["10.0.0.0/8","10.0.0.0/33"]},"Bool":{"g:MFAPresent":"yes"},' +
        '"Null":{"g:UserName":"absent"}}',
    ),
    expected: [
      ['INVALID_DATE_VALUE', '"31/12/2025"'],
      ['INVALID_NUMBER_VALUE', '"ten"'],
      ['INVALID_IP_VALUE', '"10.0.0.0/33"'],
      ['INVALID_BOOLEAN_VALUE', '"yes"'],
      ['INVALID_BOOLEAN_VALUE', '"absent"'],
    ],
  },
  {
    name: 'valid values of every type pass',
    text: denyWhen(
      '{"DateLessThan":{"g:CurrentTime":"2025-12-31T23:59:59Z"},"NumberLessThan":{"g:MFAAge":"2.5"},' +
        '"IpAddress":{"g:SourceIp":["10.0.0.0/8","2001:db8::/32"]},"Bool":{"g:MFAPresent":"TRUE"}}',
    ),
    codes: [
      'INVALID_DATE_VALUE',
      'INVALID_NUMBER_VALUE',
      'INVALID_IP_VALUE',
      'INVALID_BOOLEAN_VALUE',
    ],
    expected: [],
  },
];

const keyCases: LintCase[] = [
  {
    name: 'a key without a service prefix',
    text: denyWhen('{"StringEquals":{"UserName":"a"}}'),
    expected: [['INVALID_CONDITION_KEY_FORMAT', '"UserName"']],
  },
  {
    name: 'an undocumented global key',
    text: denyWhen('{"IpAddress":{"g:SourceIP4":"10.0.0.1"}}'),
    expected: [['UNKNOWN_CONDITION_KEY', '"g:SourceIP4"']],
  },
  {
    name: 'a key its service catalog does not have',
    text: denyWhen('{"Bool":{"ims:Shared":"true"}}'),
    expected: [['UNKNOWN_CONDITION_KEY', '"ims:Shared"']],
  },
  {
    name: 'a key named only in action rows is known',
    text: denyWhen('{"StringEquals":{"bms:FlavorId":"c6"}}'),
    codes: ['UNKNOWN_CONDITION_KEY'],
    expected: [],
  },
  {
    name: 'an AWS key, named with its global equivalent when there is one',
    text: denyWhen('{"IpAddress":{"aws:SourceIp":"10.0.0.1"},"Bool":{"aws:ViaAWSService":"true"}}'),
    expected: [
      ['AWS_CONDITION_KEY', '"aws:SourceIp"'],
      ['AWS_CONDITION_KEY', '"aws:ViaAWSService"'],
    ],
  },
  {
    name: 'a key of a service without a catalog is not judged',
    text: denyWhen('{"Bool":{"nova:Shared":"true"}}'),
    codes: ['UNKNOWN_CONDITION_KEY'],
    expected: [],
  },
  {
    name: 'keys and tag-key families written in another case',
    text: denyWhen('{"StringEquals":{"g:username":"a","g:resourcetag/Team":"x"}}'),
    expected: [
      ['CONDITION_KEY_CASE', '"g:username"'],
      ['CONDITION_KEY_CASE', '"g:resourcetag/Team"'],
    ],
  },
  {
    name: 'a 1.1 global key in a 5.0 policy',
    text: denyWhen('{"StringEquals":{"g:DomainName":"a"}}'),
    expected: [['CONDITION_KEY_MODEL_MISMATCH', '"g:DomainName"']],
  },
  {
    name: 'a global key documented for neither model is not called a model mismatch',
    text: denyWhen('{"Bool":{"g:SecureTransport":"false"}}'),
    codes: ['CONDITION_KEY_MODEL_MISMATCH', 'UNKNOWN_CONDITION_KEY'],
    expected: [],
  },
  {
    name: 'the same key in a 1.1 policy is fine',
    text: legacyStatement(
      '"Effect":"Deny","Action":["ims:images:list"],"Condition":{"StringEquals":{"g:DomainName":"a"}}',
    ),
    codes: ['CONDITION_KEY_MODEL_MISMATCH'],
    expected: [],
  },
  {
    name: 'a service key none of the actions lists',
    text: statement(
      '"Effect":"Deny","Action":["ims:images:list"],"Condition":{"Bool":{"ims:Encrypted":"true"}}',
    ),
    expected: [['CONDITION_KEY_NOT_SUPPORTED', '"ims:Encrypted"']],
  },
  {
    name: 'a tag key family one of the actions lists',
    text: statement(
      '"Effect":"Deny","Action":["ims:images:list","ims:images:delete"],"Condition":{"StringEquals":{"g:ResourceTag/team":"x"}}',
    ),
    codes: ['CONDITION_KEY_NOT_SUPPORTED'],
    expected: [],
  },
  {
    name: 'request-wide global keys apply to every action',
    text: statement(
      '"Effect":"Deny","Action":["ims:images:list"],"Condition":{"IpAddress":{"g:SourceIp":"10.0.0.1"}}',
    ),
    codes: ['CONDITION_KEY_NOT_SUPPORTED'],
    expected: [],
  },
  {
    name: 'operators that do not fit the key type',
    text: denyWhen(
      '{"Bool":{"g:UserName":"true"},"IpAddress":{"g:EnterpriseProjectId":"10.0.0.1"},' +
        '"DateLessThan":{"g:MFAAge":"2025-01-01"},"StringEquals":{"g:SourceIp":"10.0.0.1"}}',
    ),
    expected: [
      ['OPERATOR_TYPE_MISMATCH', '"Bool"'],
      ['OPERATOR_TYPE_MISMATCH', '"IpAddress"'],
      ['OPERATOR_TYPE_MISMATCH', '"DateLessThan"'],
      ['OPERATOR_TYPE_MISMATCH', '"StringEquals"'],
    ],
  },
  {
    name: 'a set prefix on a single-valued key',
    text: denyWhen('{"ForAnyValue:StringEquals":{"g:UserName":"a"}}'),
    expected: [['SET_OPERATOR_ON_SINGLE_VALUED_KEY', '"ForAnyValue:StringEquals"']],
  },
  {
    name: 'a multi-valued key without a set prefix',
    text: denyWhen('{"StringEquals":{"g:TagKeys":"a"}}'),
    expected: [['MISSING_SET_OPERATOR', '"StringEquals"']],
  },
  {
    name: 'ForAllValues in an Allow without a presence check',
    text: statement(
      '"Effect":"Allow","Action":["ims:images:setTags"],"Resource":["*"],"Condition":{"ForAllValues:StringEquals":{"g:TagKeys":["a","b"]}}',
    ),
    expected: [['FOR_ALL_VALUES_ALLOWS_ABSENT_KEY', '"ForAllValues:StringEquals"']],
  },
  {
    name: 'ForAllValues in an Allow with a Null check',
    text: statement(
      '"Effect":"Allow","Action":["ims:images:setTags"],"Condition":{"ForAllValues:StringEquals":{"g:TagKeys":["a"]},"Null":{"g:TagKeys":"false"}}',
    ),
    codes: ['FOR_ALL_VALUES_ALLOWS_ABSENT_KEY'],
    expected: [],
  },
];

const neverCases: LintCase[] = [
  {
    name: 'number bounds that leave no value',
    text: denyWhen(
      '{"NumberLessThan":{"g:MFAAge":["5","10"]},"NumberGreaterThanEquals":{"g:MFAAge":"10"}}',
    ),
    expected: [['STATEMENT_NEVER_APPLIES', '"NumberGreaterThanEquals"']],
  },
  {
    name: 'number bounds that leave one value',
    text: denyWhen(
      '{"NumberLessThanEquals":{"g:MFAAge":"10"},"NumberGreaterThanEquals":{"g:MFAAge":"10"}}',
    ),
    codes: ['STATEMENT_NEVER_APPLIES'],
    expected: [],
  },
  {
    name: 'date bounds that leave no value',
    text: denyWhen(
      '{"DateGreaterThan":{"g:CurrentTime":"2026-01-01"},"DateLessThan":{"g:CurrentTime":"2025-01-01T00:00:00Z"}}',
    ),
    expected: [['STATEMENT_NEVER_APPLIES', '"DateLessThan"']],
  },
  {
    name: 'a key that must be absent and also match',
    text: denyWhen('{"Null":{"g:UserName":"true"},"StringEquals":{"g:UserName":"a"}}'),
    expected: [['STATEMENT_NEVER_APPLIES', '"StringEquals"']],
  },
  {
    name: 'equal and not equal to the same values',
    text: denyWhen(
      '{"StringEquals":{"g:UserName":"a"},"StringNotEquals":{"g:UserName":["a","b"]}}',
    ),
    expected: [['STATEMENT_NEVER_APPLIES', '"StringNotEquals"']],
  },
  {
    name: 'bounds on a multi-valued key can be met by different values',
    text: denyWhen('{"StringEquals":{"g:TagKeys":"a"},"StringNotEquals":{"g:TagKeys":"a"}}'),
    codes: ['STATEMENT_NEVER_APPLIES'],
    expected: [],
  },
];

describe.each([
  ['operators and values', operatorCases],
  ['condition keys', keyCases],
  ['statements that never apply', neverCases],
])('validatePolicy: %s', (_group, cases) => {
  it.each(cases)('$name', (lintCase) => {
    const { actual, expected } = runLintCase(lintCase);
    expect(actual).toEqual(expected);
  });
});

describe('validatePolicy: condition hints', () => {
  const hintOf = (text: string, code: string): string | undefined =>
    validatePolicy({ text, policyType: 'identity', lookup: FIXTURE_LOOKUP }).issues.find(
      (issue) => issue.code === code,
    )?.hint;

  it.each([
    ['{"StringEqual":{"g:UserName":"a"}}', 'UNKNOWN_OPERATOR', 'did you mean `StringEquals`'],
    ['{"NumericLessThan":{"g:MFAAge":"3"}}', 'UNSUPPORTED_AWS_OPERATOR', 'use `NumberLessThan`'],
    ['{"Bool":{"g:UserName":"true"}}', 'OPERATOR_TYPE_MISMATCH', '`StringEquals`'],
    ['{"IpAddress":{"g:SourceIP4":"1.2.3.4"}}', 'UNKNOWN_CONDITION_KEY', '`g:SourceIp`'],
    ['{"StringEqualsAnyOf":{"g:UserName":"a"}}', 'LEGACY_OPERATOR_ALIAS', 'write `StringEquals`'],
    ['{"IpAddress":{"aws:sourceip":"1.2.3.4"}}', 'AWS_CONDITION_KEY', 'write `g:SourceIp`'],
    [
      '{"StringEquals":{"aws:ResourceTag/Team":"a"}}',
      'AWS_CONDITION_KEY',
      'write `g:ResourceTag/Team`',
    ],
    [
      '{"StringEqualsIfExists":{"g:UserName":"a"}}',
      'IF_EXISTS_IN_DENY',
      'add `"Null": {"g:UserName": "false"}` to skip the Deny when the key is absent',
    ],
  ])('%s gives %s with a hint', (condition, code, hint) => {
    expect(hintOf(denyWhen(condition), code)).toContain(hint);
  });

  it('names the actions that support an unsupported key', () => {
    const text = statement(
      '"Effect":"Deny","Action":["ims:images:list"],"Condition":{"Bool":{"ims:Encrypted":"true"}}',
    );
    expect(hintOf(text, 'CONDITION_KEY_NOT_SUPPORTED')).toBe(
      'actions that do: `ims:images:get` or `ims:images:share`',
    );
  });
});
