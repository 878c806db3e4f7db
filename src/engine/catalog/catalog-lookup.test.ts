import { describe, expect, it } from 'vitest';
import { testCatalog } from '../matrix/testing/test-catalog';
import { createCatalogLookup } from './catalog-lookup';
import type { CatalogLookup } from './catalog-lookup';
import { FIXTURE_CATALOGS, FIXTURE_GLOBAL_KEYS } from './testing/fixture-catalogs';

// Built inside each test, not at import: a lookup made once at import would never see a mutant.
const fixtureLookup = () => createCatalogLookup(FIXTURE_CATALOGS, FIXTURE_GLOBAL_KEYS);

describe('createCatalogLookup', () => {
  it('lists the models and the services of each', () => {
    const lookup = fixtureLookup();
    expect(lookup.models).toEqual(['5.0', '1.1']);
    expect(lookup.services('5.0')).toEqual(['bms', 'eip', 'iam', 'ims']);
    expect(lookup.services('1.1')).toEqual(['ecs', 'eip', 'ims']);
  });

  it("finds a service's catalog and own actions case-insensitively, per model", () => {
    const lookup = fixtureLookup();
    expect(lookup.serviceCatalog('IMS', '5.0')?.id).toBe('ims-5.0');
    expect(lookup.serviceCatalog('ims', '1.1')?.id).toBe('ims-1.1');
    expect(lookup.serviceCatalog('bms', '1.1')).toBeUndefined();
    expect(lookup.actionsOf('EIP', '5.0').map((a) => a.name)).toEqual([
      'eip:publicIps:create',
      'eip:publicIps:delete',
    ]);
    // Only an alias names VPC: the service has no actions of its own.
    expect(lookup.actionsOf('vpc', '5.0')).toEqual([]);
  });

  it('finds actions case-insensitively within one model only', () => {
    const lookup = fixtureLookup();
    expect(lookup.action('IMS:Images:Share', '5.0')?.name).toBe('ims:images:share');
    expect(lookup.action('ims:images:share', '1.1')).toBeUndefined();
    expect(lookup.action('ims:images:export', '1.1')?.name).toBe('ims:images:export');
  });

  it('maps an alias to the actions that answer to it', () => {
    const lookup = fixtureLookup();
    expect(lookup.aliasTargets('VPC:publicIps:create', '5.0').map((a) => a.name)).toEqual([
      'eip:publicIps:create',
    ]);
    expect(lookup.aliasTargets('vpc:publicIps:create', '1.1')).toEqual([]);
  });

  it('expands wildcard patterns over one service or over all of them', () => {
    const lookup = fixtureLookup();
    expect(lookup.matchActions('ims:images:s*', '5.0').map((a) => a.name)).toEqual([
      'ims:images:share',
      'ims:images:setTags',
    ]);
    expect(lookup.matchActions('*:*:list', '5.0').map((a) => a.name)).toEqual([
      'ims:images:list',
      'iam:users:list',
    ]);
    expect(lookup.matchActions('nova:*', '5.0')).toEqual([]);
  });

  it('reaches the actions whose alias a pattern matches, and says through which alias', () => {
    const lookup = fixtureLookup();
    const reached = (pattern: string) =>
      lookup.reachActions(pattern, '5.0').map(({ action, alias }) => [action.name, alias]);
    // EIP's action answers to a VPC name: a VPC pattern reaches it though no VPC catalog exists.
    expect(reached('vpc:*')).toEqual([['eip:publicIps:create', 'vpc:publicIps:create']]);
    expect(reached('VPC:publicIps:create')).toEqual([
      ['eip:publicIps:create', 'vpc:publicIps:create'],
    ]);
    expect(reached('ims:images:export')).toEqual([['ims:images:exportImage', 'ims:images:export']]);
    expect(reached('ims:images:export*')).toEqual([['ims:images:exportImage', null]]);
    expect(reached('ims:images:list')).toEqual([['ims:images:list', null]]);
    expect(reached('eip:*')).toEqual([
      ['eip:publicIps:create', null],
      ['eip:publicIps:delete', null],
    ]);
    expect(lookup.matchActions('*:publicIps:create', '5.0').map((a) => a.name)).toEqual([
      'eip:publicIps:create',
    ]);
  });

  it('finds resource types by service and case-insensitive type', () => {
    const lookup = fixtureLookup();
    expect(lookup.resourceType('IMS', 'Image', '5.0')?.name).toBe('image');
    expect(lookup.resourceType('ims', 'volume', '5.0')).toBeUndefined();
    expect(lookup.resourceType('VPC', 'publicip', '5.0')?.name).toBe('publicip');
  });

  it('resolves global keys, key families and service keys', () => {
    const lookup = fixtureLookup();
    expect(lookup.conditionKey('g:sourceip', '5.0')?.type).toBe('ip_address');
    expect(lookup.conditionKey('g:ResourceTag/Department', '5.0')).toMatchObject({
      name: 'g:ResourceTag/<tag-key>',
      family: true,
      global: true,
    });
    expect(lookup.conditionKey('g:ResourceTag/', '5.0')).toBeUndefined();
    expect(lookup.conditionKey('bms:vpcid', '5.0')).toMatchObject({ multiValued: true });
    expect(lookup.conditionKey('bms:VpcId', '1.1')).toBeUndefined();
    expect(lookup.conditionKey('g:DomainName', '5.0')?.models).toEqual(['1.1']);
  });

  it('says whether an action lists a key, families included', () => {
    const lookup = fixtureLookup();
    const get = lookup.action('ims:images:get', '5.0');
    expect(get && lookup.actionSupportsKey(get, 'IMS:encrypted')).toBe(true);
    expect(get && lookup.actionSupportsKey(get, 'g:ResourceTag/team')).toBe(true);
    expect(get && lookup.actionSupportsKey(get, 'g:RequestTag/team')).toBe(false);
  });

  it('tells action-scoped keys from request-wide ones', () => {
    const lookup = fixtureLookup();
    expect(lookup.keyListedByActions('g:ResourceTag/team', '5.0')).toBe(true);
    expect(lookup.keyListedByActions('IMS:Encrypted', '5.0')).toBe(true);
    expect(lookup.keyListedByActions('g:SourceIp', '5.0')).toBe(false);
    expect(lookup.keyListedByActions('ims:Encrypted', '1.1')).toBe(false);
  });

  it('suggests the nearest documented key names', () => {
    const lookup = fixtureLookup();
    expect(lookup.nearestConditionKeys('g:SourceIP4', '5.0', 1)).toEqual(['g:SourceIp']);
    expect(lookup.nearestConditionKeys('ims:Encryptd', '5.0', 1)).toEqual(['ims:Encrypted']);
  });

  it('finds APIs by service and id', () => {
    const lookup = fixtureLookup();
    expect(lookup.apisOf('IMS', '5.0').map((api) => api.id)).toEqual(['GET /v2/images']);
    expect(lookup.apisOf('nova', '5.0')).toEqual([]);
    expect(lookup.api('IMS', 'GET /v2/images', '5.0')?.action).toBe('ims:images:list');
    expect(lookup.api('ims', 'GET /v2/images/{id}', '5.0')).toBeUndefined();
  });

  it('suggests action names from the service and model asked about, whatever was asked before', () => {
    const lookup = fixtureLookup();
    expect(lookup.nearestActions('ims:images:lst', '5.0', 1)).toEqual(['ims:images:list']);
    expect(lookup.nearestActions('iam:users:lst', '5.0', 1)).toEqual(['iam:users:list']);
    expect(lookup.nearestActions('ecs:cloudServers:lst', '1.1', 1)).toEqual([
      'ecs:cloudServers:list',
    ]);
    expect(lookup.nearestActions('ims:images:lst', '5.0', 1)).toEqual(['ims:images:list']);
  });

  it('suggests the nearest action names, nearest first', () => {
    const lookup = fixtureLookup();
    expect(lookup.nearestActions('ims:images:shar', '5.0', 2)).toEqual(['ims:images:share']);
    expect(lookup.nearestActions('ims:images:gte', '5.0', 2)).toEqual(['ims:images:get']);
    expect(lookup.nearestActions('imss:images:lst', '5.0', 1)).toEqual(['ims:images:list']);
    expect(lookup.nearestActions('zzz', '5.0', 3)).toEqual([]);
    expect(lookup.nearestServices('imx', '5.0', 2)).toEqual(['ims']);
    expect(lookup.nearestServices('eip2', '5.0', 2)).toEqual(['eip']);
  });

  it('answers empty for a model without catalogs', () => {
    const lookup = fixtureLookup();
    const empty = createCatalogLookup([]);
    expect(empty.models).toEqual([]);
    expect(empty.hasGlobalKeys).toBe(false);
    expect(lookup.hasGlobalKeys).toBe(true);
    expect(empty.actions('5.0')).toEqual([]);
    expect(empty.nearestActions('ims:images:list', '1.1', 3)).toEqual([]);
  });
});

