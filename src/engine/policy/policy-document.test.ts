import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../validate/validate-policy';
import { policyModelOf } from './parse-policy';
import { readPolicyDocument } from './policy-document';

describe('the model of a document', () => {
  it.each([
    ['{"Version":"1.1","Statement":[]}', '1.1'],
    ['{"Version":"5.0","Statement":[]}', '5.0'],
    ['{"Statement":[]}', '5.0'],
    ['{"Version":1.1,"Statement":[]}', '5.0'],
    ['{"Version":"1.1","Version":"5.0"}', '5.0'],
    ['{"Version":"5.0","Version":"1.1"}', '1.1'],
    ['{"Version":"1.1","Version":11}', '5.0'],
    // A condition value "Version": "1.1" is no version of the policy.
    [
      '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["*"],"Condition":{"StringEquals":{"Version":"1.1"}}}]}',
      '5.0',
    ],
    ['{"Version":"1.1","Statement":[{"Effect":"Allow","Action":["ecs:*:get"]', '1.1'],
    ['["Version","1.1"]', '5.0'],
    ['', '5.0'],
  ])('%s is read as %s, as the located read decides', (text, model) => {
    const document = readPolicyDocument(text);
    expect(document.model).toBe(model);
    expect(policyModelOf(document.located.policy)).toBe(model);
  });
});

describe('what a document mentions', () => {
  it('lists the actions, NotAction and condition keys of every statement', () => {
    const text = JSON.stringify({
      Version: '5.0',
      Statement: [
        { Effect: 'Allow', Action: 'ecs:servers:list' },
        {
          Effect: 'Allow',
          Action: ['ims:images:get', 7, 'evs:*:*'],
          Condition: {
            StringEquals: { 'g:UserName': 'a', 'ims:ImageType': ['x'] },
            Bool: { 'g:MFAPresent': 'true' },
          },
        },
        { Effect: 'Deny', NotAction: ['iam:*:*'] },
      ],
    });
    expect(readPolicyDocument(text).mentions).toEqual({
      actions: ['ecs:servers:list', 'ims:images:get', 'evs:*:*'],
      notAction: true,
      conditions: [
        { operator: 'StringEquals', key: 'g:UserName' },
        { operator: 'StringEquals', key: 'ims:ImageType' },
        { operator: 'Bool', key: 'g:MFAPresent' },
      ],
    });
  });

  it('reads a single statement object, and of duplicate keys the last, as the engine does', () => {
    const text =
      '{"Statement":[{"Action":["a:b:c"]}],"Statement":{"Action":["x:y:z"],"Action":"p:q:r"}}';
    expect(readPolicyDocument(text).mentions.actions).toEqual(['p:q:r']);
  });

  it('reads what half-typed text already names', () => {
    const text =
      '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["ims:images:get", "ecs:';
    expect(readPolicyDocument(text).mentions.actions).toEqual(['ims:images:get', 'ecs:']);
  });

  it('mentions nothing of text that is no policy', () => {
    for (const text of ['', '[]', '"x"', '{"Statement":"ims:*"}', '['.repeat(100)]) {
      expect(readPolicyDocument(text).mentions).toEqual({
        actions: [],
        notAction: false,
        conditions: [],
      });
    }
  });
});

describe('the tree of a document', () => {
  it('has a tree for half-typed text, and none for nesting past the limit', () => {
    expect(readPolicyDocument('{"Version":"5.0","Statement":[{').root?.type).toBe('object');
    const deep = readPolicyDocument(`{"a":${'['.repeat(40)}${']'.repeat(40)}}`);
    expect(deep.root).toBeUndefined();
    expect(deep.located.issues.map((issue) => issue.code)).toEqual(['JSON_TOO_DEEP']);
  });

  it('reports comments and trailing commas as syntax errors while keeping the same tree', () => {
    const document = readPolicyDocument('{"Version":"5.0", /* note */ "Statement":[{}],}');
    expect(document.root?.children).toHaveLength(2);
    const issues = document.located.issues;
    expect(issues.map((issue) => issue.range.offset)).toEqual(expect.arrayContaining([18, 45]));
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(['JSON_SYNTAX_ERROR']));
  });
});

describe('remembered documents', () => {
  it('answers a text read before with the same document, which validation leaves as it was', () => {
    const text =
      '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":"ims:nope:*","Extra":1}]}';
    const first = readPolicyDocument(text);
    const codes = first.located.issues.map((issue) => issue.code);
    const validated = validatePolicy({ text, policyType: 'identity' });
    expect(validated.issues.length).toBeGreaterThan(codes.length);
    const again = readPolicyDocument(text);
    expect(again).toBe(first);
    expect(again.located).toBe(first.located);
    expect(again.located.issues.map((issue) => issue.code)).toEqual(codes);
  });

  // Texts no earlier test, nor an earlier run of these tests in the same process, has read.
  let texts = 0;
  const freshText = (): string => {
    texts += 1;
    return `{"Version":"5.0","Statement":[],"Fresh":${texts},"Pad":""}`;
  };
  const padded = (length: number): string => {
    const short = freshText();
    return short.replace('"Pad":""', `"Pad":"${'x'.repeat(length - short.length)}"`);
  };

  it.each([
    ['still remembers a text after 15 others (sixteen are kept)', 15, true],
    ['reads it again after 16 others', 16, false],
  ])('%s', (_name, others, remembered) => {
    const text = freshText();
    const first = readPolicyDocument(text);
    for (let i = 0; i < others; i++) readPolicyDocument(freshText());
    expect(readPolicyDocument(text) === first).toBe(remembered);
  });

  it('keeps a text it was asked for again among the sixteen', () => {
    const text = freshText();
    const first = readPolicyDocument(text);
    for (let i = 0; i < 10; i++) readPolicyDocument(freshText());
    readPolicyDocument(text);
    for (let i = 0; i < 10; i++) readPolicyDocument(freshText());
    expect(readPolicyDocument(text)).toBe(first);
  });

  it('keeps texts of up to 256 KiB among the sixteen, and only the last longer one', () => {
    const atLimit = padded(256 * 1024);
    const long = padded(256 * 1024 + 1);
    const atLimitDocument = readPolicyDocument(atLimit);
    const longDocument = readPolicyDocument(long);
    expect(readPolicyDocument(long)).toBe(longDocument);
    expect(readPolicyDocument(padded(300 * 1024))).not.toBe(longDocument);
    expect(readPolicyDocument(long)).not.toBe(longDocument);
    expect(readPolicyDocument(atLimit)).toBe(atLimitDocument);
  });
});
