/**
 * Small hand-made catalogs for the engine's unit tests: a few services in both models with the
 * features the checks need (resource types, service keys, aliases, a partial catalog, a
 * `permission_management` action). Not real data; the importer's catalogs live in `catalogs/`.
 */
import type {
  AccessLevel,
  ActionResourceType,
  CatalogAction,
  CatalogConditionKey,
  ConditionKeyType,
  GlobalConditionKey,
  PolicyModel,
  ServiceCatalog,
} from '../../catalog/catalog-types';

const source = { file: 'fixture.txt', line: 1 };

function action(
  name: string,
  accessLevel: AccessLevel | null,
  resourceTypes: string[] = [],
  conditionKeys: string[] = [],
  aliases: string[] = [],
): CatalogAction {
  const types: ActionResourceType[] = resourceTypes.map((type) => ({ type, required: true }));
  return {
    name,
    description: name,
    accessLevel,
    resourceTypes: types,
    conditionKeys,
    aliases,
    notes: [],
    source,
  };
}

function key(name: string, type: ConditionKeyType, multiValued: boolean): CatalogConditionKey {
  return { name, type, multiValued, description: name, source };
}

function catalog(
  service: string,
  model: PolicyModel,
  actions: CatalogAction[],
  extra: Partial<ServiceCatalog> = {},
): ServiceCatalog {
  return {
    schemaVersion: 1,
    id: `${service}-${model}`,
    service,
    serviceName: service.toUpperCase(),
    model,
    coverage: 'complete',
    sources: [],
    actions,
    apis: [],
    resourceTypes: [],
    conditionKeys: [],
    warnings: [],
    ...extra,
  };
}

export const FIXTURE_CATALOGS: ServiceCatalog[] = [
  catalog(
    'ims',
    '5.0',
    [
      action('ims:images:list', 'list', [], ['g:EnterpriseProjectId']),
      action('ims:images:get', 'read', ['image'], ['ims:Encrypted', 'g:ResourceTag/<tag-key>']),
      action('ims:images:share', 'write', ['image'], ['ims:Encrypted']),
      action('ims:images:delete', 'write', ['image'], ['g:ResourceTag/<tag-key>']),
      action('ims:images:setTags', 'tagging', ['image'], ['g:RequestTag/<tag-key>', 'g:TagKeys']),
      action('ims:images:exportImage', 'write', ['image'], [], ['ims:images:export']),
    ],
    {
      resourceTypes: [
        { name: 'image', urnPatterns: ['ims:<region>:<account-id>:image:<image-id>'], source },
        { name: 'member', urnPatterns: ['ims:<region>:<account-id>:member:<id>'], source },
      ],
      conditionKeys: [
        key('ims:Encrypted', 'boolean', false),
        key('ims:ImageType', 'string', false),
      ],
      apis: [
        {
          id: 'GET /v2/images',
          method: 'GET',
          path: '/v2/images',
          action: 'ims:images:list',
          dependencies: [],
          notes: [],
          source,
        },
      ],
    },
  ),
  catalog('iam', '5.0', [
    action('iam:policies:create', 'permission_management', ['policy']),
    action('iam:users:list', 'list'),
  ]),
  catalog(
    'bms',
    '5.0',
    [action('bms:servers:create', 'write', ['server'], ['bms:VpcId', 'bms:FlavorId'])],
    {
      resourceTypes: [
        { name: 'server', urnPatterns: ['bms:<region>:<account-id>:server:<id>'], source },
      ],
      conditionKeys: [key('bms:VpcId', 'string', true)],
    },
  ),
  catalog(
    'eip',
    '5.0',
    [
      action('eip:publicIps:create', 'write', [], [], ['vpc:publicIps:create']),
      action('eip:publicIps:delete', 'write', ['publicip']),
    ],
    {
      coverage: 'partial',
      resourceTypes: [
        { name: 'publicip', urnPatterns: ['vpc:<region>:<account-id>:publicip:<id>'], source },
      ],
    },
  ),
  catalog('ims', '1.1', [
    action('ims:images:list', null),
    action('ims:images:export', null),
    action('ims:images:upload', null),
  ]),
  catalog('eip', '1.1', [action('eip:publicIps:list', null)]),
  catalog('ecs', '1.1', [
    action('ecs:cloudServers:list', null),
    action('ecs:cloudServers:delete', null),
  ]),
];

function globalKey(
  name: string,
  type: ConditionKeyType,
  multiValued: boolean,
  models: PolicyModel[] = ['5.0', '1.1'],
): GlobalConditionKey {
  return { name, type, multiValued, description: name, confidence: 'H', models, sources: [] };
}

export const FIXTURE_GLOBAL_KEYS: GlobalConditionKey[] = [
  globalKey('g:SourceIp', 'ip_address', false),
  globalKey('g:CurrentTime', 'date', false),
  globalKey('g:MFAPresent', 'boolean', false),
  globalKey('g:MFAAge', 'number', false),
  globalKey('g:UserName', 'string', false),
  globalKey('g:EnterpriseProjectId', 'string', false),
  globalKey('g:ResourceTag/<tag-key>', 'string', false),
  globalKey('g:RequestTag/<tag-key>', 'string', false),
  globalKey('g:TagKeys', 'string', true),
  globalKey('g:DomainName', 'string', false, ['1.1']),
  globalKey('g:SecureTransport', 'boolean', false, []),
];
