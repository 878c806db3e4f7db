import { describe, expect, it } from 'vitest';
import { unreadablePolicy } from './compile-policy';
import { evaluateRequest } from './evaluate-request';

const NOT_JSON = 'it is not valid JSON or not an object';
const allowAll = '{"Version": "5.0", "Statement": [{"Effect": "Allow", "Action": ["*"]}]}';

describe('unreadablePolicy', () => {
  it('reads a valid policy, with or without statements', () => {
    expect(unreadablePolicy(allowAll, 'identity')).toBeNull();
    expect(unreadablePolicy('{}', 'scp')).toBeNull();
  });

  it.each([
    ['a value cut short', '{\n  "Statement": [\n    {"Effect": ', 34],
    ['a missing comma', '{"Version": "5.0"\n "Statement": []}', 19],
    ['a list instead of an object', '[]', 0],
    ['nothing at all', '', 0],
  ])('says why %s is not evaluated, and where it breaks', (_, text, offset) => {
    expect(unreadablePolicy(text, 'identity')).toEqual({ message: NOT_JSON, offset });
  });

  it('refuses a Version Huawei does not know, at the Version value, and reads 5.0 and 1.1', () => {
    const aws = '{\n  "Version": "2012-10-17",\n  "Statement": []\n}';
    expect(unreadablePolicy(aws, 'identity')).toEqual({
      message: 'its `Version` "2012-10-17" is neither "5.0" nor "1.1", so Huawei rejects it',
      offset: 15,
    });
    expect(unreadablePolicy('{"Version": "1.1", "Statement": []}', 'identity')).toBeNull();
    expect(unreadablePolicy('{"Version": "5.0", "Statement": []}', 'scp')).toBeNull();
  });

  it('names nesting past the limit and a text far past the size limit', () => {
    const deep = unreadablePolicy(`{"Statement": ${'['.repeat(40)}${']'.repeat(40)}}`, 'identity');
    expect(deep?.message).toMatch(/nest/i);
    const huge = unreadablePolicy(`{"Sid": "${'x'.repeat(400_000)}"}`, 'scp');
    expect(huge?.message).toMatch(/^the policy is 400011 characters long; /);
  });

  it('evaluates nothing of a policy with an unknown Version, and says why', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['*'] }],
    });
    const result = evaluateRequest({
      identityPolicies: [{ id: 'aws', text }],
      scps: [],
      request: { action: 'ecs:cloudServers:list' },
    });
    expect(result.decision).toBe('implicit-deny');
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'POLICY_UNREADABLE',
        message:
          'policy `aws` was not evaluated: its `Version` "2012-10-17" is neither "5.0" nor "1.1", so Huawei rejects it',
      }),
    ]);
  });

  it('agrees with evaluation: what it refuses is reported as not evaluated', () => {
    const text = '{"Version": "5.0", "Statement": [';
    const result = evaluateRequest({
      identityPolicies: [{ id: 'p', text }],
      scps: [],
      request: { action: 'ims:images:list' },
    });
    expect(unreadablePolicy(text, 'identity')?.message).toBe(NOT_JSON);
    expect(result.decision).not.toBe('allow');
    expect(JSON.stringify(result)).toContain(NOT_JSON);
  });
});
