import { describe, expect, it } from 'vitest';
import { legacyStatement, runLintCase, statement } from './lint-case';
import type { LintCase } from './lint-case';
import { policySize } from './check-size';
import { validatePolicy } from './validate-policy';

const allow = '"Effect":"Allow","Action":["ims:images:list"]';

const structureCases: LintCase[] = [
  {
    name: 'a policy without Version is reported at its opening brace',
    text: '{"Statement":[{"Effect":"Allow","Action":["*"]}]}',
    expected: [['MISSING_VERSION', '{']],
  },
  {
    name: 'an AWS version is invalid',
    text: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["*"]}]}',
    expected: [['INVALID_VERSION', '"2012-10-17"']],
  },
  {
    name: 'an SCP cannot use the legacy version',
    type: 'scp',
    text: '{"Version":"1.1","Statement":[{"Effect":"Deny","Action":["*"]}]}',
    expected: [['INVALID_VERSION', '"1.1"']],
  },
  {
    name: 'an identity policy may use the legacy version',
    text: legacyStatement(allow),
    codes: ['INVALID_VERSION'],
    expected: [],
  },
  {
    name: 'a numeric version is a type mismatch, not a missing version',
    text: '{"Version":5,"Statement":[{"Effect":"Allow","Action":["*"]}]}',
    codes: ['MISSING_VERSION', 'INVALID_VERSION', 'DATA_TYPE_MISMATCH'],
    expected: [['DATA_TYPE_MISMATCH', '5']],
  },
  {
    name: 'a policy without Statement is reported at its opening brace',
    text: '{"Version":"5.0"}',
    expected: [['MISSING_STATEMENT', '{']],
  },
  {
    name: 'an unknown top-level element is invalid',
    text: '{"Version":"5.0","Id":"x","Statement":[{"Effect":"Allow","Action":["*"]}]}',
    expected: [['INVALID_POLICY_ELEMENT', '"Id"']],
  },
  {
    name: 'a statement element in the wrong case is invalid',
    text: statement(`${allow},"condition":{}`),
    expected: [['INVALID_POLICY_ELEMENT', '"condition"']],
  },
  {
    name: 'Principal is not supported in an identity policy',
    text: statement(`${allow},"Principal":{"IAM":["*"]}`),
    expected: [['UNSUPPORTED_PRINCIPAL', '"Principal"']],
  },
  {
    name: 'NotPrincipal is not supported in an SCP',
    type: 'scp',
    text: statement('"Effect":"Deny","Action":["*"],"NotPrincipal":{"IAM":["*"]}'),
    expected: [['UNSUPPORTED_PRINCIPAL', '"NotPrincipal"']],
  },
  {
    name: 'version 1.1 has no Sid',
    text: legacyStatement(`"Sid":"one",${allow}`),
    expected: [['LEGACY_UNSUPPORTED_ELEMENT', '"Sid"']],
  },
  {
    name: 'version 1.1 has no NotAction',
    text: legacyStatement('"Effect":"Deny","NotAction":["ims:images:list"]'),
    expected: [['LEGACY_UNSUPPORTED_ELEMENT', '"NotAction"']],
  },
  {
    name: 'a statement without Effect is reported at its opening brace',
    text: statement('"Action":["*"]'),
    expected: [['MISSING_EFFECT', '{', 1]],
  },
  {
    name: 'an invalid Effect is not also missing',
    text: statement('"Effect":"Permit","Action":["*"]'),
    codes: ['MISSING_EFFECT', 'INVALID_EFFECT'],
    expected: [['INVALID_EFFECT', '"Permit"']],
  },
  {
    name: 'a statement without Action or NotAction',
    text: statement('"Effect":"Allow","Resource":["*"]'),
    expected: [['MISSING_ACTION', '{', 1]],
  },
  {
    name: 'Action and NotAction together',
    text: statement(`${allow},"NotAction":["ims:images:get"]`),
    expected: [['ACTION_WITH_NOT_ACTION', '"NotAction"']],
  },
  {
    name: 'Resource and NotResource together',
    text: statement(
      '"Effect":"Deny","Action":["*"],"Resource":["*"],"NotResource":["ims:*:*:image:x"]',
    ),
    expected: [['RESOURCE_WITH_NOT_RESOURCE', '"NotResource"']],
  },
  {
    name: 'a repeated Sid is reported at the second statement',
    text: `{"Version":"5.0","Statement":[{"Sid":"dup",${allow}},{"Sid":"dup",${allow}}]}`,
    expected: [['DUPLICATE_SID', '"dup"', 1]],
  },
  {
    name: 'an action listed twice in different case',
    text: statement('"Effect":"Allow","Action":["ims:images:list","IMS:images:list"]'),
    expected: [['DUPLICATE_VALUE', '"IMS:images:list"']],
  },
  {
    name: 'a condition value listed twice',
    text: statement(`${allow},"Condition":{"StringEquals":{"g:UserName":["a","a"]}}`),
    expected: [['DUPLICATE_VALUE', '"a"', 1]],
  },
  {
    name: 'a policy variable in a resource',
    text: statement(
      '"Effect":"Allow","Action":["*"],"Resource":["obs:*:*:object:b/${g:UserName}/*"]',
    ),
    expected: [['POLICY_VARIABLE', '"obs:*:*:object:b/${g:UserName}/*"']],
  },
  {
    name: 'a policy variable in a condition value',
    text: statement(
      `${allow},"Condition":{"StringEquals":{"g:ResourceTag/owner":"\${g:UserName}"}}`,
    ),
    expected: [['POLICY_VARIABLE', '"${g:UserName}"']],
  },
];

