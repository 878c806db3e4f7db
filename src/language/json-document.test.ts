import { describe, expect, it } from 'vitest';
import { editableRoot } from './json-document';

describe('editableRoot', () => {
  it.each([
    ['a policy', '{"Version":"5.0","Statement":[]}'],
    ['a policy with comments, which edits keep', '{\n  // mine\n  "Version": "5.0" /* too */\n}'],
  ])('gives the tree of %s', (_name, text) => {
    expect(editableRoot(text)?.type).toBe('object');
  });

  it.each([
    ['a missing comma', '{"Version":"5.0" "Statement":[]}'],
    ['a trailing comma', '{"Version":"5.0",}'],
    ['half-typed text', '{"Version":"5.0","Statement":[{"Action":["ims:'],
    ['an array', '[{"Version":"5.0"}]'],
    ['nothing', ''],
    ['nesting past the limit', `{"a":${'['.repeat(40)}${']'.repeat(40)}}`],
  ])('refuses %s', (_name, text) => {
    expect(editableRoot(text)).toBeNull();
  });
});
