import { describe, expect, it } from 'vitest';
import { readPolicyDocument } from '../engine';
import { addDependencyActions, DEPENDENCY_SID } from './add-dependencies';

const actionsOf = (text: string) =>
  readPolicyDocument(text).located.policy?.statements.map((s) => ({
    sid: s.sid?.value ?? null,
    actions: (s.action ?? []).map((a) => a.value),
  }));

describe('addDependencyActions', () => {
  const base = `{
  "Version": "5.0",
  "Statement": [
    // the user's comment stays
    { "Sid": "Upload", "Effect": "Allow", "Action": ["ims:images:upload"], "Resource": ["ims:*:*:image:*"] }
  ]
}`;

  it('adds a named statement to a 5.0 draft, keeping the rest of the text', () => {
    const result = addDependencyActions(base, ['ims:images:get', 'ims:images:update']);
    expect(result).toMatchObject({ ok: true, added: ['ims:images:get', 'ims:images:update'] });
    if (!result.ok) return;
    expect(result.text).toContain("// the user's comment stays");
    expect(actionsOf(result.text)).toEqual([
      { sid: 'Upload', actions: ['ims:images:upload'] },
      { sid: DEPENDENCY_SID, actions: ['ims:images:get', 'ims:images:update'] },
    ]);
  });

  it('adds to the existing dependency statement, skipping actions already there', () => {
    const first = addDependencyActions(base, ['ims:images:get']);
    if (!first.ok) throw new Error(first.message);
    const second = addDependencyActions(first.text, ['IMS:images:get', 'ims:images:update']);
    expect(second).toMatchObject({ ok: true, added: ['ims:images:update'] });
    if (!second.ok) return;
    expect(actionsOf(second.text)?.[1]).toEqual({
      sid: DEPENDENCY_SID,
      actions: ['ims:images:get', 'ims:images:update'],
    });
  });

  it('leaves the text alone when every action is already granted there', () => {
    const first = addDependencyActions(base, ['ims:images:get']);
    if (!first.ok) throw new Error(first.message);
    expect(addDependencyActions(first.text, ['ims:images:get'])).toEqual({
      ok: true,
      text: first.text,
      added: [],
    });
  });

  it('in a 1.1 draft (no Sid) extends the last plain Allow statement', () => {
    const legacy = JSON.stringify({
      Version: '1.1',
      Statement: [{ Effect: 'Allow', Action: ['ims:images:upload'] }],
    });
    const result = addDependencyActions(legacy, ['ims:images:get']);
    if (!result.ok) throw new Error(result.message);
    expect(actionsOf(result.text)).toEqual([
      { sid: null, actions: ['ims:images:upload', 'ims:images:get'] },
    ]);
  });

  it('never adds to a statement with conditions or narrower resources', () => {
    const legacy = JSON.stringify({
      Version: '1.1',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['ims:images:upload'],
          Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
        },
      ],
    });
    const result = addDependencyActions(legacy, ['ims:images:get']);
    if (!result.ok) throw new Error(result.message);
    expect(actionsOf(result.text)).toEqual([
      { sid: null, actions: ['ims:images:upload'] },
      { sid: null, actions: ['ims:images:get'] },
    ]);
  });

  it('creates the Statement list when there is none', () => {
    const result = addDependencyActions('{ "Version": "5.0" }', ['ims:images:get']);
    if (!result.ok) throw new Error(result.message);
    expect(actionsOf(result.text)).toEqual([{ sid: DEPENDENCY_SID, actions: ['ims:images:get'] }]);
  });

  it('refuses text it cannot edit safely, leaving it unchanged', () => {
    expect(addDependencyActions('{ "Version": "5.0", ', ['a:b:c'])).toMatchObject({ ok: false });
    expect(addDependencyActions('{ "Statement": {} }', ['a:b:c'])).toEqual({
      ok: false,
      message: '`Statement` is not a list: make it one before adding to it',
    });
  });
});