describe('createCatalogLookup for a model none of the catalogs is in', () => {
  // 5.0 catalogs only, global keys given: every 1.1 question answers empty, globals excepted.
  const only50 = () =>
    createCatalogLookup(
      FIXTURE_CATALOGS.filter((catalog) => catalog.model === '5.0'),
      FIXTURE_GLOBAL_KEYS,
    );
  const names = (actions: readonly { name: string }[]) => actions.map((a) => a.name);

  it.each<[string, (lookup: CatalogLookup) => unknown, unknown]>([
    ['models', (l) => l.models, ['5.0']],
    ['services', (l) => l.services('1.1'), []],
    ['serviceCatalog', (l) => l.serviceCatalog('ims', '1.1'), undefined],
    ['action', (l) => l.action('ims:images:list', '1.1'), undefined],
    ['actions', (l) => l.actions('1.1'), []],
    ['actionsOf', (l) => l.actionsOf('ims', '1.1'), []],
    ['aliasTargets', (l) => l.aliasTargets('ims:images:export', '1.1'), []],
    ['matchActions', (l) => l.matchActions('ims:*', '1.1'), []],
    ['reachActions', (l) => l.reachActions('ims:images:list', '1.1'), []],
    ['resourceType', (l) => l.resourceType('ims', 'image', '1.1'), undefined],
    ['conditionKey (service key)', (l) => l.conditionKey('ims:Encrypted', '1.1'), undefined],
    ['conditionKey (global key)', (l) => l.conditionKey('g:sourceip', '1.1')?.name, 'g:SourceIp'],
    ['keyListedByActions', (l) => l.keyListedByActions('g:ResourceTag/team', '1.1'), false],
    [
      'nearestConditionKeys (service key)',
      (l) => l.nearestConditionKeys('ims:Encryptd', '1.1', 3),
      [],
    ],
    [
      'nearestConditionKeys (global key)',
      (l) => l.nearestConditionKeys('g:SourceIP4', '1.1', 1),
      ['g:SourceIp'],
    ],
    ['apisOf', (l) => l.apisOf('ims', '1.1'), []],
    ['api', (l) => l.api('ims', 'GET /v2/images', '1.1'), undefined],
    ['nearestActions', (l) => l.nearestActions('ims:images:lst', '1.1', 3), []],
    ['nearestServices', (l) => l.nearestServices('ims', '1.1', 3), []],
  ])('%s answers %j', (_, ask, expected) => {
    expect(ask(only50())).toEqual(expected);
  });

  it('still answers for the model it has', () => {
    expect(names(only50().actionsOf('iam', '5.0'))).toEqual([
      'iam:policies:create',
      'iam:users:list',
    ]);
  });
});

