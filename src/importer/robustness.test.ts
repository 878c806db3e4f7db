import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateServiceCatalog } from '../catalog/index';
import { parseCapture } from './parse-capture';
import { importTexts, onlyCatalog } from './test-support';

const FILE = 'malformed.txt';
const text = readFileSync(new URL(`./fixtures/${FILE}`, import.meta.url), 'utf8');

describe('malformed input', () => {
  const { catalog } = onlyCatalog(importTexts({ [FILE]: text }));
  const found = catalog.warnings.map((warning) => [warning.code, warning.source.line]);

  it.each([
    ['an unknown access level', 'UNKNOWN_ACCESS_LEVEL', 19],
    ['a garbage line inside an action row', 'UNEXPECTED_CELL', 25],
    ['an action row cut short by the next table', 'MISSING_CELL', 27],
    ['a garbage line inside the API table', 'UNEXPECTED_CELL', 49],
    ['an action row without its API', 'ACTION_ROW_WITHOUT_API', 51],
    ['an API row truncated before its action', 'TRUNCATED_ROW', 55],
  ])('reports %s with its line', (_what, code, line) => {
    expect(found).toContainEqual([code, line]);
  });

  it('keeps every row it could read instead of dropping it', () => {
    expect(catalog.actions.map((action) => [action.name, action.accessLevel])).toEqual([
      ['bad:things:get', 'read'],
      ['bad:things:list', null],
    ]);
    expect(catalog.apis.map((api) => [api.id, api.action])).toEqual([
      ['GET /v1/things', 'bad:things:list'],
      ['GET /v1/things/{id}', ''],
    ]);
  });

  it('still yields a catalog that passes validation', () => {
    expect(validateServiceCatalog(catalog).ok).toBe(true);
  });
});

/** Lines shaped like the capture layout, so generated texts reach deep into the table parsers. */
const layoutLine = fc.oneof(
  fc.constantFrom(
    '',
    '-',
    '(empty)',
    '无',
    '√',
    '×',
    'Supported',
    'Not supported (VNC login not supported)',
    'Action',
    'Description',
    'Access Level',
    'Resource Type (*: required)',
    'Condition Key',
    'Alias',
    'API',
    'Dependencies',
    'URN',
    '权限',
    '对应的API接口',
    '授权项（Action）',
    '依赖的授权项',
    'IAM项目 (Project)',
    '资源类型',
    'Service-specific Condition Key',
    'Type',
    'Single-valued/Multivalued',
    'write',
    'Tagging',
    'image *',
    'g:EnterpriseProjectId',
    'x:Key',
    'x:items:list',
    'x::get',
    '  • x:items:get',
    '  • 创建时新建',
    'x:<region>:<account-id>:item:<id>',
    'GET /v1/items',
    '  • POST /v1/items (required only for tests)',
    'OST /v1/items',
    '[captured copy ends here]',
    '[cut off: "x:it"]',
    '[permission name not in captured copy]',
    'Table 2 Items',
    '============',
    'URI: GET /v1/items',
    'Grants permission to do things.',
    '{',
    '}',
    'X Policy Content',
    '"Version": "1.1",',
    'g:PrincipalUrn',
    '数据类型 – 字符串',
    'Operation',
  ),
  fc.string({ maxLength: 30 }),
);

describe('property: the importer never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (input) => {
        parseCapture('any.txt', input, []);
        importTexts({ 'any.txt': input });
      }),
    );
  });

  it('on text in the capture layout, and every warning points at a line of the input', () => {
    fc.assert(
      fc.property(fc.array(layoutLine, { maxLength: 80 }), (lines) => {
        const input = lines.join('\n');
        const { warnings } = parseCapture('any.txt', input, []);
        for (const warning of warnings) {
          expect(warning.source.line).toBeGreaterThanOrEqual(1);
          expect(warning.source.line).toBeLessThanOrEqual(Math.max(lines.length, 1));
        }
        for (const built of importTexts({ 'any.txt': input }).catalogs) {
          expect(validateServiceCatalog(built.catalog).ok).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
