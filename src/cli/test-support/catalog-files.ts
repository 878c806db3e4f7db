import type {
  CatalogAction,
  CatalogIndex,
  GlobalConditionKeysFile,
  PolicyModel,
  ServiceCatalog,
  SystemPoliciesFile,
} from '../../catalog/index';

/**
 * A small catalogs directory for CLI tests, as the files the loader reads: an ECS catalog in
 * each model (one 5.0 action with an alias) plus the global keys and system policies. Not real
 * data.
 */
const source = { file: 'fixture.txt', line: 1 };
const hash = '0'.repeat(64);

function action(
  name: string,
  accessLevel: CatalogAction['accessLevel'],
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

function service(model: PolicyModel, actions: CatalogAction[]): ServiceCatalog {
  return {
    schemaVersion: 1,
    id: `ecs-${model}`,
    service: 'ecs',
    serviceName: 'Elastic Cloud Server',
    model,
    coverage: 'complete',
    sources: [],
    actions,
    apis:
      model === '5.0'
        ? [
            {
              id: 'POST /v1/{project_id}/cloudservers',
              method: 'POST',
              path: '/v1/{project_id}/cloudservers',
              action: 'ecs:cloudServers:create',
              dependencies: [
                { action: 'ecs:cloudServers:list' },
                { action: 'vpc:publicIps:create', condition: 'creating an EIP with the server' },
              ],
              notes: [],
              source,
            },
            {
              id: 'GET /v1/{project_id}/cloudservers/{server_id}',
              method: 'GET',
              path: '/v1/{project_id}/cloudservers/{server_id}',
              action: 'ecs:cloudServers:get',
              dependencies: [],
              notes: [],
              source,
            },
          ]
        : [],
    resourceTypes: [
      {
        name: 'instance',
        urnPatterns: ['ecs:<region>:<account-id>:instance:<instance-id>'],
        source,
      },
    ],
    conditionKeys: [],
    warnings: [],
  };
}

const ecs5 = service('5.0', [
  action(
    'ecs:cloudServers:create',
    'write',
    'Create a cloud server',
    ['instance'],
    ['g:EnterpriseProjectId'],
  ),
  action('ecs:cloudServers:get', 'read', 'Query server details', ['instance']),
  action('ecs:cloudServers:list', 'list', 'List cloud servers'),
  action(
    'ecs:cloudServers:delete',
    'write',
    'Delete cloud servers',
    ['instance'],
    [],
    ['ecs:cloudServers:remove'],
  ),
]);
const ecs11 = service('1.1', [
  action('ecs:cloudServers:createServers', null, 'Create servers'),
  action('ecs:cloudServers:list', null, 'List servers'),
]);

function entry(catalog: ServiceCatalog): CatalogIndex['catalogs'][number] {
  return {
    id: catalog.id,
    file: `${catalog.id}.json`,
    service: catalog.service,
    serviceName: catalog.serviceName,
    model: catalog.model,
    coverage: catalog.coverage,
    counts: {
      actions: catalog.actions.length,
      actionRows: catalog.actions.length,
      apis: catalog.apis.length,
      resourceTypes: catalog.resourceTypes.length,
      conditionKeys: 0,
      warnings: 0,
    },
    sources: [],
    contentHash: hash,
  };
}

const index: CatalogIndex = {
  schemaVersion: 1,
  version: '1.20250101.0badc0de',
  date: '2025-01-01',
  catalogs: [entry(ecs5), entry(ecs11)],
  globalConditionKeys: { file: 'global-condition-keys.json', contentHash: hash },
  systemPolicies: { file: 'system-policies.json', contentHash: hash },
};

const globalKeys: GlobalConditionKeysFile = {
  schemaVersion: 1,
  handKept: true,
  keys: [
    {
      name: 'g:EnterpriseProjectId',
      type: 'string',
      multiValued: false,
      description: 'enterprise project of the resource',
      confidence: 'H',
      models: ['5.0', '1.1'],
      sources: ['S4'],
    },
  ],
};

const systemPolicies: SystemPoliciesFile = { schemaVersion: 1, policies: [] };

/** The catalog files under `dir`, keyed by path, ready for `runCli`'s `files`. */
export function catalogFiles(dir = '/catalogs'): Record<string, string> {
  const files: Record<string, unknown> = {
    'index.json': index,
    'ecs-5.0.json': ecs5,
    'ecs-1.1.json': ecs11,
    'global-condition-keys.json': globalKeys,
    'system-policies.json': systemPolicies,
  };
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [`${dir}/${name}`, JSON.stringify(data)]),
  );
}
