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

  it('names nesting past the limit and a text far past the size limit', () => {
    const deep = unreadablePolicy(`{"Statement": ${'['.repeat(40)}${']'.repeat(40)}}`, 'identity');
    expect(deep?.message).toMatch(/nest/i);
    const huge = unreadablePolicy(`{"Sid": "${'x'.repeat(400_000)}"}`, 'scp');
    expect(huge?.message).toMatch(/^the policy is 400011 characters long; /);
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
