/** Test helper: small catalogs typed as the real format, with only what the matrix reads. */
import type { PolicyModel, ServiceCatalog } from '../../catalog/catalog-types';

export interface TestAction {
  name: string;
  resourceTypes?: string[];
  aliases?: string[];
}

export interface TestApi {
  id: string;
  action: string;
  dependencies?: (string | { action: string; condition: string })[];
}

const source = { file: 'test.txt', line: 1 };

export function testCatalog(
  service: string,
  model: PolicyModel,
  actions: readonly TestAction[],
  apis: readonly TestApi[],
): ServiceCatalog {
  return {
    schemaVersion: 1,
    id: `${service}-${model}`,
    service,
    serviceName: service.toUpperCase(),
    model,
    coverage: 'complete',
    sources: [],
    actions: actions.map((a) => ({
      name: a.name,
      description: '',
      accessLevel: model === '5.0' ? 'read' : null,
      resourceTypes: (a.resourceTypes ?? []).map((type) => ({ type, required: true })),
      conditionKeys: [],
      aliases: a.aliases ?? [],
      notes: [],
      source,
    })),
    apis: apis.map((api) => ({
      id: api.id,
      method: 'GET',
      path: `/${api.id}`,
      action: api.action,
      dependencies: (api.dependencies ?? []).map((d) =>
        typeof d === 'string' ? { action: d } : d,
      ),
      notes: [],
      source,
    })),
    resourceTypes: [],
    conditionKeys: [],
    warnings: [],
  };
}
