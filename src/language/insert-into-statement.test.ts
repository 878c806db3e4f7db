import { describe, expect, it } from 'vitest';
import { emptyPolicyText, insertIntoStatement } from './insert-into-statement';
import type { InsertResult } from './insert-into-statement';

const policy = (statements: unknown[]) =>
  JSON.stringify({ Version: '5.0', Statement: statements }, null, 2);

function documentOf(result: InsertResult): unknown {
  if (!result.ok) throw new Error(`insertion failed: ${result.message}`);
  return JSON.parse(result.text);
}

describe('insertIntoStatement', () => {
  it('given an empty draft, when an action is added, then it writes a policy around it', () => {
    expect(
      documentOf(insertIntoStatement('', { kind: 'action', value: 'ims:images:list' })),
    ).toEqual({
      Version: '5.0',
      Statement: [{ Effect: 'Allow', Action: ['ims:images:list'] }],
    });
  });

  it('given an empty SCP, when an action is added, then the skeleton is a deny on all resources', () => {
    expect(
      documentOf(insertIntoStatement('  ', { kind: 'action', value: 'ims:images:share' }, 'scp')),
    ).toEqual({
      Version: '5.0',
      Statement: [{ Effect: 'Deny', Action: ['ims:images:share'], Resource: ['*'] }],
    });
  });

  it('appends an action to the last statement and keeps the other statements as they are', () => {
    const text = policy([
      { Effect: 'Allow', Action: ['ims:images:list'] },
      { Effect: 'Deny', Action: ['ims:images:share'] },
    ]);
    expect(
      documentOf(insertIntoStatement(text, { kind: 'action', value: 'ims:images:get' })),
    ).toEqual({
      Version: '5.0',
      Statement: [
        { Effect: 'Allow', Action: ['ims:images:list'] },
        { Effect: 'Deny', Action: ['ims:images:share', 'ims:images:get'] },
      ],
    });
  });

  it('targets the statement around the caret', () => {
    const text = policy([
      { Effect: 'Allow', Action: ['ims:images:list'] },
      { Effect: 'Deny', Action: ['ims:images:share'] },
    ]);
    const caret = text.indexOf('ims:images:list');
    const result = insertIntoStatement(
      text,
      { kind: 'action', value: 'ims:images:get' },
      'identity',
      caret,
    );
    expect(documentOf(result)).toMatchObject({
      Statement: [
        { Action: ['ims:images:list', 'ims:images:get'] },
        { Action: ['ims:images:share'] },
      ],
    });
  });

  it('leaves the text unchanged when the value is already there', () => {
    const text = policy([{ Effect: 'Allow', Action: ['ims:images:list'] }]);
    expect(insertIntoStatement(text, { kind: 'action', value: 'ims:images:list' })).toEqual({
      ok: true,
      text,
      changed: false,
    });
  });

  it('turns a bare string list into an array', () => {
    const text = policy([{ Effect: 'Allow', Action: 'ims:images:list' }]);
    expect(
      documentOf(insertIntoStatement(text, { kind: 'action', value: 'ims:images:get' })),
    ).toMatchObject({
      Statement: [{ Action: ['ims:images:list', 'ims:images:get'] }],
    });
  });

  it('adds to NotAction when the statement is written with NotAction', () => {
    const text = policy([{ Effect: 'Deny', NotAction: ['iam:*:*'] }]);
    expect(documentOf(insertIntoStatement(text, { kind: 'action', value: 'ims:*:*' }))).toEqual({
      Version: '5.0',
      Statement: [{ Effect: 'Deny', NotAction: ['iam:*:*', 'ims:*:*'] }],
    });
  });

  it('adds a resource, creating the Resource list when missing', () => {
    const text = policy([{ Effect: 'Allow', Action: ['ims:images:get'] }]);
    const urn = 'ims:*:*:image:*';
    expect(documentOf(insertIntoStatement(text, { kind: 'resource', value: urn }))).toMatchObject({
      Statement: [{ Action: ['ims:images:get'], Resource: [urn] }],
    });
  });

  it('adds a condition key with an empty value list under the given operator', () => {
    const text = policy([{ Effect: 'Allow', Action: ['ims:images:copyInRegion'] }]);
    const result = insertIntoStatement(text, {
      kind: 'conditionKey',
      value: 'ims:Encrypted',
      operator: 'Bool',
    });
    expect(documentOf(result)).toMatchObject({
      Statement: [{ Condition: { Bool: { 'ims:Encrypted': [] } } }],
    });
  });

  it('adds a condition key to an existing operator block and skips a key already present', () => {
    const text = policy([
      {
        Effect: 'Allow',
        Action: ['ims:*:*'],
        Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
      },
    ]);
    const added = insertIntoStatement(text, { kind: 'conditionKey', value: 'g:ResourceTag/team' });
    expect(documentOf(added)).toMatchObject({
      Statement: [
        {
          Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'], 'g:ResourceTag/team': [] } },
        },
      ],
    });
    const again = insertIntoStatement(text, {
      kind: 'conditionKey',
      value: 'g:EnterpriseProjectId',
      operator: 'Bool',
    });
    expect(again).toMatchObject({ ok: true, changed: false });
  });

  it('adds a statement to a policy that has none', () => {
    const text = '{\n  "Version": "5.0"\n}';
    expect(
      documentOf(insertIntoStatement(text, { kind: 'action', value: 'ims:images:list' })),
    ).toEqual({
      Version: '5.0',
      Statement: [{ Effect: 'Allow', Action: ['ims:images:list'] }],
    });
  });

  it('keeps comments and formatting outside the edited list', () => {
    const text =
      '{\n  // read only\n  "Version": "5.0",\n  "Statement": [{ "Effect": "Allow", "Action": [] }]\n}';
    const result = insertIntoStatement(text, { kind: 'action', value: 'ims:images:list' });
    expect(result.ok && result.text).toContain('// read only');
  });

  it('refuses to edit text that is not a JSON object, and says so', () => {
    for (const text of ['{ "Version": ', '[1, 2]', 'not json']) {
      expect(insertIntoStatement(text, { kind: 'action', value: 'ims:images:list' })).toEqual({
        ok: false,
        message: 'the draft is not a valid JSON object: fix it before adding to it',
      });
    }
  });

  it('refuses an empty value', () => {
    expect(
      insertIntoStatement(emptyPolicyText('identity'), { kind: 'action', value: ' ' }).ok,
    ).toBe(false);
  });
});
