/**
 * Small hand-made catalogs for the language service's tests: two 5.0 services with resource
 * types, service keys, APIs with dependencies and an alias, one 1.1 service, and global keys of
 * every type. Not real data; the importer's catalogs live in `catalogs/`.
 */
import type {
  AccessLevel,
  CatalogAction,
  CatalogApi,
  ConditionKeyType,
  GlobalConditionKey,
  PolicyModel,
  ServiceCatalog,
} from '../../catalog';
import { createPolicyCatalogs } from '../policy-catalogs';
import type { PolicyCatalogs } from '../policy-catalogs';

const source = { file: 'fixture.txt', line: 1 };

function action(
  name: string,
  accessLevel: AccessLevel | null,
  description: string,
  resourceTypes: string[] = [],
  conditionKeys: string[] = [],
  aliases: string[] = [],
): CatalogAction {
  return {
    name,
    description,
    accessLevel,
    resourceTypes: resourceTypes.map((type) => ({ type, required: true })),
    conditionKeys,
    aliases,
    notes: [],
    source,
  };
}

function api(id: string, actionName: string, dependencies: CatalogApi['dependencies'] = []) {
  const [method = null, path = id] = id.split(' ');
  return { id, method, path, action: actionName, dependencies, notes: [], source };
}

function catalog(
  service: string,
  model: PolicyModel,
  serviceName: string,
  extra: Partial<ServiceCatalog>,
): ServiceCatalog {
  return {
    schemaVersion: 1,
    id: `${service}-${model}`,
    service,
    serviceName,
    model,
    coverage: 'complete',
    sources: [],
    actions: [],
    apis: [],
    resourceTypes: [],
    conditionKeys: [],
    warnings: [],
    ...extra,
  };
}

const key = (name: string, type: ConditionKeyType, multiValued: boolean, description: string) => ({
  name,
  type,
  multiValued,
  description,
  source,
});

export const FIXTURE_SERVICE_CATALOGS: ServiceCatalog[] = [
  catalog('ims', '5.0', 'Image Management Service', {
    actions: [
      action(
        'ims:images:list',
        'list',
        'Grants permission to list images',
        [],
        ['g:EnterpriseProjectId'],
      ),
      action(
        'ims:images:get',
        'read',
        'Grants permission to query an image',
        ['image'],
        ['ims:Encrypted', 'g:ResourceTag/<tag-key>'],
      ),
      action('ims:images:getQuota', 'read', 'Grants permission to query image quotas'),
      action(
        'ims:images:create',
        'write',
        'Grants permission to create an image *fast* <b>now</b>',
        ['image'],
        ['ims:Encrypted'],
      ),
      action('ims:images:share', 'permission_management', 'Grants permission to share an image', [
        'image',
      ]),
      action(
        'ims:quotas:list',
        'list',
        'Grants permission to list quotas',
        [],
        [],
        ['ims:quota:list'],
      ),
    ],
    apis: [
      api('GET /v2/images', 'ims:images:list'),
      api('POST /v2/cloudimages/action', 'ims:images:create', [
        { action: 'ims:images:get' },
        { action: 'ecs:cloudServers:get' },
        { action: 'evs:volumes:list', condition: 'only when importing a data disk' },
      ]),
    ],
    resourceTypes: [
      { name: 'image', urnPatterns: ['ims:<region>:<account-id>:image:<image-id>'], source },
    ],
    conditionKeys: [
      key('ims:Encrypted', 'boolean', false, 'Whether the image is encrypted'),
      key('ims:ImageType', 'string', false, 'The image type'),
    ],
  }),
  catalog('ecs', '5.0', 'Elastic Cloud Server', {
    actions: [
      action(
        'ecs:cloudServers:get',
        'read',
        'Grants permission to query a server',
        ['instance'],
        ['ecs:VpcId'],
      ),
      action(
        'ecs:cloudServers:create',
        'write',
        'Grants permission to create a server',
        ['instance'],
        ['ecs:VpcId'],
      ),
      action('ecs:cloudServers:list', 'list', 'Grants permission to list servers'),
    ],
    resourceTypes: [
      {
        name: 'instance',
        urnPatterns: ['ecs:<region>:<account-id>:instance:<instance-id>'],
        source,
      },
    ],
    conditionKeys: [key('ecs:VpcId', 'string', true, 'The VPCs of the server')],
  }),
  catalog('ecs', '1.1', 'Elastic Cloud Server', {
    actions: [
      action('ecs:cloudServers:list', null, 'List servers (legacy)'),
      action('ecs:cloudServers:delete', null, 'Delete servers (legacy)'),
    ],
  }),
];

function globalKey(
  name: string,
  type: ConditionKeyType,
  multiValued: boolean | null,
  description: string,
  models: PolicyModel[] = ['5.0', '1.1'],
): GlobalConditionKey {
  return { name, type, multiValued, description, confidence: 'H', models, sources: [] };
}

const FIXTURE_GLOBAL_KEYS: GlobalConditionKey[] = [
  globalKey('g:MFAPresent', 'boolean', false, 'Whether the token was obtained with MFA'),
  globalKey('g:SourceIp', 'ip_address', false, 'The IP address of the caller'),
  globalKey('g:CurrentTime', 'date', false, 'The time of the request'),
  globalKey('g:EnterpriseProjectId', 'string', null, 'The enterprise project of the resource'),
  globalKey('g:ResourceTag/<tag-key>', 'string', false, 'A tag of the resource'),
  globalKey('g:TagKeys', 'string', true, 'The tag keys in the request'),
  globalKey('g:DomainName', 'string', false, 'The account name', ['1.1']),
];

/** The fixtures, indexed once for every test file. */
export const FIXTURE_CATALOGS: PolicyCatalogs = createPolicyCatalogs(
  FIXTURE_SERVICE_CATALOGS,
  FIXTURE_GLOBAL_KEYS,
);
