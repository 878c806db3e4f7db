import type { CatalogAction, CatalogApi, ServiceCatalog } from '../../../../catalog';

/** A small IMS-like 5.0 catalog for the view-model tests: a few actions, APIs and dependencies. */
const source = { file: 'fixture.txt', line: 1 };

function action(
  name: string,
  accessLevel: CatalogAction['accessLevel'],
  resourceTypes: string[] = [],
): CatalogAction {
  return {
    name,
    description: '',
    accessLevel,
    resourceTypes: resourceTypes.map((type) => ({ type, required: true })),
    conditionKeys: [],
    aliases: [],
    notes: [],
    source,
  };
}

function api(method: string, path: string, name: string, dependencies: string[] = []): CatalogApi {
  return {
    id: `${method} ${path}`,
    method,
    path,
    action: name,
    dependencies: dependencies.map((d) => ({ action: d })),
    notes: [],
    source,
  };
}

export const IMS_CATALOG: ServiceCatalog = {
  schemaVersion: 1,
  id: 'ims-5.0',
  service: 'ims',
  serviceName: 'Image Management Service',
  model: '5.0',
  coverage: 'complete',
  sources: [],
  actions: [
    action('ims:images:list', 'list'),
    action('ims:images:get', 'read', ['image']),
    action('ims:images:share', 'permission_management', ['image']),
    action('ims:images:upload', 'write', ['image']),
    action('ims:images:update', 'write', ['image']),
    action('ims:images:delete', 'write', ['image']),
  ],
  apis: [
    api('GET', '/v2/cloudimages', 'ims:images:list'),
    api('GET', '/v2/images/{image_id}', 'ims:images:get'),
    api('POST', '/v2/images/{image_id}/members', 'ims:images:share', ['ims:images:get']),
    api('PUT', '/v1/cloudimages/{image_id}/upload', 'ims:images:upload', [
      'ims:images:get',
      'ims:images:update',
    ]),
    api('DELETE', '/v2/images/{image_id}', 'ims:images:delete'),
  ],
  resourceTypes: [
    { name: 'image', urnPatterns: ['ims:<region>:<account-id>:image:<image-id>'], source },
  ],
  conditionKeys: [
    { name: 'ims:Encrypted', type: 'boolean', multiValued: false, description: '', source },
  ],
  warnings: [],
};

export const ECS_CATALOG: ServiceCatalog = {
  ...IMS_CATALOG,
  id: 'ecs-5.0',
  service: 'ecs',
  serviceName: 'Elastic Cloud Server',
  actions: [action('ecs:servers:list', 'list')],
  apis: [api('GET', '/v1/servers', 'ecs:servers:list')],
  resourceTypes: [],
  conditionKeys: [],
};

/** A 5.0 policy text with these statements. */
export function policy(statements: object[]): string {
  return JSON.stringify({ Version: '5.0', Statement: statements }, null, 2);
}
