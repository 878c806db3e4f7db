import type { ServiceCatalog } from '../../../../catalog';
import {
  action,
  api,
  conditionKey,
  resourceType,
  serviceCatalog,
} from '../../../../catalog/testing/catalog-builder';

/** A small IMS-like 5.0 catalog for the view-model tests: a few actions, APIs and dependencies. */
export const IMS_CATALOG: ServiceCatalog = serviceCatalog('ims', '5.0', {
  serviceName: 'Image Management Service',
  actions: [
    action('ims:images:list', { accessLevel: 'list' }),
    action('ims:images:get', { resourceTypes: ['image'] }),
    action('ims:images:share', { accessLevel: 'permission_management', resourceTypes: ['image'] }),
    action('ims:images:upload', { accessLevel: 'write', resourceTypes: ['image'] }),
    action('ims:images:update', { accessLevel: 'write', resourceTypes: ['image'] }),
    action('ims:images:delete', { accessLevel: 'write', resourceTypes: ['image'] }),
  ],
  apis: [
    api('GET /v2/cloudimages', 'ims:images:list'),
    api('GET /v2/images/{image_id}', 'ims:images:get'),
    api('POST /v2/images/{image_id}/members', 'ims:images:share', {
      dependencies: ['ims:images:get'],
    }),
    api('PUT /v1/cloudimages/{image_id}/upload', 'ims:images:upload', {
      dependencies: ['ims:images:get', 'ims:images:update'],
    }),
    api('DELETE /v2/images/{image_id}', 'ims:images:delete'),
  ],
  resourceTypes: [resourceType('image', ['ims:<region>:<account-id>:image:<image-id>'])],
  conditionKeys: [conditionKey('ims:Encrypted', 'boolean')],
});

export const ECS_CATALOG: ServiceCatalog = serviceCatalog('ecs', '5.0', {
  serviceName: 'Elastic Cloud Server',
  actions: [action('ecs:servers:list', { accessLevel: 'list' })],
  apis: [api('GET /v1/servers', 'ecs:servers:list')],
});

/** A 5.0 policy text with these statements. */
export function policy(statements: object[]): string {
  return JSON.stringify({ Version: '5.0', Statement: statements }, null, 2);
}