const limitCases: LintCase[] = [
  {
    name: 'a legacy policy with nine statements is warned at the ninth',
    text: `{"Version":"1.1","Statement":[${Array.from({ length: 9 }, (_, i) => `{"Effect":"Allow","Action":["ims:images:list"],"Resource":["*"],"Condition":{"StringEquals":{"g:UserName":"u${i}"}}}`).join(',')}]}`,
    expected: [
      [
        'LEGACY_LIMIT_EXCEEDED',
        '{"Effect":"Allow","Action":["ims:images:list"],"Resource":["*"],"Condition":{"StringEquals":{"g:UserName":"u8"}}}',
      ],
    ],
  },
  {
    name: 'a legacy statement with eleven resources is warned at the eleventh',
    text: legacyStatement(
      `"Effect":"Allow","Action":["ims:images:get"],"Resource":[${Array.from({ length: 11 }, (_, i) => `"ims:*:*:image:i${i}"`).join(',')}]`,
    ),
    expected: [['LEGACY_LIMIT_EXCEEDED', '"ims:*:*:image:i10"']],
  },
  {
    name: 'a legacy resource longer than 128 characters is warned',
    text: legacyStatement(
      `"Effect":"Allow","Action":["ims:images:get"],"Resource":["ims:*:*:image:${'x'.repeat(120)}"]`,
    ),
    expected: [['LEGACY_LIMIT_EXCEEDED', `"ims:*:*:image:${'x'.repeat(120)}"`]],
  },
  {
    name: 'a 5.0 policy has no statement count limit',
    text: `{"Version":"5.0","Statement":[${Array.from({ length: 9 }, (_, i) => `{"Sid":"s${i}",${allow}}`).join(',')}]}`,
    codes: ['LEGACY_LIMIT_EXCEEDED'],
    expected: [],
  },
];

describe('validatePolicy: structure and values', () => {
  it.each(structureCases)('$name', (lintCase) => {
    const { actual, expected } = runLintCase(lintCase);
    expect(actual).toEqual(expected);
  });
});

describe('validatePolicy: legacy limits', () => {
  it.each(limitCases)('$name', (lintCase) => {
    const { actual, expected } = runLintCase(lintCase);
    expect(actual).toEqual(expected);
  });
});

