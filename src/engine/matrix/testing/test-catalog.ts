/** Test helper: small catalogs typed as the real format, with only what the matrix reads. */
import type { PolicyModel, ServiceCatalog } from '../../../catalog/catalog-types';
import { action, api, serviceCatalog } from '../../../catalog/testing/catalog-builder';

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

/**
 * A catalog of `actions` (read-level in 5.0, legacy in 1.1) and `apis`, each read as `GET /<id>`
 * whatever its id says, so a test names an API by a short id.
 */
export function testCatalog(
  service: string,
  model: PolicyModel,
  actions: readonly TestAction[],
  apis: readonly TestApi[],
): ServiceCatalog {
  return serviceCatalog(service, model, {
    actions: actions.map(({ name, resourceTypes = [], aliases = [] }) =>
      action(name, { accessLevel: model === '5.0' ? 'read' : null, resourceTypes, aliases }),
    ),
    apis: apis.map(({ id, action: actionName, dependencies = [] }) => ({
      ...api(id, actionName, { dependencies }),
      method: 'GET',
      path: `/${id}`,
    })),
  });
}
