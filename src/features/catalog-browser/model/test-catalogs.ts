import type {
  CatalogAction,
  CatalogApi,
  GlobalConditionKey,
  ServiceCatalog,
  SystemPolicy,
} from '../../../catalog';

/** Small hand-made catalogs shared by the view-model tests. */
const at = (line: number) => ({ file: 'test.txt', line });

const action = (name: string, extra: Partial<CatalogAction> = {}): CatalogAction => ({
  name,
  description: '',
  accessLevel: 'read',
  resourceTypes: [],
  conditionKeys: [],
  aliases: [],
  notes: [],
  source: at(1),
  ...extra,
});

const api = (id: string, actionName: string, extra: Partial<CatalogApi> = {}): CatalogApi => {
  const [method = null, path = id] = id.split(' ');
  return {
    id,
    method,
    path,
    action: actionName,
    dependencies: [],
    notes: [],
    source: at(2),
    ...extra,
  };
};

export const imsCatalog: ServiceCatalog = {
  schemaVersion: 1,
  id: 'ims-5.0',
  service: 'ims',
  serviceName: 'Image Management Service',
  model: '5.0',
  coverage: 'complete',
  sources: [
    { file: 'ims-a.txt', updatedOn: '2024-12-01', sha256: 'a'.repeat(64) },
    { file: 'ims-b.txt', updatedOn: '2025-03-14', sha256: 'b'.repeat(64) },
  ],
  actions: [
    action('ims:images:list', { accessLevel: 'list', description: 'List images' }),
    action('ims:images:get', {
      description: 'Query image details',
      resourceTypes: [{ type: 'Image', required: true }],
      conditionKeys: ['ims:imageType'],
    }),
    action('ims:images:create', {
      accessLevel: 'write',
      description: 'Create a private image',
      resourceTypes: [
        { type: 'image', required: true },
        { type: 'volume', required: false },
      ],
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
        { action: 'ims:images:get' },
        { action: 'ims:images:update', condition: 'only for data disk images' },
      ],
    }),
    api('POST /v1/cloudimages/wholeimages/action', 'ims:images:create', {
      dependencies: [
        { action: 'IMS:Images:Get' },
        { action: 'ims:images:update', condition: 'for whole images' },
      ],
    }),
    api('POST /v2/images/{image_id}/members', 'ims:images:share', {
      dependencies: [{ action: 'ims:images:list' }],
    }),
  ],
  resourceTypes: [
    { name: 'image', urnPatterns: ['ims:<region>:<account-id>:image:<image-id>'], source: at(3) },
  ],
  conditionKeys: [
    {
      name: 'ims:imageType',
      type: 'string',
      multiValued: false,
      description: 'Image type',
      source: at(4),
    },
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
};

export const ecsLegacyCatalog: ServiceCatalog = {
  schemaVersion: 1,
  id: 'ecs-1.1',
  service: 'ecs',
  serviceName: 'Elastic Cloud Server',
  model: '1.1',
  coverage: 'partial',
  sources: [{ file: 'ecs.txt', sha256: 'c'.repeat(64) }],
  actions: [
    action('ecs:cloudServers:list', { accessLevel: null, description: 'List cloud servers' }),
    action('ims:images:list', { accessLevel: null, description: 'Legacy image list' }),
  ],
  apis: [api('GET /v1/{project_id}/cloudservers/detail', 'ecs:cloudServers:list')],
  resourceTypes: [],
  conditionKeys: [],
  warnings: [],
};

export const globalKeys: GlobalConditionKey[] = [
  {
    name: 'g:EnterpriseProjectId',
    type: 'string',
    multiValued: false,
    description: 'Enterprise project',
    confidence: 'H',
    models: ['5.0', '1.1'],
    sources: [],
  },
  {
    name: 'g:ResourceTag/<tag-key>',
    type: 'string',
    multiValued: false,
    description: 'Resource tag',
    confidence: 'H',
    models: ['5.0'],
    sources: [],
  },
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
