import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogAction, ServiceCatalog } from '../catalog/index';
import type { Overrides } from './overrides';
import { FIXTURE_HASH, importTexts, onlyCatalog } from './test-support';

const FILE = 'partial-zh.txt';
const text = readFileSync(new URL(`./fixtures/${FILE}`, import.meta.url), 'utf8');
const at = (line: number) => ({ file: FILE, line });
const overrides: Overrides = {
  lineCorrections: [],
  serviceNames: {
    dvs: { name: 'Demo Volume Service', reason: 'the capture prints no English name' },
  },
};

function action(name: string, line: number, fields: Partial<CatalogAction>): CatalogAction {
  return {
    name,
    description: '',
    accessLevel: 'write',
    resourceTypes: [{ type: 'volume', required: true }],
    conditionKeys: [],
    aliases: [],
    notes: [],
    source: at(line),
    ...fields,
  };
}

const normalised = (printed: string, level: string, line: number, subject: string) => ({
  code: 'ACCESS_LEVEL_NORMALISED',
  message: `access level printed \`${printed}\` is read as \`${level}\``,
  subject,
  source: at(line),
});

const expected: ServiceCatalog = {
  schemaVersion: 1,
  id: 'dvs-5.0',
  service: 'dvs',
  serviceName: 'Demo Volume Service',
  model: '5.0',
  coverage: 'partial',
  sources: [
    {
      file: FILE,
      url: 'https://example.invalid/dvs/permission',
      updatedOn: '2025-11-28',
      sha256: FIXTURE_HASH,
    },
  ],
  actions: [
    action('dvs:volumes:create', 24, { description: '授予创建云硬盘的权限。' }),
    action('dvs:volumes:delete', 64, { description: '授予删除云硬盘的权限。' }),
    action('dvs:volumes:get', 54, {
      description: '授予查询云硬盘的权限。',
      accessLevel: 'read',
      resourceTypes: [],
      aliases: ['dvs:volumes:show'],
    }),
    action('dvs:volumes:list', 38, {
      description: '授予查询云硬盘列表的权限。',
      accessLevel: 'list',
      conditionKeys: ['g:EnterpriseProjectId'],
    }),
  ],
  apis: [],
  resourceTypes: [],
  conditionKeys: [],
  warnings: [
    {
      code: 'CAPTURE_PARTIAL',
      message: 'the capture is partial: the captured copy holds only the opening of the page.',
      source: at(5),
    },
    {
      code: 'CAPTURE_NOTE',
      message: 'Caveat: cells may be dropped or merged; alignment within a row is not guaranteed.',
      source: at(6),
    },
    {
      code: 'RESOURCE_TYPE_UNDEFINED',
      message:
        'resource type `volume` (first used by `dvs:volumes:create`) has no URN pattern in the captured pages',
      subject: 'volume',
      source: at(24),
    },
    normalised('Write', 'write', 28, 'dvs:volumes:create'),
    {
      code: 'EXTRA_CELL',
      message:
        'row `dvs:volumes:create` has more cells than the table has columns; the extra empty cells were ignored',
      subject: 'dvs:volumes:create',
      source: at(36),
    },
    normalised('List', 'list', 42, 'dvs:volumes:list'),
    {
      code: 'SPLIT_ROW',
      message: 'row `dvs:volumes:list` continues in a sub-row; its values were merged into the row',
      subject: 'dvs:volumes:list',
      source: at(50),
    },
    normalised('Read', 'read', 58, 'dvs:volumes:get'),
    {
      code: 'MISSING_CELL',
      message: 'row `dvs:volumes:get` has no condition cell; the next cell holds alias values',
      subject: 'dvs:volumes:get',
      source: at(62),
    },
    {
      code: 'TRUNCATED_ROW',
      message:
        'row `dvs:volumes:delete` is cut off by the end of the capture; missing: condition, alias',
      subject: 'dvs:volumes:delete',
      source: at(64),
    },
    normalised('Write', 'write', 68, 'dvs:volumes:delete'),
    {
      code: 'CAPTURE_CUT',
      message: 'the captured copy ends here: the next cell is cut off',
      source: at(72),
    },
  ],
};

describe('golden: a partial capture with dropped, extra and split cells', () => {
  it('produces exactly the expected catalog, marked partial', () => {
    expect(onlyCatalog(importTexts({ [FILE]: text }, overrides)).catalog).toEqual(expected);
  });
});

describe('legacy tables whose API column gives API names (OBS)', () => {
  const NAMES = 'legacy-api-names.txt';
  const names = readFileSync(new URL(`./fixtures/${NAMES}`, import.meta.url), 'utf8');
  const withSplit: Overrides = {
    lineCorrections: [
      {
        file: NAMES,
        find: '设置桶的CORS配置删除桶的CORS配置',
        replace: ['设置桶的CORS配置', '删除桶的CORS配置'],
        reason: 'two API names run together',
      },
    ],
    serviceNames: { dos: { name: 'Demo Object Service', reason: 'none printed' } },
  };

  it('keeps each API name as a method-less API of its row', () => {
    const { catalog } = onlyCatalog(importTexts({ [NAMES]: names }, withSplit));
    expect(catalog.apis.map((api) => [api.id, api.method, api.action])).toEqual([
      ['获取桶列表', null, 'dos:bucket:ListAllMyBuckets'],
      ['设置桶的CORS配置', null, 'dos:bucket:PutBucketCORS'],
      ['删除桶的CORS配置', null, 'dos:bucket:PutBucketCORS'],
      ['列举桶内对象', null, 'dos:bucket:ListBucket'],
      ['列举桶内对象#2', null, 'dos:bucket:ListBucketVersions'],
    ]);
    expect(catalog.apis[1]?.scopes).toEqual({ iamProject: true, enterpriseProject: false });
    expect(catalog.warnings.map((warning) => [warning.code, warning.source.line])).toEqual([
      ['API_NAMES_NOT_PATHS', 20],
      ['OVERRIDE_APPLIED', 30],
      ['API_SHARED_BY_ACTIONS', 40],
    ]);
  });

  it('flags a cell that seems to run two API names together when no override splits it', () => {
    const { catalog } = onlyCatalog(
      importTexts({ [NAMES]: names }, { ...withSplit, lineCorrections: [] }),
    );
    expect(catalog.warnings).toContainEqual({
      code: 'SUSPECT_API_NAME',
      message:
        'API name `设置桶的CORS配置删除桶的CORS配置` may run two API names together; kept as printed',
      source: { file: NAMES, line: 30 },
    });
  });
});
