import { describe, expect, it } from 'vitest';
import {
  csvCell,
  markdownCell,
  markdownCodeBlock,
  markdownInline,
  plainText,
} from './text-formats';

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
    expect(markdownCell('`a|b`')).toBe('`a\\|b`');
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<svg onload=alert(1)>', '&lt;svg onload=alert(1)&gt;'],
    ['a\n# Heading\r\n\n- item', 'a \\# Heading - item'],
    [
      '*bold* _it_ [link](javascript:x) ~~s~~',
      '\\*bold\\* \\_it\\_ \\[link\\](javascript:x) \\~\\~s\\~\\~',
    ],
    ['back\\slash & `code <b>` and ` stray', 'back\\\\slash &amp; `code <b>` and \\` stray'],
  ])('inline Markdown shows %j as text: %j', (value, markdown) => {
    expect(markdownInline(value)).toBe(markdown);
  });

  it('plain text drops the backticks of code spans', () => {
    expect(plainText('allowed by statement `Read` of `p`')).toBe('allowed by statement Read of p');
  });

  it('a code block fence is longer than any backtick run inside', () => {
    expect(markdownCodeBlock('{"a": "```"}', 'json')).toBe('````json\n{"a": "```"}\n````');
    expect(markdownCodeBlock('{}', 'json')).toBe('```json\n{}\n```');
  });
});
