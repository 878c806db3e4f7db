import { describe, expect, it } from 'vitest';
import { applyBuilderEdit } from './builder-edits';
import type { BuilderEdit } from './builder-edits';

const formatted = `{
  "Version": "5.0",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "ims:images:list"
      ],
      "x-owner": "team-a"
    },
    {
      "Effect": "Deny",
      "Action": ["ims:images:delete"]
    }
  ]
}
`;

function edited(text: string, edit: BuilderEdit): string {
  const result = applyBuilderEdit(text, edit);
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe('applyBuilderEdit', () => {
  it('appends an action on its own line, indented like the one before it', () => {
    const after = edited(formatted, {
      kind: 'edit-list',
      statement: 0,
      element: 'Action',
      remove: [],
      add: ['ims:images:get'],
    });
    expect(after).toContain(`"Action": [
        "ims:images:list",
        "ims:images:get"
      ],
      "x-owner": "team-a"`);
    expect(after.slice(after.indexOf('    {\n      "Effect": "Deny"'))).toBe(
      formatted.slice(formatted.indexOf('    {\n      "Effect": "Deny"')),
    );
  });

  it('keeps a one-line list on one line', () => {
    const after = edited(formatted, {
      kind: 'edit-list',
      statement: 1,
      element: 'Action',
      remove: [],
      add: ['ims:images:update'],
    });
    expect(after).toContain('"Action": ["ims:images:delete", "ims:images:update"]');
  });

  it('edits a policy written on one line without reformatting it', () => {
    const compact = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["a:b:c"]}]}';
    expect(
      edited(compact, {
        kind: 'edit-list',
        statement: 0,
        element: 'Action',
        remove: [],
        add: ['a:b:d'],
      }),
    ).toBe('{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["a:b:c","a:b:d"]}]}');
  });

  it('adds a new element where policies usually have it: Resource before unknown fields', () => {
    const after = edited(formatted, {
      kind: 'edit-list',
      statement: 0,
      element: 'Resource',
      remove: [],
      add: ['ims:*:*:image:*'],
    });
    expect(after).toContain(`      ],
      "Resource": [
        "ims:*:*:image:*"
      ],
      "x-owner": "team-a"`);
  });

  it('creates the condition blocks it needs and removes the ones it empties', () => {
    const withCondition = edited(formatted, {
      kind: 'set-condition',
      statement: 1,
      operator: 'Bool',
      key: 'g:MFAPresent',
      values: ['false'],
    });
    expect(JSON.parse(withCondition).Statement[1].Condition).toEqual({
      Bool: { 'g:MFAPresent': ['false'] },
    });
    const without = edited(withCondition, {
      kind: 'remove-condition',
      statement: 1,
      operator: 'Bool',
      key: 'g:MFAPresent',
    });
    expect(without).toBe(formatted);
  });

  it('moves, duplicates and deletes whole statements', () => {
    const moved = edited(formatted, { kind: 'move-statement', statement: 1, direction: -1 });
    expect(JSON.parse(moved).Statement.map((s: { Effect: string }) => s.Effect)).toEqual([
      'Deny',
      'Allow',
    ]);
    const copied = edited(formatted, { kind: 'duplicate-statement', statement: 0 });
    expect(JSON.parse(copied).Statement).toHaveLength(3);
    expect(JSON.parse(copied).Statement[1]['x-owner']).toBe('team-a');
    const deleted = edited(formatted, { kind: 'delete-statement', statement: 0 });
    expect(deleted).toBe(`{
  "Version": "5.0",
  "Statement": [
    {
      "Effect": "Deny",
      "Action": ["ims:images:delete"]
    }
  ]
}
`);
  });

  it('refuses to guess when an element is written twice', () => {
    const twice = '{"Version":"5.0","Statement":[{"Effect":"Allow","Effect":"Deny"}]}';
    expect(applyBuilderEdit(twice, { kind: 'set-effect', statement: 0, effect: 'Allow' })).toEqual({
      ok: false,
      message: '`Effect` is written twice; edit it in the JSON',
    });
  });

  it('wraps a single statement object in an array', () => {
    const single = '{"Version":"5.0","Statement":{"Effect":"Allow","Action":["a:b:c"]}}';
    expect(edited(single, { kind: 'wrap-statement' })).toBe(
      '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["a:b:c"]}]}',
    );
  });
});
