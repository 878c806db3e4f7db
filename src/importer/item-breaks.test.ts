import { describe, expect, it } from 'vitest';
import { applyItemBreaks } from './item-breaks';
import { createParseContext } from './parse-context';
import { toNumberedLines } from './source-lines';

const TABLE = [
  '权限',
  '',
  '对应API接口',
  '',
  '授权项（Action）',
  '',
  '上传镜像',
  '',
  'PUT /v2/images/{image_id}/file注册前请确保已拥有权限。',
  '',
  'ims:images:getims:images:update',
  '',
  '√',
];

const BREAKS = [
  '',
  '==========',
  'Item breaks (previous version): a.md',
  '==========',
  '',
  '上传镜像',
  '',
  '对应API接口',
  '',
  '  • PUT /v2/images/{image_id}/file',
  '  • 说明：',
  '  • 注册前请确保已拥有权限。',
  '',
  '上传镜像',
  '',
  '授权项（Action）',
  '',
  '  • ims:images:get',
  '  • ims:images:update',
];

function texts(lines: ReturnType<typeof applyItemBreaks>): string[] {
  return lines.flatMap((line) => (line ? [line.text] : []));
}

describe('applyItemBreaks', () => {
  it('splits each run-together cell into the items of the previous version and drops the section', () => {
    const ctx = createParseContext('ims.txt');
    const lines = applyItemBreaks(toNumberedLines([...TABLE, ...BREAKS].join('\n')), ctx);
    expect(texts(lines)).toEqual([
      '权限',
      '对应API接口',
      '授权项（Action）',
      '上传镜像',
      'PUT /v2/images/{image_id}/file',
      '注册前请确保已拥有权限。',
      'ims:images:get',
      'ims:images:update',
      '√',
    ]);
    expect(ctx.warnings.map((warning) => [warning.code, warning.source.line])).toEqual([
      ['RUN_TOGETHER_CELL', 9],
      ['RUN_TOGETHER_CELL', 11],
    ]);
  });

  it('reports item breaks that match no printed cell instead of applying them elsewhere', () => {
    const ctx = createParseContext('ims.txt');
    const changed = TABLE.map((line) => (line.startsWith('ims:') ? 'ims:images:get' : line));
    const lines = applyItemBreaks(toNumberedLines([...changed, ...BREAKS].join('\n')), ctx);
    expect(texts(lines)).toContain('ims:images:get');
    expect(ctx.warnings.map((warning) => warning.code)).toEqual([
      'ITEM_BREAK_UNUSED',
      'RUN_TOGETHER_CELL',
    ]);
  });

  it('leaves a capture without the section unchanged', () => {
    const ctx = createParseContext('x.txt');
    const input = toNumberedLines(TABLE.join('\n'));
    expect(applyItemBreaks(input, ctx)).toEqual(input);
    expect(ctx.warnings).toEqual([]);
  });
});
