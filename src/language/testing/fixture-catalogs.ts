/**
 * Small hand-made catalogs for the language service's tests: two 5.0 services with resource
 * types, service keys, APIs with dependencies and an alias, one 1.1 service, and global keys of
 * every type. Not real data; the importer's catalogs live in `catalogs/`.
 */
import type { GlobalConditionKey, ServiceCatalog } from '../../catalog';
import {
  action,
  api,
  conditionKey,
  globalConditionKey,
  resourceType,
  serviceCatalog,
} from '../../catalog/testing/catalog-builder';
import { createPolicyCatalogs } from '../policy-catalogs';
import type { PolicyCatalogs } from '../policy-catalogs';

export const FIXTURE_SERVICE_CATALOGS: ServiceCatalog[] = [
  serviceCatalog('ims', '5.0', {
    serviceName: 'Image Management Service',
    actions: [
      action('ims:images:list', {
        accessLevel: 'list',
        description: 'Grants permission to list images',
        conditionKeys: ['g:EnterpriseProjectId'],
      }),
      action('ims:images:get', {
        description: 'Grants permission to query an image',
        resourceTypes: ['image'],
        conditionKeys: ['ims:Encrypted', 'g:ResourceTag/<tag-key>'],
      }),
      action('ims:images:getQuota', { description: 'Grants permission to query image quotas' }),
      action('ims:images:create', {
        accessLevel: 'write',
        description: 'Grants permission to create an image *fast* <b>now</b>',
        resourceTypes: ['image'],
        conditionKeys: ['ims:Encrypted'],
      }),
      action('ims:images:share', {
        accessLevel: 'permission_management',
        description: 'Grants permission to share an image',
        resourceTypes: ['image'],
      }),
      action('ims:quotas:list', {
        accessLevel: 'list',
        description: 'Grants permission to list quotas',
        aliases: ['ims:quota:list'],
      }),
    ],
    apis: [
      api('GET /v2/images', 'ims:images:list'),
      api('POST /v2/cloudimages/action', 'ims:images:create', {
        dependencies: [
          'ims:images:get',
          'ecs:cloudServers:get',
          { action: 'evs:volumes:list', condition: 'only when importing a data disk' },
        ],
      }),
    ],
    resourceTypes: [resourceType('image', ['ims:<region>:<account-id>:image:<image-id>'])],
    conditionKeys: [
      conditionKey('ims:Encrypted', 'boolean', { description: 'Whether the image is encrypted' }),
      conditionKey('ims:ImageType', 'string', { description: 'The image type' }),
    ],
  }),
  serviceCatalog('ecs', '5.0', {
    serviceName: 'Elastic Cloud Server',
    actions: [
      action('ecs:cloudServers:get', {
        description: 'Grants permission to query a server',
        resourceTypes: ['instance'],
        conditionKeys: ['ecs:VpcId'],
      }),
      action('ecs:cloudServers:create', {
        accessLevel: 'write',
        description: 'Grants permission to create a server',
        resourceTypes: ['instance'],
        conditionKeys: ['ecs:VpcId'],
      }),
      action('ecs:cloudServers:list', {
        accessLevel: 'list',
        description: 'Grants permission to list servers',
      }),
    ],
    resourceTypes: [resourceType('instance', ['ecs:<region>:<account-id>:instance:<instance-id>'])],
    conditionKeys: [
      conditionKey('ecs:VpcId', 'string', {
        multiValued: true,
        description: 'The VPCs of the server',
      }),
    ],
  }),
  serviceCatalog('ecs', '1.1', {
    serviceName: 'Elastic Cloud Server',
    actions: [
      action('ecs:cloudServers:list', { accessLevel: null, description: 'List servers (legacy)' }),
      action('ecs:cloudServers:delete', {
        accessLevel: null,
        description: 'Delete servers (legacy)',
      }),
    ],
  }),
];

const FIXTURE_GLOBAL_KEYS: GlobalConditionKey[] = [
  globalConditionKey('g:MFAPresent', 'boolean', {
    description: 'Whether the token was obtained with MFA',
  }),
  globalConditionKey('g:SourceIp', 'ip_address', { description: 'The IP address of the caller' }),
  globalConditionKey('g:CurrentTime', 'date', { description: 'The time of the request' }),
  globalConditionKey('g:EnterpriseProjectId', 'string', {
    multiValued: null,
    description: 'The enterprise project of the resource',
  }),
  globalConditionKey('g:ResourceTag/<tag-key>', 'string', { description: 'A tag of the resource' }),
  globalConditionKey('g:TagKeys', 'string', {
    multiValued: true,
    description: 'The tag keys in the request',
  }),
  globalConditionKey('g:DomainName', 'string', {
    description: 'The account name',
    models: ['1.1'],
  }),
];

/** The fixtures, indexed once for every test file. */
export const FIXTURE_CATALOGS: PolicyCatalogs = createPolicyCatalogs(
  FIXTURE_SERVICE_CATALOGS,
  FIXTURE_GLOBAL_KEYS,
);
