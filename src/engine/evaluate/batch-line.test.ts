import { describe, expect, it } from 'vitest';
import { batchLineToInput, formatStatementRef, type BatchLine } from './batch-line';

/** A batch line as read from untrusted JSON: any field may be missing or of another type. */
const line = (fields: Record<string, unknown>) => fields as unknown as BatchLine;

describe('batchLineToInput', () => {
  it('gives policies positional ids and keeps policy text as written', () => {
    const text = '{ "Version": "5.0" }';
    const input = batchLineToInput(
      line({
        id: 'l1',
        identityPolicies: [text, { Version: '5.0', Statement: [] }],
        scps: [[text], [], [text, text]],
        request: { action: 'ims:images:list' },
        options: { unknownContext: true },
      }),
    );
    expect(input).toEqual({
      identityPolicies: [
        { id: 'identity[0]', text },
        { id: 'identity[1]', text: '{\n  "Version": "5.0",\n  "Statement": []\n}' },
      ],
      scps: [
        [{ id: 'scp[0][0]', text }],
        [],
        [
          { id: 'scp[2][0]', text },
          { id: 'scp[2][1]', text },
        ],
      ],
      request: { action: 'ims:images:list' },
      options: { unknownContext: true },
    });
  });

  it('reads a document JSON cannot write (undefined, a cycle) as an empty, unreadable text', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const input = batchLineToInput(line({ identityPolicies: [undefined, cyclic], scps: [] }));
    expect(input.identityPolicies).toEqual([
      { id: 'identity[0]', text: '' },
      { id: 'identity[1]', text: '' },
    ]);
  });

  it.each([
    ['no request', {}],
    ['a null request', { request: null }],
    ['a string request', { request: 'ims:images:list' }],
  ])('tolerates %s: an empty action, no policies', (_, fields) => {
    expect(batchLineToInput(line({ identityPolicies: 'x', scps: [7, 'y'], ...fields }))).toEqual({
      identityPolicies: [],
      scps: [[], []],
      request: { action: '' },
      options: undefined,
    });
  });

  it('tolerates a line that is no object at all', () => {
    expect(batchLineToInput(null as unknown as BatchLine)).toEqual({
      identityPolicies: [],
      scps: [],
      request: { action: '' },
      options: undefined,
    });
  });
});

describe('formatStatementRef', () => {
  it('names a statement by its policy id and 0-based JSON index', () => {
    expect(formatStatementRef({ policyId: 'scp[1][0]', statementIndex: 2 } as never)).toBe(
      'scp[1][0].Statement[2]',
    );
  });
});
