import { describe, expect, it } from 'vitest';
import { policySize, policyTooLarge } from './check-size';
import { legacyStatement } from './lint-case';
import { validatePolicy } from './validate-policy';
import { codesOf, findingsOf } from './testing/findings-of';

const SIZE_HINT = 'remove whitespace, merge statements or split the policy';
const LEGACY_HINT =
  'the current quota page allows more; keep under the old limit if the console rejects the policy';

/** A policy padded with spaces before its closing brace to exactly `length` characters. */
function paddedTo(policy: string, length: number): string {
  return `${policy.slice(0, -1)}${' '.repeat(length - policy.length)}}`;
}

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

describe('policySize counts UTF-8 bytes as an encoder does', () => {
  it.each([
    ['\u007f', 'the last one-byte code point'],
    ['\u0080', 'the first two-byte code point'],
    ['\u07ff', 'the last two-byte code point'],
    ['\u0800', 'the first three-byte code point'],
    ['\uffff', 'the last three-byte code point'],
    ['\u{10000}', 'the first four-byte code point'],
    ['\u{1f600}x', 'an emoji and a letter'],
    ['\ud800', 'a lone surrogate (encoded as U+FFFD)'],
  ])('%j: %s', (text) => {
    expect(policySize(text, 'identity', '5.0')).toEqual({
      used: utf8Bytes(text),
      limit: 6144,
      unit: 'bytes',
      overflowAt: null,
    });
  });

  it('points at the character that passes the limit, counting four-byte characters', () => {
    const text = `${'a'.repeat(6142)}\u{1f600}b`;
    expect(policySize(text, 'identity', '5.0')).toEqual({
      used: 6142 + 4 + 1,
      limit: 6144,
      unit: 'bytes',
      overflowAt: 6142,
    });
  });
});

describe('the size finding', () => {
  it('of an SCP, in characters', () => {
    const text = paddedTo('{"Version":"5.0","Statement":[]}', 5121);
    expect(findingsOf(text, 'POLICY_SIZE_EXCEEDED', { type: 'scp' })).toEqual([
      { at: '}', message: 'the policy is 5121 characters long; SCPs allow 5120', hint: SIZE_HINT },
    ]);
  });

  it('of an identity policy, in UTF-8 bytes', () => {
    const text = `{"Version":"5.0","Statement":[{"Sid":"${'é'.repeat(3100)}","Effect":"Deny","Action":["*"]}]}`;
    const [finding] = findingsOf(text, 'POLICY_SIZE_EXCEEDED');
    expect(finding?.message).toBe(
      `the policy is ${utf8Bytes(text)} bytes long; identity policies allow 6144 (UTF-8, whitespace included)`,
    );
    expect(finding?.hint).toBe(SIZE_HINT);
  });

  it('of a legacy policy, in characters', () => {
    const text = paddedTo('{"Version":"1.1","Statement":[]}', 6200);
    expect(findingsOf(text, 'POLICY_SIZE_EXCEEDED')).toEqual([
      {
        at: `${' '.repeat(6200 - 6144 - 1)}}`,
        message: 'the policy is 6200 characters long; version `1.1` policies allow 6144',
        hint: SIZE_HINT,
      },
    ]);
  });

  it('marks the rest of the line with no path', () => {
    const text = paddedTo('{"Version":"5.0","Statement":[]}', 5200);
    const issue = validatePolicy({ text, policyType: 'scp' }).issues.find(
      ({ code }) => code === 'POLICY_SIZE_EXCEEDED',
    );
    expect(issue?.range).toEqual({ offset: 5120, length: 5200 - 5120, path: [] });
  });

  it('is checked in full up to 8 times the limit, and alone past it', () => {
    const twice = '{"Sid":"a","Effect":"Deny","Action":["*"]}';
    const policy = `{"Version":"5.0","Statement":[${twice},${twice}]}`;
    const atLimit = paddedTo(policy, 8 * 5120);
    expect(codesOf(atLimit, { type: 'scp' })).toEqual(['DUPLICATE_SID', 'POLICY_SIZE_EXCEEDED']);
    expect(findingsOf(atLimit, 'POLICY_SIZE_EXCEEDED', { type: 'scp' })[0]?.message).toBe(
      'the policy is 40960 characters long; SCPs allow 5120',
    );
    const past = paddedTo(policy, 8 * 5120 + 1);
    expect(codesOf(past, { type: 'scp' })).toEqual(['POLICY_SIZE_EXCEEDED']);
    expect(findingsOf(past, 'POLICY_SIZE_EXCEEDED', { type: 'scp' })[0]?.message).toBe(
      'the policy is 40961 characters long; SCPs allow 5120; at more than 8 times that it is not checked further',
    );
  });
});

