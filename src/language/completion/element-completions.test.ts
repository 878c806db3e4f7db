import { describe, expect, it } from 'vitest';
import type { PolicyType } from '../../engine';
import { applyCompletion, at, caretStops, pick } from '../testing/cursor-fixture';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs';
import { complete } from './complete';

function labels(fixture: string, policyType: PolicyType = 'identity'): string[] {
  const { text, offset } = at(fixture);
  return complete(text, offset, { policyType, catalogs: FIXTURE_CATALOGS }).map((i) => i.label);
}

function accept(fixture: string, label: string, policyType: PolicyType = 'identity'): string {
  const { text, offset } = at(fixture);
  const items = complete(text, offset, { policyType, catalogs: FIXTURE_CATALOGS });
  return applyCompletion(text, pick(items, label));
}

/** Where the caret goes after accepting `label`: each tab stop, then where the snippet ends. */
function carets(fixture: string, label: string, policyType: PolicyType = 'identity'): string[] {
  const { text, offset } = at(fixture);
  const items = complete(text, offset, { policyType, catalogs: FIXTURE_CATALOGS });
  return caretStops(text, pick(items, label));
}

describe('keys of the policy object', () => {
  it('offers Version and Statement in an empty policy', () => {
    expect(labels('{|}')).toEqual(['Version', 'Statement']);
  });

  it('leaves out the keys already written', () => {
    expect(labels('{"Version": "5.0", |}')).toEqual(['Statement']);
  });

  it('writes the key with its value when no colon follows', () => {
    expect(accept('{"Statement": [], |}', 'Version', 'scp')).toBe(
      '{"Statement": [], "Version": "5.0"}',
    );
    expect(accept('{"Statement": [], |}', 'Version')).toBe('{"Statement": [], "Version": "5.0"}');
  });

  it('completes inside a key being typed, and only the name when the colon is there', () => {
    expect(accept('{"Ver|"}', 'Version', 'scp')).toBe('{"Version": "5.0"}');
    expect(accept('{"Ver|": "5.0"}', 'Version')).toBe('{"Version": "5.0"}');
  });

  it('leaves the caret after the value of an accepted Version', () => {
    expect(carets('{|}', 'Version')).toEqual(['{"Version": "5.0"|}']);
    expect(carets('{|}', 'Version', 'scp')).toEqual(['{"Version": "5.0"|}']);
  });

  it('ends the Statement snippet in the Action slot, so typing there is completed', () => {
    expect(carets('{"Version": "5.0", |}', 'Statement')).toEqual([
      '{"Version": "5.0", "Statement": [\n\t{\n\t\t"Effect": "Allow|",\n\t\t"Action": [""]\n\t}\n]}',
      '{"Version": "5.0", "Statement": [\n\t{\n\t\t"Effect": "Allow",\n\t\t"Action": ["|"]\n\t}\n]}',
    ]);
  });

  it('completes a key typed without quotes', () => {
    expect(accept('{"Version": "5.0", Sta|}', 'Statement')).toBe(
      '{"Version": "5.0", "Statement": [\n\t{\n\t\t"Effect": "Allow",\n\t\t"Action": [""]\n\t}\n]}',
    );
  });
});

describe('keys of a statement', () => {
  it('offers the 5.0 elements not yet written, never both Action and NotAction', () => {
    expect(labels('{"Version":"5.0","Statement":[{"Effect":"Allow","Action":[], |}]}')).toEqual([
      'Sid',
      'Resource',
      'NotResource',
      'Condition',
    ]);
  });

  it('offers only the 1.1 elements in a legacy policy', () => {
    expect(labels('{"Version":"1.1","Statement":[{|}]}')).toEqual([
      'Effect',
      'Action',
      'Resource',
      'Condition',
    ]);
  });

  it('does not offer Condition in an SCP Allow statement', () => {
    expect(labels('{"Version":"5.0","Statement":[{"Effect":"Allow", |}]}', 'scp')).not.toContain(
      'Condition',
    );
    expect(labels('{"Version":"5.0","Statement":[{"Effect":"Deny", |}]}', 'scp')).toContain(
      'Condition',
    );
  });

  it('works when Statement is a single object', () => {
    expect(labels('{"Statement":{"Effect":"Deny", "|"}}')).toContain('Action');
  });

  it('inserts an action list and asks for completions again', () => {
    const { text, offset } = at('{"Statement":[{"Effect":"Allow", "Ac|"}]}');
    const items = complete(text, offset, { policyType: 'identity', catalogs: null });
    const action = pick(items, 'Action');
    expect(action.retrigger).toBe(true);
    expect(applyCompletion(text, action)).toBe(
      '{"Statement":[{"Effect":"Allow", "Action": [""]}]}',
    );
  });
});

describe('values of Version and Effect', () => {
  it('offers both versions for identity policies and only 5.0 for SCPs', () => {
    expect(labels('{"Version": "|"}')).toEqual(['5.0', '1.1']);
    expect(labels('{"Version": "|"}', 'scp')).toEqual(['5.0']);
  });

  it('completes after the colon without quotes', () => {
    expect(accept('{"Version": |}', '1.1')).toBe('{"Version": "1.1"}');
  });

  it('replaces a partly typed Effect, quotes included', () => {
    expect(accept('{"Statement":[{"Effect": "Al|"}]}', 'Allow')).toBe(
      '{"Statement":[{"Effect": "Allow"}]}',
    );
  });

  it('offers nothing inside a Sid, which is free text', () => {
    expect(labels('{"Statement":[{"Sid": "Read|", "Effect": "Allow"}]}')).toEqual([]);
  });

  it('offers nothing after a complete value', () => {
    expect(labels('{"Statement":[{"Effect": "Allow" |}]}')).toEqual([]);
  });

  it('offers a new statement between statements', () => {
    expect(accept('{"Statement":[|]}', 'New statement')).toBe(
      '{"Statement":[{\n\t"Effect": "Allow",\n\t"Action": [""]\n}]}',
    );
  });
});
