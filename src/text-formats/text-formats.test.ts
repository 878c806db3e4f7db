import { describe, expect, it } from 'vitest';
import { csvCell, markdownCell, markdownCodeBlock, plainText } from './text-formats';

describe('text formats', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['=a,b', `"'=a,b"`],
  ])('CSV cell %j is %j: quoted when needed, formulas defused', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('Markdown cells escape pipes and flatten line breaks', () => {
    expect(markdownCell('a|b\n  c')).toBe('a\\|b c');
  });

  it('plain text drops the backticks of code spans', () => {
    expect(plainText('allowed by statement `Read` of `p`')).toBe('allowed by statement Read of p');
  });

  it('a code block fence is longer than any backtick run inside', () => {
    expect(markdownCodeBlock('{"a": "```"}', 'json')).toBe('````json\n{"a": "```"}\n````');
    expect(markdownCodeBlock('{}', 'json')).toBe('```json\n{}\n```');
  });
});
