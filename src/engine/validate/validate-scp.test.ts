import { describe, expect, it } from 'vitest';
import { runLintCase, statement } from './lint-case';
import type { LintCase } from './lint-case';

const scpCases: LintCase[] = [
  {
    name: 'an SCP Allow with a Condition',
    type: 'scp',
    text: statement('"Effect":"Allow","Action":["*"],"Condition":{"Bool":{"g:MFAPresent":"true"}}'),
    expected: [['SCP_ALLOW_WITH_CONDITION', '"Condition"']],
  },
  {
    name: 'an identity Allow with a Condition is fine',
    text: statement('"Effect":"Allow","Action":["*"],"Condition":{"Bool":{"g:MFAPresent":"true"}}'),
    codes: ['SCP_ALLOW_WITH_CONDITION'],
    expected: [],
  },
  {
    name: 'an SCP Allow on a specific resource',
    type: 'scp',
    text: statement('"Effect":"Allow","Action":["ims:*:*"],"Resource":["ims:*:*:image:*"]'),
    expected: [['SCP_ALLOW_SPECIFIC_RESOURCE', '"ims:*:*:image:*"']],
  },
  {
    name: 'an allow-list SCP without the sign-in actions',
    type: 'scp',
    text: statement('"Effect":"Allow","Action":["ims:*:*","signin:*"]'),
    expected: [['SCP_ALLOW_LIST_WITHOUT_SIGN_IN', '"Allow"']],
  },
  {
    name: 'an allow-list SCP with the sign-in actions',
    type: 'scp',
    text: statement('"Effect":"Allow","Action":["ims:*:*","iamToken::*","signin::*"]'),
    codes: ['SCP_ALLOW_LIST_WITHOUT_SIGN_IN'],
    expected: [],
  },
  {
    name: 'a deny-list SCP is not an allow-list',
    type: 'scp',
    text: statement('"Effect":"Deny","Action":["ims:images:delete"]'),
    codes: ['SCP_ALLOW_LIST_WITHOUT_SIGN_IN'],
    expected: [],
  },
];

describe('validatePolicy: SCP rules', () => {
  it.each(scpCases)('$name', (lintCase) => {
    const { actual, expected } = runLintCase(lintCase);
    expect(actual).toEqual(expected);
  });
});
