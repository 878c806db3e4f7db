import { describe, expect, it } from 'vitest';
import { createCatalogLookup } from './catalog-lookup';
import { FIXTURE_CATALOGS, FIXTURE_GLOBAL_KEYS } from './fixture-catalogs';

const lookup = createCatalogLookup(FIXTURE_CATALOGS, FIXTURE_GLOBAL_KEYS);

describe('createCatalogLookup', () => {
  it('lists the models and the services of each', () => {
    expect(lookup.models).toEqual(['5.0', '1.1']);
    expect(lookup.services('5.0')).toEqual(['bms', 'eip', 'iam', 'ims']);
    expect(lookup.services('1.1')).toEqual(['ecs', 'eip', 'ims']);
  });

  it('finds actions case-insensitively within one model only', () => {
    expect(lookup.action('IMS:Images:Share', '5.0')?.name).toBe('ims:images:share');
    expect(lookup.action('ims:images:share', '1.1')).toBeUndefined();
    expect(lookup.action('ims:images:export', '1.1')?.name).toBe('ims:images:export');
  });

  it('maps an alias to the actions that answer to it', () => {
    expect(lookup.aliasTargets('VPC:publicIps:create', '5.0').map((a) => a.name)).toEqual([
      'eip:publicIps:create',
    ]);
    expect(lookup.aliasTargets('vpc:publicIps:create', '1.1')).toEqual([]);
  });

  it('expands wildcard patterns over one service or over all of them', () => {
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
    expect(lookup.resourceType('IMS', 'Image', '5.0')?.name).toBe('image');
    expect(lookup.resourceType('ims', 'volume', '5.0')).toBeUndefined();
    expect(lookup.resourceType('VPC', 'publicip', '5.0')?.name).toBe('publicip');
  });

  it('resolves global keys, key families and service keys', () => {
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
    const get = lookup.action('ims:images:get', '5.0');
    expect(get && lookup.actionSupportsKey(get, 'IMS:encrypted')).toBe(true);
    expect(get && lookup.actionSupportsKey(get, 'g:ResourceTag/team')).toBe(true);
    expect(get && lookup.actionSupportsKey(get, 'g:RequestTag/team')).toBe(false);
  });

  it('tells action-scoped keys from request-wide ones', () => {
    expect(lookup.keyListedByActions('g:ResourceTag/team', '5.0')).toBe(true);
    expect(lookup.keyListedByActions('IMS:Encrypted', '5.0')).toBe(true);
    expect(lookup.keyListedByActions('g:SourceIp', '5.0')).toBe(false);
    expect(lookup.keyListedByActions('ims:Encrypted', '1.1')).toBe(false);
  });

  it('suggests the nearest documented key names', () => {
    expect(lookup.nearestConditionKeys('g:SourceIP4', '5.0', 1)).toEqual(['g:SourceIp']);
    expect(lookup.nearestConditionKeys('ims:Encryptd', '5.0', 1)).toEqual(['ims:Encrypted']);
  });

  it('finds APIs by service and id', () => {
    expect(lookup.apisOf('ims', '5.0')).toHaveLength(1);
    expect(lookup.api('ims', 'GET /v2/images', '5.0')?.action).toBe('ims:images:list');
  });

  it('suggests the nearest action names, nearest first', () => {
    expect(lookup.nearestActions('ims:images:shar', '5.0', 2)).toEqual(['ims:images:share']);
    expect(lookup.nearestActions('ims:images:gte', '5.0', 2)).toEqual(['ims:images:get']);
    expect(lookup.nearestActions('imss:images:lst', '5.0', 1)).toEqual(['ims:images:list']);
    expect(lookup.nearestActions('zzz', '5.0', 3)).toEqual([]);
    expect(lookup.nearestServices('imx', '5.0', 2)).toEqual(['ims']);
    expect(lookup.nearestServices('eip2', '5.0', 2)).toEqual(['eip']);
  });

  it('answers empty for a model without catalogs', () => {
    const empty = createCatalogLookup([]);
    expect(empty.models).toEqual([]);
    expect(empty.hasGlobalKeys).toBe(false);
    expect(lookup.hasGlobalKeys).toBe(true);
    expect(empty.actions('5.0')).toEqual([]);
    expect(empty.nearestActions('ims:images:list', '1.1', 3)).toEqual([]);
  });
});
