import { describe, expect, it } from 'vitest';
import { readStatement } from './read-statement';
import { objectAt, reported } from './read-test-helper';

describe('readStatement effect', () => {
  it.each([
    ['Allow', 'Allow'],
    ['Deny', 'Deny'],
  ])('reads `%s`', (written, expected) => {
    const { context, node } = objectAt(`{"Effect":"${written}"}`, ['Statement', 1]);
    const statement = readStatement(context, node, 1, ['Statement', 1]);
    expect(statement.effect?.value).toBe(expected);
    expect(context.issues).toEqual([]);
  });

  // The value starts at offset 10, after `{"Effect":`.
  it.each([
    [
      'a lower-case word',
      'allow',
      'effect `allow` is neither `Allow` nor `Deny`',
      'did you mean `Allow`?',
    ],
    [
      'an upper-case word',
      'DENY',
      'effect `DENY` is neither `Allow` nor `Deny`',
      'did you mean `Deny`?',
    ],
    [
      'a word with spaces around it',
      ' Allow ',
      'effect ` Allow ` is neither `Allow` nor `Deny`',
      'did you mean `Allow`?',
    ],
    [
      'another word',
      'Permit',
      'effect `Permit` is neither `Allow` nor `Deny`',
      'use `Allow` or `Deny`',
    ],
  ])('rejects %s and says what to write instead', (_name, written, message, hint) => {
    const { context, node } = objectAt(`{"Effect":"${written}"}`, ['Statement', 1]);
    expect(readStatement(context, node, 1, ['Statement', 1]).effect).toBeNull();
    expect(reported(context.issues)).toEqual([
      {
        code: 'INVALID_EFFECT',
        message,
        hint,
        range: { offset: 10, length: written.length + 2, path: ['Statement', 1, 'Effect'] },
      },
    ]);
  });
});
