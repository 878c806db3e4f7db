import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from './parse-policy';
import { parsePolicy } from './policy-document';
import type { PolicyIssue } from './policy-types';

/** Where `needle` (the `nth` occurrence, 0-based) sits in `text`. */
function spanOf(text: string, needle: string, nth = 0): { offset: number; length: number } {
  let offset = -1;
  for (let seen = 0; seen <= nth; seen += 1) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`${needle} not in ${text}`);
  return { offset, length: needle.length };
}

function summary(
  issues: readonly PolicyIssue[],
): { code: string; offset: number; length: number }[] {
  return issues.map(({ code, range }) => ({ code, offset: range.offset, length: range.length }));
}

const statement = (body: string): string => `{"Version":"5.0","Statement":[{${body}}]}`;

describe('parsePolicy issues', () => {
  const cases: { name: string; text: string; expected: [string, string, number?][] }[] = [
    {
      name: 'a trailing comma in an array is a syntax error at the comma',
      text: statement('"Effect":"Allow","Action":["a:b:c", ]'),
      expected: [['JSON_SYNTAX_ERROR', ',', 2]],
    },
    {
      name: 'a trailing comma in an object is reported once',
      text: statement('"Effect":"Allow","Action":["a:b:c"],'),
      expected: [['JSON_SYNTAX_ERROR', ',', 2]],
    },
    {
      name: 'a comment is a syntax error',
      text: '{"Version":"5.0", /* note */ "Statement":[{"Effect":"Allow","Action":["*"]}]}',
      expected: [['JSON_SYNTAX_ERROR', '/* note */']],
    },
    {
      name: 'a duplicate key is reported at the second key',
      text: statement('"Effect":"Allow","Action":["a:b:c"],"Action":["d:e:f"]'),
      expected: [['DUPLICATE_KEY', '"Action"', 1]],
    },
    {
      name: 'a numeric version is a type mismatch at the number',
      text: '{"Version":5.0,"Statement":[{"Effect":"Allow","Action":["*"]}]}',
      expected: [['DATA_TYPE_MISMATCH', '5.0']],
    },
    {
      name: 'a bare action string is accepted and suggested as an array',
      text: statement('"Effect":"Allow","Action":"ecs:*:*"'),
      expected: [['STRING_NOT_ARRAY', '"ecs:*:*"']],
    },
    {
      name: 'a statement object instead of an array is a warning',
      text: '{"Version":"5.0","Statement":{"Effect":"Allow","Action":["*"]}}',
      expected: [['STATEMENT_NOT_ARRAY', '{"Effect":"Allow","Action":["*"]}']],
    },
    {
      name: 'a lower-case effect is invalid',
      text: statement('"Effect":"allow","Action":["*"]'),
      expected: [['INVALID_EFFECT', '"allow"']],
    },
    {
      name: 'a number inside an action list is a type mismatch at the number',
      text: statement('"Effect":"Allow","Action":["a:b:c", 42]'),
      expected: [['DATA_TYPE_MISMATCH', '42']],
    },
    {
      name: 'an empty resource list is reported',
      text: statement('"Effect":"Allow","Action":["*"],"Resource":[]'),
      expected: [['EMPTY_ARRAY', '[]']],
    },
    {
      name: 'an empty condition block is reported',
      text: statement('"Effect":"Deny","Action":["*"],"Condition":{}'),
      expected: [['EMPTY_CONDITION', '{}']],
    },
    {
      name: 'an empty operator block is reported',
      text: statement('"Effect":"Deny","Action":["*"],"Condition":{"Bool":{}}'),
      expected: [['EMPTY_CONDITION', '{}']],
    },
    {
      name: 'a boolean condition value is kept and reported',
      text: statement('"Effect":"Deny","Action":["*"],"Condition":{"Bool":{"g:MFAPresent":false}}'),
      expected: [['CONDITION_VALUE_NOT_STRING', 'false']],
    },
    {
      name: 'a condition operator mapped to a list is a type mismatch',
      text: statement('"Effect":"Deny","Action":["*"],"Condition":{"Bool":["x"]}'),
      expected: [['DATA_TYPE_MISMATCH', '["x"]']],
    },
    {
      name: 'a statement that is not an object is a type mismatch',
      text: '{"Version":"5.0","Statement":["oops"]}',
      expected: [['DATA_TYPE_MISMATCH', '"oops"']],
    },
  ];

  it.each(cases)('$name', ({ text, expected }) => {
    const { issues } = parsePolicy(text);
    expect(summary(issues)).toEqual(
      expected.map(([code, needle, nth]) => ({ code, ...spanOf(text, needle, nth) })),
    );
  });
});

