import type { GlobalConditionKey, ServiceCatalog, SystemPolicy } from '../../../../catalog';
import {
  action,
  api,
  conditionKey,
  globalConditionKey,
  resourceType,
  serviceCatalog,
} from '../../../../catalog/testing/catalog-builder';

/** Small hand-made catalogs shared by the view-model tests. */
const at = (line: number) => ({ file: 'test.txt', line });

export const imsCatalog: ServiceCatalog = serviceCatalog('ims', '5.0', {
  serviceName: 'Image Management Service',
  sources: [
    { file: 'ims-a.txt', updatedOn: '2024-12-01', sha256: 'a'.repeat(64) },
    { file: 'ims-b.txt', updatedOn: '2025-03-14', sha256: 'b'.repeat(64) },
  ],
  actions: [
    action('ims:images:list', { accessLevel: 'list', description: 'List images' }),
    action('ims:images:get', {
      description: 'Query image details',
      resourceTypes: ['Image'],
      conditionKeys: ['ims:imageType'],
    }),
    action('ims:images:create', {
      accessLevel: 'write',
      description: 'Create a private image',
      resourceTypes: ['image', { type: 'volume', required: false }],
      conditionKeys: ['ims:imageType', 'g:ResourceTag/env', 'ims:unknownKey'],
    }),
    action('ims:images:share', {
      accessLevel: 'permission_management',
      description: 'Share an image with other accounts',
    }),
  ],
  apis: [
    api('GET /v2/cloudimages', 'ims:images:list'),
    api('POST /v2/cloudimages/action', 'ims:images:create', {
      dependencies: [
        'ims:images:get',
        { action: 'ims:images:update', condition: 'only for data disk images' },
      ],
    }),
    api('POST /v1/cloudimages/wholeimages/action', 'ims:images:create', {
      dependencies: [
        'IMS:Images:Get',
        { action: 'ims:images:update', condition: 'for whole images' },
      ],
    }),
    api('POST /v2/images/{image_id}/members', 'ims:images:share', {
      dependencies: ['ims:images:list'],
    }),
  ],
  resourceTypes: [resourceType('image', ['ims:<region>:<account-id>:image:<image-id>'], at(3))],
  conditionKeys: [
    conditionKey('ims:imageType', 'string', { description: 'Image type', source: at(4) }),
  ],
  warnings: [
    {
      code: 'UNKNOWN_DEPENDENCY',
      message: 'not in table 1',
      subject: 'ims:images:update',
      source: at(5),
    },
    {
      code: 'OVERRIDE_APPLIED',
      message: '`OST` read as `POST`',
      subject: 'POST /v2/cloudimages/action',
      source: at(6),
    },
    {
      code: 'DUPLICATE_ACTION_ROW',
      message: 'listed twice',
      subject: 'ims:images:create',
      source: at(7),
    },
  ],
});

export const ecsLegacyCatalog: ServiceCatalog = serviceCatalog('ecs', '1.1', {
  serviceName: 'Elastic Cloud Server',
  coverage: 'partial',
  sources: [{ file: 'ecs.txt', sha256: 'c'.repeat(64) }],
  actions: [
    action('ecs:cloudServers:list', { accessLevel: null, description: 'List cloud servers' }),
    action('ims:images:list', { accessLevel: null, description: 'Legacy image list' }),
  ],
  apis: [api('GET /v1/{project_id}/cloudservers/detail', 'ecs:cloudServers:list')],
});

export const globalKeys: GlobalConditionKey[] = [
  globalConditionKey('g:EnterpriseProjectId', 'string', { description: 'Enterprise project' }),
  globalConditionKey('g:ResourceTag/<tag-key>', 'string', {
    description: 'Resource tag',
    models: ['5.0'],
  }),
];

/** A documented identity system policy of these statements, named by its id. */
export const systemPolicy = (
  id: string,
  model: SystemPolicy['model'],
  statements: unknown[],
): SystemPolicy => ({
  id,
  name: id,
  kind: 'policy',
  policyType: 'identity',
  model,
  description: '',
  document: { Version: model, Statement: statements },
  provenance: 'documented',
});

export const systemPolicies: SystemPolicy[] = [
  systemPolicy('full-access', '5.0', [{ Effect: 'Allow', Action: ['*'] }]),
  systemPolicy('ims-readonly', '5.0', [{ Effect: 'Allow', Action: ['ims:*:list*', 'ims:*:get*'] }]),
  systemPolicy('deny-share', '5.0', [{ Effect: 'Deny', Action: ['ims:images:share'] }]),
  systemPolicy('legacy-ims', '1.1', [{ Effect: 'Allow', Action: 'ims:images:*' }]),
  systemPolicy('broken', '5.0', [null, { Effect: 'Allow' }]),
];
