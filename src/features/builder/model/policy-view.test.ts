import { describe, expect, it } from 'vitest';
import { FIXTURE_CATALOGS } from '../../../language/testing/fixture-catalogs';
import { readPolicyView } from './policy-view';

const read = (text: string) => readPolicyView(text, 'identity', FIXTURE_CATALOGS);

describe('the builder’s view of a policy text', () => {
  it('says where the JSON stops parsing instead of guessing', () => {
    const view = read('{"Version": "5.0", "Statement": [ {"Effect": "Allow",, } ]}');
    expect(view).toMatchObject({ kind: 'unreadable', offset: 53 });
    expect(view.kind === 'unreadable' && view.message).toMatch(/^json syntax error/);
  });

  it('asks to wrap a single statement object before editing it', () => {
    expect(
      read('{"Version":"5.0","Statement":{"Effect":"Allow","Action":["ims:images:list"]}}').kind,
    ).toBe('single-statement');
  });

  it('shows each statement’s elements, the fields it keeps as written, and its findings', () => {
    const view = read(
      JSON.stringify({
        Version: '5.0',
        Statement: [
          { Sid: 'A', Effect: 'Allow', NotAction: ['ims:images:lst'], 'x-note': 1 },
          { Effect: 'allow', Action: 'ims:images:list', Resource: 5 },
        ],
      }),
    );
    if (view.kind !== 'policy') throw new Error(view.kind);
    const [first, second] = view.statements;
    expect(first).toMatchObject({
      sid: 'A',
      effect: 'Allow',
      actions: { element: 'NotAction', entries: ['ims:images:lst'], readOnly: null },
      resources: { element: null, entries: [] },
      otherKeys: ['x-note'],
    });
    expect(first?.findings.map((f) => f.code)).toContain('UNKNOWN_ACTION');
    expect(second).toMatchObject({ effect: null, effectInvalid: true });
    expect(second?.actions.entries).toEqual(['ims:images:list']);
    expect(second?.resources.readOnly).toMatch(/^`Resource` cannot be edited here/);
  });

  it('makes a statement with a key written twice read-only', () => {
    const view = read('{"Version":"5.0","Statement":[{"Effect":"Allow","Effect":"Deny"}]}');
    expect(view.kind === 'policy' && view.statements[0]?.readOnly).toBe(
      '`Effect` is written twice in this statement; edit it in the JSON',
    );
  });
});
