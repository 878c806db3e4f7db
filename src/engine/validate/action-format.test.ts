import { describe, expect, it } from 'vitest';
import { actionFormatProblem, coversEveryAction, hasWildcard, servicePart } from './action-format';

describe('actionFormatProblem', () => {
  it.each([
    ['', 'is empty'],
    ['ims:images:list now', 'contains `whitespace`'],
    ['ims:images:li\tst', 'contains `whitespace`'],
    ['ims:images:li$t', 'contains `$`'],
    ['ims:images:list:x', 'has more than three parts'],
    ['*:*:*:*', 'has more than three parts'],
    [':images:list', 'has no service'],
    [':*', 'has no service'],
    ['ims:images', 'has fewer than three parts'],
    ['ims', 'has fewer than three parts'],
    ['ims::list', 'has an empty part'],
    ['ims:images:', 'has an empty part'],
  ])('`%s` %s', (value, problem) => {
    expect(actionFormatProblem(value)).toBe(problem);
  });

  it.each(['ims:images:list', 'IMS:Images:List', '*', 'ims:*', 'iamToken::*', 'ims:images:g?t'])(
    '`%s` is well formed',
    (value) => {
      expect(actionFormatProblem(value)).toBeNull();
    },
  );
});

describe('servicePart', () => {
  it('is the text before the first colon, or all of it', () => {
    expect(servicePart('ims:images:list')).toBe('ims');
    expect(servicePart('ims')).toBe('ims');
    expect(servicePart(':images:list')).toBe('');
    expect(servicePart('')).toBe('');
  });
});

describe('wildcards', () => {
  it('knows the patterns that cover every action', () => {
    expect(['*', '*:*', '*:*:*', ':*'].map(coversEveryAction)).toEqual([true, true, true, true]);
    expect(['ims:*', '*:images:*', '?', ''].map(coversEveryAction)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('sees `*` and `?` anywhere', () => {
    expect(['a*', '?b', 'a:b:c'].map(hasWildcard)).toEqual([true, true, false]);
  });
});