describe('the older 1.1 limits', () => {
  const allowOne = (i: number) =>
    `{"Effect":"Allow","Action":["ims:images:list"],"Condition":{"StringEquals":{"g:UserName":"u${i}"}}}`;
  const statements = (count: number) => Array.from({ length: count }, (_, i) => allowOne(i));

  it('warn at the ninth statement', () => {
    const text = `{"Version":"1.1","Statement":[${statements(9).join(',')}]}`;
    expect(findingsOf(text, 'LEGACY_LIMIT_EXCEEDED')).toEqual([
      {
        at: allowOne(8),
        message: '9 statements; older version `1.1` documentation allows 8',
        hint: LEGACY_HINT,
      },
    ]);
  });

  it('do not apply to SCPs, even of version 1.1', () => {
    const text = `{"Version":"1.1","Statement":[${statements(9).join(',')}]}`;
    expect(findingsOf(text, 'LEGACY_LIMIT_EXCEEDED', { type: 'scp' })).toEqual([]);
  });

  it('warn at the 101st action, the 11th resource and the 11th condition', () => {
    const actions = Array.from({ length: 101 }, (_, i) => `"ims:images:a${i}"`);
    const resources = Array.from({ length: 11 }, (_, i) => `"ims:*:*:image:i${i}"`);
    const keys = Array.from({ length: 11 }, (_, i) => `"g:ResourceTag/k${i}":"v"`);
    const text = legacyStatement(
      `"Effect":"Allow","Action":[${actions.join(',')}],"Resource":[${resources.join(',')}],"Condition":{"StringEquals":{${keys.join(',')}}}`,
    );
    expect(findingsOf(text, 'LEGACY_LIMIT_EXCEEDED')).toEqual([
      {
        at: '"ims:images:a100"',
        message: '101 actions in one statement; older version `1.1` documentation allows 100',
        hint: LEGACY_HINT,
      },
      {
        at: '"ims:*:*:image:i10"',
        message: '11 resources in one statement; older version `1.1` documentation allows 10',
        hint: LEGACY_HINT,
      },
      {
        at: '"g:ResourceTag/k10":"v"',
        message: '11 conditions in one statement; older version `1.1` documentation allows 10',
        hint: LEGACY_HINT,
      },
    ]);
  });

  it('warn about a resource longer than 128 characters, not one of 128', () => {
    const prefix = 'ims:*:*:image:';
    const exact = `${prefix}${'x'.repeat(128 - prefix.length)}`;
    const longer = `${exact}y`;
    const text = legacyStatement(
      `"Effect":"Allow","Action":["ims:images:get"],"Resource":["${exact}","${longer}"]`,
    );
    expect(findingsOf(text, 'LEGACY_LIMIT_EXCEEDED')).toEqual([
      {
        at: `"${longer}"`,
        message: 'resource is 129 characters long; older version `1.1` documentation allows 128',
        hint: 'shorten the resource with a wildcard',
      },
    ]);
  });
});

describe('texts too large to read', () => {
  const policyOf = (length: number, policyType: 'identity' | 'scp') =>
    validatePolicy({ text: paddedTo('{"Version":"5.0","Statement":[]}', length), policyType })
      .policy;

  it('are read up to 64 times the smallest limit of their type', () => {
    expect(policyOf(64 * 5120, 'scp')).not.toBeNull();
    expect(policyOf(64 * 5120 + 1, 'scp')).toBeNull();
    expect(policyOf(64 * 5120 + 1, 'identity')).not.toBeNull();
    expect(policyOf(64 * 6144, 'identity')).not.toBeNull();
    expect(policyOf(64 * 6144 + 1, 'identity')).toBeNull();
  });

  it('say what their type allows', () => {
    const scp = paddedTo('{}', 64 * 5120 + 1);
    expect(policyTooLarge(scp, 'scp')?.message).toBe(
      'the policy is 327681 characters long; SCPs allow 5120; at more than 64 times that it is not read',
    );
    const identity = paddedTo('{}', 64 * 6144 + 1);
    expect(policyTooLarge(identity, 'identity')?.message).toBe(
      'the policy is 393217 characters long; identity policies allow 6144 (UTF-8 bytes in version `5.0`, characters in `1.1`); at more than 64 times that it is not read',
    );
  });
});
