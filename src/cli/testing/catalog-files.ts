import type {
  CatalogAction,
  CatalogIndex,
  GlobalConditionKeysFile,
  PolicyModel,
  ServiceCatalog,
  SystemPoliciesFile,
} from '../../catalog/index';
import {
  action,
  api,
  catalogIndexEntry,
  globalConditionKey,
  resourceType,
  serviceCatalog,
} from '../../catalog/testing/catalog-builder';

/**
 * A small catalogs directory for CLI tests, as the files the loader reads: an ECS catalog in
 * each model (one 5.0 action with an alias) plus the global keys and system policies. Not real
 * data.
 */
const hash = '0'.repeat(64);

function service(model: PolicyModel, actions: CatalogAction[]): ServiceCatalog {
  return serviceCatalog('ecs', model, {
    serviceName: 'Elastic Cloud Server',
    actions,
    apis:
      model === '5.0'
        ? [
            api('POST /v1/{project_id}/cloudservers', 'ecs:cloudServers:create', {
              dependencies: [
                'ecs:cloudServers:list',
                { action: 'vpc:publicIps:create', condition: 'creating an EIP with the server' },
              ],
            }),
            api('GET /v1/{project_id}/cloudservers/{server_id}', 'ecs:cloudServers:get'),
          ]
        : [],
    resourceTypes: [resourceType('instance', ['ecs:<region>:<account-id>:instance:<instance-id>'])],
  });
}

const ecs5 = service('5.0', [
  action('ecs:cloudServers:create', {
    accessLevel: 'write',
    description: 'Create a cloud server',
    resourceTypes: ['instance'],
    conditionKeys: ['g:EnterpriseProjectId'],
  }),
  action('ecs:cloudServers:get', {
    description: 'Query server details',
    resourceTypes: ['instance'],
  }),
  action('ecs:cloudServers:list', { accessLevel: 'list', description: 'List cloud servers' }),
  action('ecs:cloudServers:delete', {
    accessLevel: 'write',
    description: 'Delete cloud servers',
    resourceTypes: ['instance'],
    aliases: ['ecs:cloudServers:remove'],
  }),
]);
const ecs11 = service('1.1', [
  action('ecs:cloudServers:createServers', { accessLevel: null, description: 'Create servers' }),
  action('ecs:cloudServers:list', { accessLevel: null, description: 'List servers' }),
]);

const index: CatalogIndex = {
  schemaVersion: 1,
  version: '1.20250101.0badc0de',
  date: '2025-01-01',
  catalogs: [catalogIndexEntry(ecs5, hash), catalogIndexEntry(ecs11, hash)],
  globalConditionKeys: { file: 'global-condition-keys.json', contentHash: hash },
  systemPolicies: { file: 'system-policies.json', contentHash: hash },
};

const globalKeys: GlobalConditionKeysFile = {
  schemaVersion: 1,
  handKept: true,
  keys: [
    globalConditionKey('g:EnterpriseProjectId', 'string', {
      description: 'enterprise project of the resource',
      sources: ['S4'],
    }),
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
