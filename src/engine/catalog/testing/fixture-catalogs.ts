/**
 * Small hand-made catalogs for the engine's unit tests: a few services in both models with the
 * features the checks need (resource types, service keys, aliases, a partial catalog, a
 * `permission_management` action). Not real data; the importer's catalogs live in `catalogs/`.
 */
import type { GlobalConditionKey, ServiceCatalog } from '../../../catalog/catalog-types';
import {
  action,
  api,
  conditionKey,
  globalConditionKey,
  resourceType,
  serviceCatalog,
} from '../../../catalog/testing/catalog-builder';

export const FIXTURE_CATALOGS: ServiceCatalog[] = [
  serviceCatalog('ims', '5.0', {
    actions: [
      action('ims:images:list', { accessLevel: 'list', conditionKeys: ['g:EnterpriseProjectId'] }),
      action('ims:images:get', {
        resourceTypes: ['image'],
        conditionKeys: ['ims:Encrypted', 'g:ResourceTag/<tag-key>'],
      }),
      action('ims:images:share', {
        accessLevel: 'write',
        resourceTypes: ['image'],
        conditionKeys: ['ims:Encrypted'],
      }),
      action('ims:images:delete', {
        accessLevel: 'write',
        resourceTypes: ['image'],
        conditionKeys: ['g:ResourceTag/<tag-key>'],
      }),
      action('ims:images:setTags', {
        accessLevel: 'tagging',
        resourceTypes: ['image'],
        conditionKeys: ['g:RequestTag/<tag-key>', 'g:TagKeys'],
      }),
      action('ims:images:exportImage', {
        accessLevel: 'write',
        resourceTypes: ['image'],
        aliases: ['ims:images:export'],
      }),
    ],
    resourceTypes: [
      resourceType('image', ['ims:<region>:<account-id>:image:<image-id>']),
      resourceType('member', ['ims:<region>:<account-id>:member:<id>']),
    ],
    conditionKeys: [
      conditionKey('ims:Encrypted', 'boolean'),
      conditionKey('ims:ImageType', 'string'),
    ],
    apis: [api('GET /v2/images', 'ims:images:list')],
  }),
  serviceCatalog('iam', '5.0', {
    actions: [
      action('iam:policies:create', {
        accessLevel: 'permission_management',
        resourceTypes: ['policy'],
      }),
      action('iam:users:list', { accessLevel: 'list' }),
    ],
  }),
  serviceCatalog('bms', '5.0', {
    actions: [
      action('bms:servers:create', {
        accessLevel: 'write',
        resourceTypes: ['server'],
        conditionKeys: ['bms:VpcId', 'bms:FlavorId'],
      }),
    ],
    resourceTypes: [resourceType('server', ['bms:<region>:<account-id>:server:<id>'])],
    conditionKeys: [conditionKey('bms:VpcId', 'string', { multiValued: true })],
  }),
  serviceCatalog('eip', '5.0', {
    coverage: 'partial',
    actions: [
      action('eip:publicIps:create', { accessLevel: 'write', aliases: ['vpc:publicIps:create'] }),
      action('eip:publicIps:delete', { accessLevel: 'write', resourceTypes: ['publicip'] }),
    ],
    resourceTypes: [resourceType('publicip', ['vpc:<region>:<account-id>:publicip:<id>'])],
  }),
  serviceCatalog('ims', '1.1', {
    actions: ['ims:images:list', 'ims:images:export', 'ims:images:upload'].map((name) =>
      action(name, { accessLevel: null }),
    ),
  }),
  serviceCatalog('eip', '1.1', { actions: [action('eip:publicIps:list', { accessLevel: null })] }),
  serviceCatalog('ecs', '1.1', {
    actions: ['ecs:cloudServers:list', 'ecs:cloudServers:delete'].map((name) =>
      action(name, { accessLevel: null }),
    ),
  }),
];

export const FIXTURE_GLOBAL_KEYS: GlobalConditionKey[] = [
  globalConditionKey('g:SourceIp', 'ip_address'),
  globalConditionKey('g:CurrentTime', 'date'),
  globalConditionKey('g:MFAPresent', 'boolean'),
  globalConditionKey('g:MFAAge', 'number'),
  globalConditionKey('g:UserName', 'string'),
  globalConditionKey('g:EnterpriseProjectId', 'string'),
  globalConditionKey('g:ResourceTag/<tag-key>', 'string'),
  globalConditionKey('g:RequestTag/<tag-key>', 'string'),
  globalConditionKey('g:TagKeys', 'string', { multiValued: true }),
  globalConditionKey('g:DomainName', 'string', { models: ['1.1'] }),
  globalConditionKey('g:SecureTransport', 'boolean', { models: [] }),
];
