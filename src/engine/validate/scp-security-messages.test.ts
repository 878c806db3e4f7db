import { describe, expect, it } from 'vitest';
import { statement } from './lint-case';
import { EXTRA_LOOKUP, findingsOf } from './testing/findings-of';

const scp = { type: 'scp' as const };

describe('SCP rules: messages and hints', () => {
  it('an Allow with a Condition', () => {
    const text = statement(
      '"Effect":"Allow","Action":["*"],"Condition":{"Bool":{"g:MFAPresent":"true"}}',
    );
    expect(findingsOf(text, 'SCP_ALLOW_WITH_CONDITION', scp)).toEqual([
      {
        at: '"Condition"',
        message: 'an SCP `Allow` statement cannot have a `Condition`',
        hint: 'move the condition to a `Deny` statement with the opposite operator',
      },
    ]);
  });

  it('an Allow on specific resources, next to `*`', () => {
    const text = statement('"Effect":"Allow","Action":["*"],"Resource":["*","ims:*:*:image:*"]');
    expect(findingsOf(text, 'SCP_ALLOW_SPECIFIC_RESOURCE', scp)).toEqual([
      {
        at: '"ims:*:*:image:*"',
        message:
          '`Allow` statements of SCPs are documented with `Resource` `*` only, not `ims:*:*:image:*`',
        hint: 'allow on `*` and restrict resources with a `Deny` statement',
      },
    ]);
  });

  const hint = 'if it replaces FullAccess, allow them too or users cannot sign in or get tokens';

  it('an allow-list without the sign-in actions names those missing', () => {
    expect(
      findingsOf(
        statement('"Effect":"Allow","Action":["ims:*:*"]'),
        'SCP_ALLOW_LIST_WITHOUT_SIGN_IN',
        scp,
      ),
    ).toEqual([
      {
        at: '"Allow"',
        message: 'this allow-list SCP does not allow `iamToken::*` or `signin::*`',
        hint,
      },
    ]);
    expect(
      findingsOf(
        statement('"Effect":"Allow","Action":["ims:*:*","iamToken::*"]'),
        'SCP_ALLOW_LIST_WITHOUT_SIGN_IN',
        scp,
      ),
    ).toEqual([{ at: '"Allow"', message: 'this allow-list SCP does not allow `signin::*`', hint }]);
  });

  it('takes an Allow with NotAction as allowing what it does not name', () => {
    const others = statement('"Effect":"Allow","NotAction":["ims:*:*"]');
    expect(findingsOf(others, 'SCP_ALLOW_LIST_WITHOUT_SIGN_IN', scp)).toEqual([]);
    const signIn = statement('"Effect":"Allow","NotAction":["ims:*:*","SignIn:*"]');
    expect(findingsOf(signIn, 'SCP_ALLOW_LIST_WITHOUT_SIGN_IN', scp)).toEqual([
      { at: '"Allow"', message: 'this allow-list SCP does not allow `signin::*`', hint },
    ]);
    const both = statement('"Effect":"Allow","NotAction":["i*:*:*","s?gnin::login"]');
    expect(findingsOf(both, 'SCP_ALLOW_LIST_WITHOUT_SIGN_IN', scp)).toEqual([
      {
        at: '"Allow"',
        message: 'this allow-list SCP does not allow `iamToken::*` or `signin::*`',
        hint,
      },
    ]);
  });

  it('the sign-in actions may be allowed by different statements', () => {
    const text =
      '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iamToken::*"]},{"Effect":"Allow","Action":["signin:*"]}]}';
    expect(findingsOf(text, 'SCP_ALLOW_LIST_WITHOUT_SIGN_IN', scp)).toEqual([]);
  });
});

describe('security findings: messages and hints', () => {
  it('full access', () => {
    expect(findingsOf(statement('"Effect":"Allow","Action":["*:*"]'), 'FULL_ACCESS_GRANT')).toEqual(
      [
        {
          at: '"*:*"',
          message: '`*:*` on every resource grants full access to the account',
          hint: 'list the actions the principal needs',
        },
      ],
    );
  });

  it('every action of one service, and not one action', () => {
    const text = statement('"Effect":"Allow","Action":["ims:*:*","ims:images:get"]');
    expect(findingsOf(text, 'SERVICE_WIDE_GRANT')).toEqual([
      {
        at: '"ims:*:*"',
        message: '`ims:*:*` on every resource grants every `ims` action',
        hint: 'list the actions needed, or restrict `Resource` or add a `Condition`',
      },
    ]);
  });

  it('permission management, naming the actions', () => {
    const text = statement('"Effect":"Allow","Action":["cdn:policies:*"]');
    expect(findingsOf(text, 'PERMISSION_MANAGEMENT_GRANT', { lookup: EXTRA_LOOKUP })).toEqual([
      {
        at: '"cdn:policies:*"',
        message:
          '`cdn:policies:*` grants permission management (`cdn:policies:create` and `cdn:policies:delete`) on every resource',
        hint: 'restrict `Resource` or add a `Condition`, since these actions can change who may do what',
      },
    ]);
  });

  it('Allow with NotAction or NotResource', () => {
    const text = statement(
      '"Effect":"Allow","NotAction":["iam:*:*"],"NotResource":["iam:*:*:user:*"]',
    );
    expect(findingsOf(text, 'ALLOW_WITH_NOT_ACTION')).toEqual([
      {
        at: '"NotAction"',
        message: '`Allow` with `NotAction` grants every action not listed, including new ones',
        hint: 'list the allowed actions with `Action` instead',
      },
    ]);
    expect(findingsOf(text, 'ALLOW_WITH_NOT_RESOURCE')).toEqual([
      {
        at: '"NotResource"',
        message: '`Allow` with `NotResource` grants every resource not listed, including new ones',
        hint: 'list the allowed resources with `Resource` instead',
      },
    ]);
  });
});
