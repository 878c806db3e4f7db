import { describe, expect, it } from 'vitest';
import { compilePolicy } from './compile-policy';

const placement = { layer: 'identity', scpLevel: null, ordinal: 3 } as const;
const compile = (statements: object[]) =>
  compilePolicy(
    { id: 'p', text: JSON.stringify({ Version: '5.0', Statement: statements }) },
    placement,
  );
type Entry = ReturnType<typeof compilePolicy>['entries'][number];
const reasonOf = (entry: Entry) => (entry.kind === 'skipped' ? entry.reason : null);

describe('compilePolicy', () => {
  it.each([
    [{ Action: ['*'] }, 'the statement has no valid `Effect`'],
    [
      { Effect: 'Allow', Action: ['*'], NotAction: ['ims:*'] },
      'the statement has both `Action` and `NotAction`',
    ],
    [{ Effect: 'Allow' }, 'the statement has neither `Action` nor `NotAction`'],
    [
      { Effect: 'Allow', Action: ['*'], Resource: ['*'], NotResource: ['ims:*:*:image:*'] },
      'the statement has both `Resource` and `NotResource`',
    ],
    [{ Effect: 'Allow', Action: ['*', 7] }, '`Action` holds values of the wrong type'],
  ])('skips a statement it cannot evaluate as written, saying why: %j', (statement, reason) => {
    const policy = compile([statement]);
    expect(policy.entries.map(reasonOf)).toEqual([reason]);
    expect(policy.statements).toEqual([]);
  });

  it('names the literal reading of policy variables only where a pattern holds one', () => {
    const policy = compile([
      { Effect: 'Allow', Action: ['ims:images:get'], Resource: ['ims:*:*:image:${g:UserId}'] },
      { Effect: 'Allow', Action: ['ims:${x}:get'] },
      { Effect: 'Allow', Action: ['ims:images:get'], Resource: ['ims:*:*:image:*'] },
      { Effect: 'Allow', Action: ['ims:images:get'] },
    ]);
    expect(policy.statements.map((s) => s.staticAssumptions)).toEqual([
      ['policy-variables-literal'],
      ['policy-variables-literal'],
      [],
      [],
    ]);
  });

  it('orders statements by the policy ordinal, then the statement index', () => {
    const policy = compile([
      { Effect: 'Allow', Action: ['*'] },
      { Effect: 'Deny', Action: ['ims:*'] },
    ]);
    expect(policy.statements.map((s) => s.order)).toEqual([3 * 2 ** 32, 3 * 2 ** 32 + 1]);
  });

  it('reads a policy whose text is not a string as empty, so nothing of it is evaluated', () => {
    const policy = compilePolicy({ id: 'p', text: 42 as unknown as string }, placement);
    expect(policy.unreadable).toBe('it is not valid JSON or not an object');
    expect(policy.entries).toEqual([]);
  });
});
