import { describe, expect, it } from 'vitest';
import { readRequestContext } from './request-context';

describe('readRequestContext', () => {
  it('accepts single and multi-valued keys', () => {
    const context = { 'g:TagKeys': ['a', 'b'], 'g:MFAPresent': 'true' };
    expect(readRequestContext(context)).toEqual({ context });
  });

  it.each([[[]], [{ '': 'x' }], [{ k: 1 }], [{ k: [1] }], [{ k: 'x'.repeat(2001) }]])(
    'refuses %j',
    (value) => {
      expect(readRequestContext(value)).toHaveProperty('problem');
    },
  );
});
