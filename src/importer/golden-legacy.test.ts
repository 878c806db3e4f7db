import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../catalog/index';
import type { Overrides } from './overrides';
import { FIXTURE_HASH, importTexts, onlyCatalog } from './test-support';

const FILE = 'legacy-zh-table.txt';
const text = readFileSync(new URL(`./fixtures/${FILE}`, import.meta.url), 'utf8');
const at = (line: number) => ({ file: FILE, line });
const overrides: Overrides = {
  lineCorrections: [],
  serviceNames: {
    dcs: { name: 'Demo Cloud Server', reason: 'the capture prints no English name' },
  },
};
const secondaryOnly = 'listed only next to another action in an Action cell';
const legacyAction = (name: string, description: string, line: number, notes: string[] = []) => ({
  name,
  description,
  accessLevel: null,
  resourceTypes: [],
  conditionKeys: [],
  aliases: [],
  notes,
  source: at(line),
});

const expected: ServiceCatalog = {
  schemaVersion: 1,
  id: 'dcs-1.1',
  service: 'dcs',
  serviceName: 'Demo Cloud Server',
  model: '1.1',
  coverage: 'complete',
  sources: [{ file: FILE, url: 'https://example.invalid/dcs/permissions', sha256: FIXTURE_HASH }],
  actions: [
    legacyAction('dcs:backupTags:list', '', 99, [secondaryOnly]),
    legacyAction('dcs:servers:create', '创建云服务器', 31),
    legacyAction('dcs:servers:setTags', '批量添加标签 / 批量删除标签', 54),
    legacyAction('dcs:volumeTags:list', '获取标签', 98),
    legacyAction('dcs:volumes:extend', '扩容云硬盘', 87),
    legacyAction('dcs:volumes:get', '', 88, [secondaryOnly]),
  ],
  apis: [
    {
      id: 'POST /v1/{project_id}/servers',
      method: 'POST',
      path: '/v1/{project_id}/servers',
      title: '创建云服务器',
      action: 'dcs:servers:create',
      dependencies: [
        { action: 'vpc:publicIps:create', condition: '新创建弹性公网IP' },
        { action: 'vpc:publicIps:update', condition: '绑定已有的弹性公网IP' },
      ],
      notes: ['action listed under: 新创建弹性公网IP / 绑定已有的弹性公网IP'],
      scopes: { iamProject: true, enterpriseProject: true, instance: false, tag: true },
      source: at(28),
    },
    ...['/v2/{project_id}/servers', '/v2/{project_id}/volumes_boot'].map((path, index) => ({
      id: `POST ${path}`,
      method: 'POST',
      path,
      title: '批量添加标签 / 批量删除标签',
      action: 'dcs:servers:setTags',
      dependencies: [{ action: 'dcs:servers:get' }],
      notes: [],
      scopes: { iamProject: true, enterpriseProject: false, instance: false, tag: false },
      source: at(51 + index),
    })),
    {
      id: 'POST /v2/{project_id}/volumes/{volume_id}/action',
      method: 'POST',
      path: '/v2/{project_id}/volumes/{volume_id}/action',
      title: '扩容云硬盘',
      action: 'dcs:volumes:extend',
      dependencies: [{ action: 'dcs:volumes:get' }],
      notes: ['action="os-extend"'],
      scopes: { iamProject: true, enterpriseProject: false },
      source: at(84),
    },
    {
      id: 'GET /v2/{project_id}/tags',
      method: 'GET',
      path: '/v2/{project_id}/tags',
      title: '获取标签',
      action: 'dcs:volumeTags:list',
      dependencies: [{ action: 'dcs:backupTags:list', condition: '备份' }],
      notes: ['action listed under: 云硬盘'],
      scopes: { iamProject: true, enterpriseProject: false },
      source: at(96),
    },
    {
      id: 'GET /v2/{project_id}/extensions',
      method: 'GET',
      path: '/v2/{project_id}/extensions',
      title: '查询扩展接口',
      action: '',
      dependencies: [],
      notes: [],
      scopes: { iamProject: true, enterpriseProject: false },
      source: at(107),
    },
  ],
  resourceTypes: [
    {
      name: 'instance',
      urnPatterns: ['DCS:$region:$domainId:instance:$instanceId'],
      source: at(127),
    },
  ],
  conditionKeys: [],
  warnings: [
    ...[51, 52].map((line) => ({
      code: 'UNKNOWN_DEPENDENCY',
      message: `dependency \`dcs:servers:get\` of \`POST ${line === 51 ? '/v2/{project_id}/servers' : '/v2/{project_id}/volumes_boot'}\` is not an action of this catalog`,
      subject: 'dcs:servers:get',
      source: at(line),
    })),
    {
      code: 'ACTIONS_IN_ACTION_CELL',
      message:
        "the action cell lists 2 actions; the first, `dcs:volumes:extend`, is taken as the API's action and the others as its dependencies",
      subject: 'dcs:volumes:extend',
      source: at(87),
    },
    {
      code: 'ACTIONS_IN_ACTION_CELL',
      message:
        "the action cell lists 2 actions; the first, `dcs:volumeTags:list`, is taken as the API's action and the others as its dependencies",
      subject: 'dcs:volumeTags:list',
      source: at(98),
    },
    {
      code: 'API_NO_ACTION',
      message: 'the action cell says `无` (none): the API needs no action',
      source: at(109),
    },
    {
      code: 'RESOURCE_TYPE_NAME_DERIVED',
      message:
        'resource type printed `实例相关` is named `instance` after its URN `DCS:$region:$domainId:instance:$instanceId`',
      subject: 'instance',
      source: at(127),
    },
    {
      code: 'SECTION_SKIPPED',
      message:
        'a table with columns policyName, policyContent, explanation holds example policies, not catalog data; not imported',
      source: at(133),
    },
  ],
};

describe('golden: legacy (1.1) Chinese permission tables', () => {
  const result = importTexts({ [FILE]: text }, overrides);

  it('produces exactly the expected catalog', () => {
    expect(onlyCatalog(result).catalog).toEqual(expected);
    expect(result.problems).toEqual([]);
  });

  it('counts table rows (5) apart from API lines (6)', () => {
    const built = onlyCatalog(result);
    expect(built.apiRows).toBe(5);
    expect(built.actionRows).toBe(5);
    expect(built.catalog.apis).toHaveLength(6);
  });

  it('asks for a service name when neither the capture nor the overrides give one', () => {
    expect(importTexts({ [FILE]: text }).problems).toEqual([
      'no English name for service `dcs`: add it to overrides.json serviceNames',
    ]);
  });
});
