import { describe, expect, it } from 'vitest';
import { runLintCase, statement } from './lint-case';

describe('runLintCase', () => {
  it('locates the expected findings by their text and keeps only the codes compared', () => {
    const text = statement('"Effect":"Allow","Action":["ims:images"],"Foo":1');
    const result = runLintCase({
      name: 'two findings, one compared',
      text,
      expected: [['INVALID_ACTION_FORMAT', '"ims:images"']],
    });
    const offset = text.indexOf('"ims:images"');
    expect(result.expected).toEqual([{ code: 'INVALID_ACTION_FORMAT', offset, length: 12 }]);
    expect(result.actual).toEqual(result.expected);
    expect(result.issues.map((issue) => issue.code)).toContain('INVALID_POLICY_ELEMENT');
  });

  it('finds the nth occurrence of the text', () => {
    const text = '{"Version":"5.0","Statement":[{"Sid":"a"},{"Sid":"a"}]}';
    const { expected } = runLintCase({
      name: 'second',
      text,
      expected: [['DUPLICATE_SID', '"a"', 1]],
    });
    expect(expected).toEqual([
      { code: 'DUPLICATE_SID', offset: text.lastIndexOf('"a"'), length: 3 },
    ]);
  });
});