describe('createCatalogLookup: an action name that is also another action’s alias', () => {
  // EIP's create answers to the VPC name, and a VPC catalog lists an action of that very name.
  const eip = testCatalog(
    'eip',
    '5.0',
    [{ name: 'eip:publicIps:create', aliases: ['vpc:publicIps:create'] }],
    [],
  );
  const vpc = testCatalog('vpc', '5.0', [{ name: 'vpc:publicIps:create' }], []);
  const reached = (lookup: CatalogLookup, pattern: string) =>
    lookup.reachActions(pattern, '5.0').map(({ action, alias }) => [action.name, alias]);

  it.each([
    [
      'the aliasing catalog first',
      [eip, vpc],
      [
        ['eip:publicIps:create', 'vpc:publicIps:create'],
        ['vpc:publicIps:create', null],
      ],
    ],
    [
      'the owning catalog first',
      [vpc, eip],
      [
        ['vpc:publicIps:create', null],
        ['eip:publicIps:create', 'vpc:publicIps:create'],
      ],
    ],
  ])('reaches both in catalog order, with %s', (_, catalogs, expected) => {
    const lookup = createCatalogLookup(catalogs);
    expect(reached(lookup, 'VPC:publicIps:create')).toEqual(expected);
    expect(reached(lookup, 'vpc:publicIps:*')).toEqual(expected);
  });
});

