import { parseTree } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { describeJsonType, readMembers, reportTypeMismatch } from './json-node';
import type { ReadContext } from './json-node';
import { reported } from './read-test-helper';

function nodeOf(json: string): Node {
  const node = parseTree(json);
  if (node === undefined) throw new Error(`not JSON: ${json}`);
  return node;
}

describe('describeJsonType', () => {
  it.each([
    ['{"a":1}', 'an object'],
    ['[1]', 'an array'],
    ['"x"', 'a string'],
    ['1.5', 'a number'],
    ['false', 'a boolean'],
    ['null', 'null'],
  ])('names %s as %s in messages', (json, expected) => {
    expect(describeJsonType(nodeOf(json))).toBe(expected);
  });
});

describe('reportTypeMismatch', () => {
  it('names the element, what it must be and what it is, at the value', () => {
    const text = '[true]';
    const context: ReadContext = { text, issues: [] };
    const value = nodeOf(text).children?.[0];
    if (value === undefined) throw new Error('no element');
    reportTypeMismatch(context, 'Sid', 'a string', value, ['Statement', 0, 'Sid'], 'quote it');
    expect(context.issues).toEqual([
      {
        code: 'DATA_TYPE_MISMATCH',
        severity: 'ERROR',
        message: '`Sid` must be a string, not a boolean',
        hint: 'quote it',
        range: { offset: 1, length: 4, path: ['Statement', 0, 'Sid'] },
      },
    ]);
  });
});

describe('readMembers', () => {
  it('keeps every pair in order, the last duplicate by name, and reports the later key', () => {
    const text = '{"Effect":"Allow","Action":[],"Effect":"Deny"}';
    const context: ReadContext = { text, issues: [] };
    const { all, byName } = readMembers(context, nodeOf(text), ['Statement', 2]);
    expect(all.map((member) => member.name)).toEqual(['Effect', 'Action', 'Effect']);
    expect(byName.get('Effect')?.key.range).toEqual({
      offset: 30,
      length: 8,
      path: ['Statement', 2, 'Effect'],
    });
    expect(byName.get('Effect')?.range).toEqual({
      offset: 30,
      length: 15,
      path: ['Statement', 2, 'Effect'],
    });
    expect(reported(context.issues)).toEqual([
      {
        code: 'DUPLICATE_KEY',
        message: 'duplicate key `Effect`; the last one is used',
        hint: 'remove or merge the duplicate',
        range: { offset: 30, length: 8, path: ['Statement', 2, 'Effect'] },
      },
    ]);
  });

  // jsonc-parser always gives a property a string key; the Node type allows less, and a reader
  // must not throw on it.
  const at = { offset: 0, length: 1 };
  it.each<[string, Node]>([
    ['an object node without children', { type: 'object', ...at }],
    [
      'a property without key or value',
      { type: 'object', ...at, children: [{ type: 'property', ...at }] },
    ],
    [
      'a property whose key is a number',
      {
        type: 'object',
        ...at,
        children: [{ type: 'property', ...at, children: [{ type: 'number', value: 1, ...at }] }],
      },
    ],
    [
      'a property whose string key has no value',
      {
        type: 'object',
        ...at,
        children: [{ type: 'property', ...at, children: [{ type: 'string', ...at }] }],
      },
    ],
  ])('reads no member from %s', (_name, node) => {
    const context: ReadContext = { text: '{}', issues: [] };
    const { all, byName } = readMembers(context, node, []);
    expect(all).toEqual([]);
    expect(byName.size).toBe(0);
    expect(context.issues).toEqual([]);
  });
});