describe('validatePolicy: size limits', () => {
  const padded = (version: string, sid: string): string =>
    `{"Version":"${version}","Statement":[{"Sid":"${sid}","Effect":"Deny","Action":["*"]}]}`;
  const sizeIssues = (text: string, policyType: 'identity' | 'scp') =>
    validatePolicy({ text, policyType }).issues.filter((i) => i.code === 'POLICY_SIZE_EXCEEDED');

  it('measures identity policies in UTF-8 bytes and points at the overflow', () => {
    // 3,100 two-byte characters: under 6,144 characters, over 6,144 bytes.
    const text = padded('5.0', 'é'.repeat(3100));
    const [issue] = sizeIssues(text, 'identity');
    expect(text.length).toBeLessThan(6144);
    expect(issue?.range.offset).toBe(text.indexOf('é') + (6144 - text.indexOf('é')) / 2);
    expect((issue?.range.offset ?? 0) + (issue?.range.length ?? 0)).toBe(text.length);
  });

  it('measures legacy policies in characters', () => {
    expect(sizeIssues(padded('1.1', 'é'.repeat(3100)), 'identity')).toEqual([]);
    const long = padded('1.1', 'x'.repeat(6144));
    expect(sizeIssues(long, 'identity')[0]?.range.offset).toBe(6144);
  });

  it('marks one line, from the first character past the limit, not the whole tail', () => {
    const statements = Array.from(
      { length: 200 },
      (_, index) => `    {"Sid": "s${index}", "Effect": "Allow", "Action": ["ims:images:list"]}`,
    );
    const text = `{\n  "Version": "5.0",\n  "Statement": [\n${statements.join(',\n')}\n  ]\n}\n`;
    const [issue] = sizeIssues(text, 'identity');
    expect(issue?.range.offset).toBe(6144);
    const end = (issue?.range.offset ?? 0) + (issue?.range.length ?? 0);
    expect(text[end]).toBe('\n');
    expect(text.slice(issue?.range.offset, end)).not.toContain('\n');
  });

  it('policySize reports the used and allowed size in the unit each limit counts', () => {
    expect(policySize('{"a":"é"}', 'identity', '5.0')).toEqual({
      used: 10,
      limit: 6144,
      unit: 'bytes',
      overflowAt: null,
    });
    expect(policySize('{"a":"é"}', 'identity', '1.1')).toMatchObject({
      used: 9,
      limit: 6144,
      unit: 'characters',
    });
    expect(policySize('x'.repeat(5121), 'scp', '5.0')).toEqual({
      used: 5121,
      limit: 5120,
      unit: 'characters',
      overflowAt: 5120,
    });
  });

  it('past 8 times the limit, reports the size and its parse issues only (one clear finding first)', () => {
    const statements = Array.from({ length: 3_000 }, () => '{"Effect": "Allow", "Action": ["*"]}');
    const text = `{"Version": "5.0", "Statement": [${statements.join(', ')}]}`;
    const { issues } = validatePolicy({ text, policyType: 'identity' });
    expect(issues.map((issue) => issue.code)).toEqual(['POLICY_SIZE_EXCEEDED']);
    expect(issues[0]?.message).toContain('at more than 8 times that it is not checked further');
    const under = `{"Version": "5.0", "Statement": [${statements.slice(0, 1_000).join(', ')}]}`;
    const full = validatePolicy({ text: under, policyType: 'identity' }).issues;
    expect(full.filter((issue) => issue.code === 'FULL_ACCESS_GRANT')).toHaveLength(1_000);
  });

  it('allows SCPs 5,120 characters', () => {
    const base = padded('5.0', '').length;
    expect(sizeIssues(padded('5.0', 'x'.repeat(5120 - base)), 'scp')).toEqual([]);
    expect(sizeIssues(padded('5.0', 'x'.repeat(5121 - base)), 'scp')[0]?.range.offset).toBe(5120);
  });
});

describe('validatePolicy: messages', () => {
  it('suggests the right spelling of a misspelt element', () => {
    const { issues } = validatePolicy({
      text: statement(`${allow},"resource":["*"]`),
      policyType: 'identity',
    });
    expect(issues.find((i) => i.code === 'INVALID_POLICY_ELEMENT')?.hint).toBe(
      'did you mean `Resource`?',
    );
  });
});
