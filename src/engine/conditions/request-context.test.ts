import { describe, expect, it } from 'vitest';
import { differsInTagKey, prepareContext } from './request-context';

/** The values the prepared context holds for `key`, or `undefined` when the key is absent. */
const valuesOf = (context: unknown, key: string): string[] | undefined =>
  prepareContext(context, false).entries.get(key.toLowerCase())?.values;

describe('prepareContext', () => {
  it.each([
    ['a string', 'alice', ['alice']],
    ['the empty string', '', ['']],
    ['a number', 5, ['5']],
    ['a decimal number', -2.5, ['-2.5']],
    ['a boolean', false, ['false']],
    ['a list of strings', ['env', 'owner'], ['env', 'owner']],
    ['an empty list', [], []],
    ['numbers and booleans in a list', [10, true, 'x'], ['10', 'true', 'x']],
    ['other items in a list, which are dropped', ['a', null, { b: 1 }, ['c'], 2], ['a', '2']],
  ])('reads %s as a list of strings', (_, raw, expected) => {
    expect(valuesOf({ k: raw }, 'k')).toEqual(expected);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an object', { nested: 'x' }],
  ])('treats a key whose value is %s as absent', (_, raw) => {
    expect(prepareContext({ k: raw }, false).entries.has('k')).toBe(false);
  });

  it.each([
    ['null', null],
    ['a string', 'g:UserName=alice'],
    ['a list', [['g:UserName', 'alice']]],
  ])('reads a context that is %s as empty', (_, context) => {
    expect(prepareContext(context, false).entries.size).toBe(0);
  });

  it('reads only the own keys of the context, not inherited ones', () => {
    const context: unknown = Object.assign(Object.create({ inherited: 'x' }) as object, { k: 'v' });
    expect([...prepareContext(context, false).entries.keys()]).toEqual(['k']);
  });

  it('merges keys that differ only in case, keeping the first spelling and every value', () => {
    const entry = prepareContext({ 'g:TagKeys': ['env'], 'G:TAGKEYS': 'owner' }, false).entries.get(
      'g:tagkeys',
    );
    expect(entry).toEqual({ key: 'g:TagKeys', values: ['env', 'owner'] });
  });

  it('remembers whether absent keys are unknown (partial evaluation)', () => {
    expect(prepareContext({}, true).unknownWhenAbsent).toBe(true);
    expect(prepareContext({}, false).unknownWhenAbsent).toBe(false);
  });
});

describe('differsInTagKey (request spelling, policy spelling)', () => {
  it.each([
    ['g:resourcetag/env', 'g:ResourceTag/Env', true],
    ['g:RequestTag/OWNER', 'g:RequestTag/owner', true],
    ['g:principaltag/Dept', 'g:PrincipalTag/dept', true],
    ['g:resourcetag/Env', 'g:ResourceTag/Env', false],
    ['G:REQUESTTAG/owner', 'g:RequestTag/owner', false],
    ['g:username', 'g:UserName', false],
    ['g:tagkeys', 'g:TagKeys', false],
    ['obs:prefix/Docs', 'obs:Prefix/docs', false],
  ])('`%s` against `%s`: the tag key is spelled differently is %s', (a, b, expected) => {
    expect(differsInTagKey(a, b)).toBe(expected);
  });
});
