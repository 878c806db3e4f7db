import { describe, expect, it } from 'vitest';
import {
  batchLineToInput,
  computeApiMatrix,
  evaluateRequest,
  matrixRows,
  validatePolicy,
} from './index';
import { testCatalog } from './matrix/testing/test-catalog';

/**
 * The engine never throws, whatever the size: texts far past the size limits are refused before
 * they are read, with one finding, and nothing on the way spreads or recurses per statement.
 */

/** 123,437 `Allow *` statements: 4 MB, the policy that once overflowed the stack. */
const HUGE_POLICY = JSON.stringify({
  Version: '5.0',
  Statement: Array.from({ length: 123_437 }, () => ({ Effect: 'Allow', Action: ['*'] })),
});

/** A condition value nested `depth` arrays deep. */
const deeplyNested = (depth: number): string =>
  `{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["*"],"Condition":{"StringEquals":{"g:UserName":${'['.repeat(depth)}${']'.repeat(depth)}}}}]}`;

const catalogs = [
  testCatalog(
    'ims',
    '5.0',
    [{ name: 'ims:images:list' }],
    [{ id: 'ListImages', action: 'ims:images:list' }],
  ),
];
const policy = (text: string) => ({ id: 'p', name: 'p.json', text });

describe('policies too large or too deep to read', () => {
  const evaluateBoth = (text: string) =>
    evaluateRequest({
      identityPolicies: [policy(text)],
      scps: [[policy(text)]],
      request: { action: 'ims:images:list', resource: '*' },
    });
  const matrixOf = (text: string) =>
    computeApiMatrix({ identityPolicies: [policy(text)], scps: [], catalogs });

  it('123,437 statements: one size finding from validate, unread by evaluate and the matrix', () => {
    const started = performance.now();
    for (const policyType of ['identity', 'scp'] as const) {
      const { issues, policy: parsed } = validatePolicy({ text: HUGE_POLICY, policyType });
      expect(parsed).toBeNull();
      expect(issues.map((issue) => issue.code)).toEqual(['POLICY_SIZE_EXCEEDED']);
      expect(issues[0]?.message).toMatch(
        /^the policy is 4196889 characters long; (identity policies|SCPs) allow \d+.*at more than 64 times that it is not read$/,
      );
    }

    const evaluated = evaluateBoth(HUGE_POLICY);
    // The unread SCP allows nothing.
    expect(evaluated.decision).toBe('denied-by-scp');
    expect(evaluated.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(
        /^policy `p.json` was not evaluated: the policy is 4196889 characters long; identity policies allow/,
      ),
      expect.stringMatching(
        /^policy `p.json` was not evaluated: the policy is 4196889 characters long; SCPs allow/,
      ),
    ]);

    const matrix = matrixOf(HUGE_POLICY);
    expect(matrixRows(matrix, catalogs).map((row) => row.status)).toEqual(['implicit-deny']);
    expect(matrix.problems.map((problem) => problem.code)).toEqual(['POLICY_UNREADABLE']);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a value nested 100,000 deep: one depth finding from validate, unread by evaluate and the matrix', () => {
    const text = deeplyNested(100_000);
    for (const policyType of ['identity', 'scp'] as const) {
      const { issues, policy: parsed } = validatePolicy({ text, policyType });
      expect(parsed).toBeNull();
      expect(issues.map((issue) => issue.code)).toEqual(['JSON_TOO_DEEP']);
    }
    expect(evaluateBoth(text).problems.map((problem) => problem.message)).toEqual([
      'policy `p.json` was not evaluated: json nests deeper than 32 levels',
      'policy `p.json` was not evaluated: json nests deeper than 32 levels',
    ]);
    expect(matrixOf(text).problems.map((problem) => problem.code)).toEqual(['POLICY_UNREADABLE']);
  });

  it('a batch line policy nested too deep to write back as text is evaluated as unreadable', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const input = batchLineToInput({
      id: 'deep',
      identityPolicies: [{ Version: '5.0', Statement: deep }],
      scps: [],
      request: { action: 'ims:images:list' },
    });
    expect(evaluateRequest(input).problems.map((problem) => problem.code)).toEqual([
      'POLICY_UNREADABLE',
    ]);
  });

  it('a context key with 200,000 values under two spellings is merged without spreading', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => `user-${i}`);
    const evaluated = evaluateRequest({
      identityPolicies: [
        policy(
          JSON.stringify({
            Version: '5.0',
            Statement: [
              {
                Effect: 'Allow',
                Action: ['ims:*'],
                Condition: { StringEquals: { 'g:UserName': ['user-199999'] } },
              },
            ],
          }),
        ),
      ],
      scps: [],
      request: {
        action: 'ims:images:list',
        resource: '*',
        context: { 'g:UserName': values, 'G:USERNAME': values },
      },
    });
    expect(evaluated.decision).toBe('allow');
  });
});