describe('createCatalogLookup resource types', () => {
  const fixtureSource = { file: 'fixture.txt', line: 1 };

  it("gives a resource-table type with its URN patterns, by its own service or its URNs' one", () => {
    const lookup = fixtureLookup();
    const publicip = {
      name: 'publicip',
      urnPatterns: ['vpc:<region>:<account-id>:publicip:<id>'],
      source: fixtureSource,
    };
    // EIP's delete action also names `publicip`: the row does not hide the table's entry.
    expect(lookup.resourceType('EIP', 'PublicIp', '5.0')).toEqual(publicip);
    expect(lookup.resourceType('vpc', 'publicip', '5.0')).toEqual(publicip);
  });

  it('gives a type only named in action rows without URN patterns', () => {
    const lookup = fixtureLookup();
    expect(lookup.resourceType('IAM', 'Policy', '5.0')).toEqual({
      name: 'policy',
      urnPatterns: [],
      source: fixtureSource,
    });
  });

  it('finds a type whose URN pattern is malformed by its own name', () => {
    const cce = {
      ...testCatalog('cce', '5.0', [], []),
      resourceTypes: [{ name: 'cluster', urnPatterns: ['cce:cluster'], source: fixtureSource }],
    };
    const lookup = createCatalogLookup([cce]);
    expect(lookup.resourceType('cce', 'Cluster', '5.0')?.name).toBe('cluster');
  });
});

describe('createCatalogLookup over two catalogs of one service', () => {
  const table = (file: string, name: string) => [
    { name, urnPatterns: ['ims:<region>:<account-id>:image:<id>'], source: { file, line: 1 } },
  ];
  const first = {
    ...testCatalog('ims', '5.0', [{ name: 'ims:images:list', aliases: ['a:b:first'] }], []),
    resourceTypes: table('first.txt', 'image'),
  };
  const second = {
    ...testCatalog(
      'IMS',
      '5.0',
      [{ name: 'IMS:Images:List', aliases: ['a:b:second'] }, { name: 'ims:images:get' }],
      [],
    ),
    id: 'ims-5.0-second',
    resourceTypes: table('second.txt', 'Image'),
  };

  it('keeps the first catalog, action and resource type of a name, and lists each action once', () => {
    const lookup = createCatalogLookup([first, second]);
    expect(lookup.serviceCatalog('ims', '5.0')?.id).toBe('ims-5.0');
    expect(lookup.actions('5.0').map((a) => a.name)).toEqual(['ims:images:list', 'ims:images:get']);
    expect(lookup.action('ims:images:list', '5.0')?.aliases).toEqual(['a:b:first']);
    expect(lookup.matchActions('ims:images:l*', '5.0').map((a) => a.aliases)).toEqual([
      ['a:b:first'],
    ]);
    expect(lookup.resourceType('ims', 'image', '5.0')?.source.file).toBe('first.txt');
  });
});
