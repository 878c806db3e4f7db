import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../catalog/index';
import { FIXTURE_HASH, importTexts, onlyCatalog } from './test-support';

const FILE = 'v5-alias-table.txt';
const text = readFileSync(new URL(`./fixtures/${FILE}`, import.meta.url), 'utf8');
const at = (line: number) => ({ file: FILE, line });

const expected: ServiceCatalog = {
  schemaVersion: 1,
  id: 'dms-5.0',
  service: 'dms',
  serviceName: 'Demo Migration Service',
  model: '5.0',
  coverage: 'complete',
  sources: [{ file: FILE, updatedOn: '2025-01-02', sha256: FIXTURE_HASH }],
  actions: [
    {
      name: 'dms::getConfig',
      description: 'Grants permission to read the agent configuration.',
      accessLevel: 'read',
      resourceTypes: [],
      conditionKeys: [],
      aliases: [],
      notes: [],
      source: at(46),
    },
    {
      name: 'dms:task:list',
      description: 'Grants permission to list tasks.',
      accessLevel: 'list',
      resourceTypes: [{ type: 'task', required: false }],
      conditionKeys: ['g:EnterpriseProjectId'],
      aliases: ['dms:task:query'],
      notes: [],
      source: at(21),
    },
    {
      name: 'dms:task:update',
      description: 'Grants permission to update a task.',
      accessLevel: 'write',
      resourceTypes: [{ type: 'task', required: true }],
      conditionKeys: ['g:EnterpriseProjectId', 'g:ResourceTag/<tag-key>'],
      aliases: ['task:modify', 'dms:task:modify'],
      notes: [
        'listed twice in the source (lines 33 and 58)',
        'also described as: Grants permission to change the default task.',
      ],
      source: at(33),
    },
  ],
  apis: [
    {
      id: 'GET /v3/tasks',
      method: 'GET',
      path: '/v3/tasks',
      action: 'dms:task:list',
      dependencies: [],
      notes: [],
      source: at(80),
    },
    {
      id: 'PUT /v3/tasks/{task_id}',
      method: 'PUT',
      path: '/v3/tasks/{task_id}',
      action: 'dms:task:update',
      dependencies: [{ action: 'ecs:cloudServers:showServer' }, { action: 'dms:task:get' }],
      notes: [],
      source: at(86),
    },
    {
      id: 'GET /v3/config',
      method: 'GET',
      path: '/v3/config',
      action: 'dms::getConfig',
      dependencies: [],
      notes: [],
      source: at(93),
    },
  ],
  resourceTypes: [
    {
      name: 'Task',
      urnPatterns: ['dms::<account-id>:task:*', 'dms::<account-id>:task:<task-id>'],
      source: at(107),
    },
  ],
  conditionKeys: [],
  warnings: [
    {
      code: 'RESOURCE_TYPE_CASE_MISMATCH',
      message: 'actions use resource type `task`, the resource table writes `Task`',
      subject: 'task',
      source: at(21),
    },
    {
      code: 'ALIAS_WITHOUT_SERVICE',
      message: 'alias `task:modify` of `dms:task:update` has no service prefix; kept as printed',
      subject: 'dms:task:update',
      source: at(44),
    },
    {
      code: 'ACTION_EMPTY_RESOURCE_SEGMENT',
      message: '`dms::getConfig` has an empty resource-type segment',
      subject: 'dms::getConfig',
      source: at(46),
    },
    {
      code: 'DUPLICATE_ACTION_ROW',
      message:
        '`dms:task:update` is listed again (first at line 33); the rows are merged into one action; this row differs: condition keys [] vs [g:EnterpriseProjectId, g:ResourceTag/<tag-key>]; aliases [dms:task:modify] vs [task:modify]',
      subject: 'dms:task:update',
      source: at(58),
    },
    {
      code: 'UNKNOWN_DEPENDENCY',
      message:
        'dependency `dms:task:get` of `PUT /v3/tasks/{task_id}` is not an action of this catalog',
      subject: 'dms:task:get',
      source: at(86),
    },
  ],
};

describe('golden: a v5 actions table with an Alias column', () => {
  const result = importTexts({ [FILE]: text });
  const built = onlyCatalog(result);

  it('produces exactly the expected catalog', () => {
    expect(built.catalog).toEqual(expected);
  });

  it('counts the duplicated row as a row but not as a second action', () => {
    expect(built.actionRows).toBe(4);
    expect(built.catalog.actions).toHaveLength(3);
    expect(built.apiRows).toBe(3);
  });

  it('reports no import problems', () => {
    expect(result.problems).toEqual([]);
  });
});