describe('parsePolicy document', () => {
  it('keeps every element with its value and range', () => {
    const text = statement(
      '"Sid":"s1","Effect":"Deny","NotAction":["ecs:*:delete*"],"Resource":["*"],' +
        '"Condition":{"StringEquals":{"g:UserName":["alice","bob"]}}',
    );
    const { policy, issues } = parsePolicy(text);
    expect(issues).toEqual([]);
    const parsed = policy?.statements[0];
    expect(policy?.version?.value).toBe('5.0');
    expect(parsed?.sid?.value).toBe('s1');
    expect(parsed?.effect?.value).toBe('Deny');
    expect(parsed?.action).toBeNull();
    expect(parsed?.notAction?.map((a) => a.value)).toEqual(['ecs:*:delete*']);
    expect(parsed?.notAction?.[0]?.range).toEqual({
      ...spanOf(text, '"ecs:*:delete*"'),
      path: ['Statement', 0, 'NotAction', 0],
    });
    const condition = parsed?.conditions?.[0];
    expect(condition?.operator.value).toBe('StringEquals');
    expect(condition?.key.range).toEqual({
      ...spanOf(text, '"g:UserName"'),
      path: ['Statement', 0, 'Condition', 'StringEquals', 'g:UserName'],
    });
    expect(condition?.values.map((v) => v.value)).toEqual(['alice', 'bob']);
    expect(parsed?.keys?.map((k) => k.value)).toEqual([
      'Sid',
      'Effect',
      'NotAction',
      'Resource',
      'Condition',
    ]);
  });

  it('uses the last of two duplicate keys, as JSON.parse does', () => {
    const { policy } = parsePolicy(statement('"Effect":"Allow","Effect":"Deny","Action":["*"]'));
    expect(policy?.statements[0]?.effect?.value).toBe('Deny');
  });

  it('normalises a bare string condition value to a list without reporting it', () => {
    const text = statement(
      '"Effect":"Deny","Action":["*"],"Condition":{"Bool":{"g:MFAPresent":"false"}}',
    );
    const { policy, issues } = parsePolicy(text);
    expect(issues).toEqual([]);
    expect(policy?.statements[0]?.conditions?.[0]?.values.map((v) => v.value)).toEqual(['false']);
  });

  it('keeps numbers in condition values as written', () => {
    const text = statement(
      '"Effect":"Deny","Action":["*"],"Condition":{"NumberEquals":{"obs:max-keys":1.50}}',
    );
    const values = parsePolicy(text).policy?.statements[0]?.conditions?.[0]?.values;
    expect(values?.map((v) => v.value)).toEqual(['1.50']);
  });

  it('lists top-level keys other than Version and Statement as unknown', () => {
    const { policy } = parsePolicy('{"Version":"5.0","Statement":[],"Id":"x"}');
    expect(policy?.unknownKeys.map((k) => k.value)).toEqual(['Id']);
  });
});

describe('parsePolicy on hostile input', () => {
  it.each([
    ['100k nested arrays', '['.repeat(100_000)],
    ['100k nested objects', '{"a":'.repeat(100_000)],
    ['mismatched closers that keep the parser descending', '[},'.repeat(100_000)],
  ])('stops at the depth limit for %s', (_name, text) => {
    const { policy, issues } = parsePolicy(text);
    expect(policy).toBeNull();
    expect(issues.map((issue) => issue.code)).toEqual(['JSON_TOO_DEEP']);
  });

  it('reads a policy nested exactly to the limit', () => {
    const deepValue = '['.repeat(MAX_JSON_DEPTH - 1) + ']'.repeat(MAX_JSON_DEPTH - 1);
    const { policy } = parsePolicy(`{"Deep":${deepValue}}`);
    expect(policy?.unknownKeys.map((k) => k.value)).toEqual(['Deep']);
  });

  it('reads a multi-megabyte policy', () => {
    const actions = Array.from({ length: 100_000 }, (_, i) => `"svc:type:op${i}"`).join(',');
    const { policy } = parsePolicy(statement(`"Effect":"Allow","Action":[${actions}]`));
    expect(policy?.statements[0]?.action).toHaveLength(100_000);
  });

  it('caps the number of syntax errors reported', () => {
    const { issues } = parsePolicy('{' + '"a" 1 '.repeat(10_000));
    expect(issues.length).toBeLessThanOrEqual(21);
  });
});

describe('parsePolicy properties', () => {
  const insideText = (text: string, issue: PolicyIssue): boolean =>
    issue.range.offset >= 0 &&
    issue.range.length >= 0 &&
    issue.range.offset + issue.range.length <= text.length;

  it('never throws on arbitrary strings and keeps every range inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const { issues } = parsePolicy(text);
        expect(issues.every((issue) => insideText(text, issue))).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary JSON and reports no syntax error for valid JSON', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 8 }), (text) => {
        const { issues } = parsePolicy(text);
        expect(issues.some((issue) => issue.code === 'JSON_SYNTAX_ERROR')).toBe(false);
        expect(issues.every((issue) => insideText(text, issue))).toBe(true);
      }),
    );
  });

  it('reads every string of an action list back as written', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (actions) => {
        const text = statement(`"Effect":"Allow","Action":${JSON.stringify(actions)}`);
        const parsed = parsePolicy(text).policy?.statements[0]?.action;
        expect(parsed?.map((a) => a.value)).toEqual(actions);
        parsed?.forEach((a) => {
          expect(JSON.parse(text.slice(a.range.offset, a.range.offset + a.range.length))).toBe(
            a.value,
          );
        });
      }),
    );
  });
});
