/**
 * The expected results for the real documentation captures (issue 2 §3). They live outside the
 * repository, in `../shared`; without them these tests are skipped and say so in their title.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  CatalogIndex,
  GlobalConditionKeysFile,
  ServiceCatalog,
  SystemPoliciesFile,
} from '../catalog/index';
import { generateCatalogFiles, REPO_ROOT } from './cli';

const SHARED = join(REPO_ROOT, '../shared');
const hasShared = existsSync(join(SHARED, 'seeds'));
const title = hasShared
  ? 'import of the seed captures in ../shared'
  : 'import of the seed captures — SKIPPED: ../shared/seeds (the documentation captures) is not present next to the repository';

describe.skipIf(!hasShared)(title, () => {
  const generated = hasShared ? generateCatalogFiles(SHARED, join(REPO_ROOT, 'catalogs')) : null;
  const file = <T>(name: string): T => JSON.parse(generated?.files.get(name) ?? 'null') as T;
  const catalog = (id: string) => file<ServiceCatalog>(`${id}.json`);
  const index = () => file<CatalogIndex>('index.json');
  const counts = (id: string) => index().catalogs.find((entry) => entry.id === id)?.counts;
  const codes = (id: string) =>
    catalog(id).warnings.map((warning) => [warning.code, warning.subject]);

  it('reports no import problems', () => {
    expect(generated?.problems).toEqual([]);
  });

  it('SMS: 44 action rows, 43 distinct actions, 43 APIs, region-less URNs, no service keys', () => {
    expect(counts('sms-5.0')).toMatchObject({
      actionRows: 44,
      actions: 43,
      apis: 43,
      apiRows: 43,
      conditionKeys: 0,
    });
    const sms = catalog('sms-5.0');
    expect(sms.resourceTypes.map((type) => type.name)).toEqual([
      'migproject',
      'server',
      'task',
      'template',
    ]);
    expect(sms.resourceTypes.flatMap((type) => type.urnPatterns)).toContain(
      'sms::<account-id>:server:*',
    );
    for (const urn of sms.resourceTypes.flatMap((type) => type.urnPatterns))
      expect(urn).toMatch(/^sms::<account-id>:/);
    expect(codes('sms-5.0')).toEqual(
      expect.arrayContaining([
        ['DUPLICATE_ACTION_ROW', 'sms:migproject:update'],
        ['ACTION_EMPTY_RESOURCE_SEGMENT', 'sms::getConfig'],
        ['ALIAS_WITHOUT_SERVICE', 'sms:server:listErrors'],
        ['OVERRIDE_APPLIED', 'task'],
      ]),
    );
  });

  it('BMS: 26 actions, 26 APIs, 4 service condition keys, the FlavorId correction recorded', () => {
    expect(counts('bms-5.0')).toMatchObject({ actions: 26, apis: 26, conditionKeys: 4 });
    const bms = catalog('bms-5.0');
    expect(bms.conditionKeys.map((key) => key.name)).toEqual([
      'bms:FlavorId',
      'bms:KmsKeyId',
      'bms:VpcId',
      'bms:VpcSubnetId',
    ]);
    expect(codes('bms-5.0')).toEqual(
      expect.arrayContaining([
        ['OVERRIDE_APPLIED', 'bms:FlavorId'],
        ['API_SHARED_BY_ACTIONS', 'POST /v1/{project_id}/baremetalservers/action'],
        ['SUSPECT_RESOURCE_SEGMENT', 'bms:server:deleteNics'],
        ['SUSPECT_RESOURCE_SEGMENT', 'bms:server:updateInterface'],
      ]),
    );
  });

  it('IMS: 26 actions with permission_management and tagging access levels', () => {
    const ims = catalog('ims-5.0');
    expect(ims.actions).toHaveLength(26);
    const levels = new Set(ims.actions.map((action) => action.accessLevel));
    expect(levels).toEqual(new Set(['list', 'read', 'write', 'permission_management', 'tagging']));
  });

  it('IMS: every API line of Table 2 is an API mapped to its action', () => {
    const text = readFileSync(join(SHARED, 'seeds', '002_ace621d1887d8fc7.txt'), 'utf8').split(
      '\n',
    );
    const start = text.findIndex((line) => line.startsWith('Table 2 '));
    const end = text.findIndex((line, at) => at > start && line === 'Resources');
    const apiLines = text
      .map((line, at) => ({ line: at + 1, text: line.replace(/^\s*•\s*/, '') }))
      .filter(
        ({ line, text: content }) => line > start && line < end && /^[A-Z]+ \//.test(content),
      );
    expect(apiLines).toHaveLength(33);
    const ims = catalog('ims-5.0');
    const names = new Set(ims.actions.map((action) => action.name));
    expect(ims.apis.map((api) => api.source.line)).toEqual(apiLines.map(({ line }) => line));
    for (const api of ims.apis) expect(names.has(api.action)).toBe(true);
    const actionAt = (line: number) => ims.apis.find((api) => api.source.line === line)?.action;
    expect([375, 377].map(actionAt)).toEqual(['ims:images:upload', 'ims:images:upload']);
    expect([396, 397].map(actionAt)).toEqual(['ims:dataImages:create', 'ims:dataImages:create']);
    expect([403, 404, 405, 406].map(actionAt)).toEqual(Array(4).fill('ims:serverImages:create'));
    expect([462, 463].map(actionAt)).toEqual([
      'ims:images:updateMemberStatus',
      'ims:images:updateMemberStatus',
    ]);
    expect(ims.apis.find((api) => api.source.line === 405)?.method).toBe('POST');
    expect(codes('ims-5.0')).toEqual(
      expect.arrayContaining([
        [
          'OVERRIDE_APPLIED',
          'POST /v2/cloudimages/quickimport/action (required only for quickly importing a system disk image)',
        ],
        ['UNKNOWN_DEPENDENCY', 'ims:images:update'],
        ['UNKNOWN_DEPENDENCY', 'ims:images:deleteTags'],
      ]),
    );
  });

  it.each([
    ['ecs-1.1', 125, 83],
    ['evs-1.1', 66, 28],
    ['vpc-1.1', 95, 61],
    ['obs-1.1', 65, 65],
  ])(
    'legacy %s: %i API rows and %i distinct actions, as seeds-extra/INDEX.md states',
    (id, rows, actions) => {
      expect(counts(id)).toMatchObject({ apiRows: rows, actions });
      expect(catalog(id).model).toBe('1.1');
      expect(catalog(id).actions.every((action) => action.accessLevel === null)).toBe(true);
    },
  );

  it('keeps the conditional dependency of ECS server creation with its condition', () => {
    const create = catalog('ecs-1.1').apis.find(
      (api) => api.id === 'POST /v1.1/{project_id}/cloudservers',
    );
    expect(create?.dependencies).toEqual([
      { action: 'vpc:publicIps:create', condition: '创建云服务器时新创建弹性公网IP' },
      { action: 'vpc:publicIps:update', condition: '创建云服务器时绑定已有的弹性公网IP' },
    ]);
    expect(create?.scopes).toEqual({
      iamProject: true,
      enterpriseProject: true,
      instance: false,
      tag: true,
    });
  });

  it.each(['ecs-5.0', 'evs-5.0', 'vpc-5.0', 'obs-5.0'])(
    '%s is built from partial captures and marked partial',
    (id) => {
      expect(catalog(id).coverage).toBe('partial');
      expect(codes(id).map(([code]) => code)).toContain('CAPTURE_PARTIAL');
    },
  );

  it('system policies: the four ECS documents, the modelled SCP, and their quirks', () => {
    const policies = file<SystemPoliciesFile>('system-policies.json');
    expect(
      policies.policies.map((policy) => [policy.name, policy.kind, policy.provenance]),
    ).toEqual([
      ['ECS CommonOperations', 'policy', 'documented'],
      ['ECS FullAccess', 'policy', 'documented'],
      ['ECS ReadOnlyAccess', 'policy', 'documented'],
      ['FullAccess', 'scp', 'modelled'],
      ['Server Administrator', 'role', 'documented'],
    ]);
    const warnings = policies.policies.flatMap((policy) =>
      (policy.warnings ?? []).map((warning) => [warning.code, warning.subject]),
    );
    expect(warnings).toEqual(
      expect.arrayContaining([
        ['SUSPECT_RESOURCE_SEGMENT', 'ecs:cloudServerFpgaImags:unrelate'],
        ['ACTION_NOT_IN_CATALOG', 'ecs:blockDevice:use'],
      ]),
    );
    // The ECS system policies grant 1.1 IMS actions; with the IMS 1.1 capture imported they are
    // checked against real IMS 1.1 actions, so they are no longer reported as unknown.
    expect(warnings?.map(([, subject]) => subject)).not.toContain('ims:images:delete');
    expect(catalog('ims-1.1').actions.map((action) => action.name)).toEqual(
      expect.arrayContaining(['ims:images:delete', 'ims:images:update']),
    );
  });

  it("IMS 1.1: 43 APIs and 13 actions; run-together cells split by the capture's item breaks", () => {
    const ims = catalog('ims-1.1');
    expect(ims.apis).toHaveLength(43);
    expect(ims.actions).toHaveLength(13);
    const upload = ims.apis.find((api) => api.id === 'PUT /v2/images/{image_id}/file');
    expect(upload).toMatchObject({
      action: 'ims:images:get',
      dependencies: [{ action: 'ims:images:update' }, { action: 'ims:images:upload' }],
    });
    const update = ims.apis.find((api) => api.id === 'PATCH /v2/cloudimages/{image_id}');
    expect(update?.dependencies).toEqual([
      { action: 'ims:serverImages:create', condition: '仅企业项目迁移需要' },
    ]);
    const create = ims.apis.find((api) => api.id === 'POST /v2/cloudimages/action');
    expect(create?.notes).toEqual([
      '外部文件制作镜像前请确保用户已拥有对象存储服务的Tenant Administrator权限。',
    ]);
    expect(ims.apis.filter((api) => api.action === '')).toHaveLength(5);
    expect(codes('ims-1.1').filter(([code]) => code === 'RUN_TOGETHER_CELL')).toHaveLength(18);
    expect(ims.apis.find((api) => api.id === 'GET /v2/images')?.scopes).toEqual({
      iamProject: true,
      enterpriseProject: false,
    });
  });

  it('BMS 1.1: 19 APIs, 15 actions, the dependency column of 磁盘管理 and the corrected path', () => {
    const bms = catalog('bms-1.1');
    expect(bms.apis).toHaveLength(19);
    expect(bms.actions).toHaveLength(15);
    expect(bms.apis[0]?.id).toBe('POST /v1/{project_id}/baremetalservers');
    expect(bms.apis.find((api) => api.action === 'bms:servers:attachVolume')?.dependencies).toEqual(
      [{ action: 'evs:volumes:use' }],
    );
    expect(codes('bms-1.1').map(([code]) => code)).toContain('OVERRIDE_APPLIED');
  });

  it('ECS 5.0: one row per API (copies merged, with a warning), 7 aliases, tag keys not read as aliases', () => {
    const ecs = catalog('ecs-5.0');
    expect(ecs.apis).toHaveLength(73);
    expect(new Set(ecs.apis.map((api) => `${api.method} ${api.path} ${api.action}`)).size).toBe(73);
    expect(new Set(ecs.actions.flatMap((action) => action.aliases)).size).toBe(7);
    const tags = ecs.actions.find(
      (action) => action.name === 'ecs:cloudServers:batchCreateServerTags',
    );
    expect(tags?.aliases).toEqual(['ecs:cloudServers:put', 'ecs:cloudServers:batchSetServerTags']);
    expect(tags?.conditionKeys).toEqual(
      expect.arrayContaining(['g:RequestTag/<tag-key>', 'g:TagKeys']),
    );
    const merged = codes('ecs-5.0').filter(([code]) => code === 'API_COPIES_MERGED');
    expect(merged.map(([, subject]) => subject)).toContain(
      'POST /v1/{project_id}/cloudservers/delete',
    );
    const start = ecs.apis.filter((api) => api.action === 'ecs:cloudServers:start');
    expect(start).toHaveLength(1);
  });

  it('global keys: hand-kept, with the three keys of the captured page merged', () => {
    const keys = file<GlobalConditionKeysFile>('global-condition-keys.json');
    expect(keys.handKept).toBe(true);
    for (const name of ['g:PrincipalUrn', 'g:PrincipalAccount', 'g:PrincipalOrgPath']) {
      const key = keys.keys.find((candidate) => candidate.name === name);
      expect(
        key?.sources.some((source) => source.startsWith('global-condition-keys-zh-partial.txt:')),
      ).toBe(true);
      expect(key).toMatchObject({ type: 'string', multiValued: false, confidence: 'H' });
    }
    expect(keys.warnings?.map((warning) => warning.code)).toEqual(
      expect.arrayContaining(['CAPTURE_PARTIAL', 'CAPTURE_CUT', 'GLOBAL_KEY_UPDATED']),
    );
  });

  it('index: thirteen catalogs, dated sources with hashes, and the capture it could not use', () => {
    expect(index().catalogs.map((entry) => entry.id)).toEqual([
      'bms-1.1',
      'bms-5.0',
      'ecs-1.1',
      'ecs-5.0',
      'evs-1.1',
      'evs-5.0',
      'ims-1.1',
      'ims-5.0',
      'obs-1.1',
      'obs-5.0',
      'sms-5.0',
      'vpc-1.1',
      'vpc-5.0',
    ]);
    expect(index().catalogs.find((entry) => entry.id === 'ims-5.0')?.sources).toEqual([
      {
        file: '002_ace621d1887d8fc7.txt',
        updatedOn: '2024-05-11',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
      },
    ]);
    expect(index().catalogs.find((entry) => entry.id === 'evs-1.1')?.sources[0]?.updatedOn).toBe(
      '2022-11',
    );
    expect(index().skippedSources?.map((skipped) => skipped.file)).toEqual([
      '004_c423b4ed17f8adcc.txt',
    ]);
  });

  it('index: dated by the newest capture, versioned by schema, date and content', () => {
    const newest = index()
      .catalogs.flatMap((entry) => entry.sources.map((source) => source.updatedOn ?? ''))
      .sort()
      .at(-1);
    expect(index().date).toBe(newest);
    expect(index().version).toMatch(
      new RegExp(`^1\\.${(newest ?? '').replaceAll('-', '')}\\.[0-9a-f]{8}$`),
    );
  });
});
