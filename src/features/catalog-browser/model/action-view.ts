import type {
  CatalogAction,
  CatalogApi,
  DataWarning,
  GlobalConditionKey,
  ServiceCatalog,
  SystemPolicy,
} from '../../../catalog';
import type { ActionLookup, ResolvedConditionKey } from './catalog-lookup';
import { resolveConditionKey } from './catalog-lookup';
import type { PolicyGrant } from './policy-grants';
import { findGrantingPolicies } from './policy-grants';

interface ActionResourceView {
  type: string;
  required: boolean;
  /** Empty when the service's resource table does not list the type (a data gap). */
  urnPatterns: string[];
}

interface DependencyView {
  action: string;
  /** When the dependency applies, one entry per API that says so. */
  conditions: string[];
  /** Where the dependency is described, when a loaded catalog of the same model has it. */
  catalogId: string | null;
}

interface ApiRefView {
  catalogId: string;
  id: string;
  method: string | null;
  path: string;
  title?: string;
  notes: string[];
}

/** Everything the action page shows, as plain data (also what "Download JSON" saves). */
export interface ActionView {
  catalogId: string;
  service: string;
  serviceName: string;
  model: ServiceCatalog['model'];
  action: CatalogAction;
  resourceTypes: ActionResourceView[];
  conditionKeys: ResolvedConditionKey[];
  /** APIs this action authorises. */
  apis: ApiRefView[];
  /** APIs (of any loaded catalog of the model) that need this action as a dependency. */
  neededBy: (ApiRefView & { action: string })[];
  /** Actions the APIs of this action also need. */
  dependencies: DependencyView[];
  grantedBy: PolicyGrant[];
  warnings: DataWarning[];
}

export interface ActionViewContext {
  catalogs: readonly ServiceCatalog[];
  lookup: ActionLookup;
  globalKeys: readonly GlobalConditionKey[];
  systemPolicies: readonly SystemPolicy[];
}

const apiRef = (catalogId: string, api: CatalogApi): ApiRefView => ({
  catalogId,
  id: api.id,
  method: api.method,
  path: api.path,
  ...(api.title ? { title: api.title } : {}),
  notes: api.notes,
});

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function buildActionView(
  catalog: ServiceCatalog,
  action: CatalogAction,
  context: ActionViewContext,
): ActionView {
  const ownApis = catalog.apis.filter((api) => same(api.action, action.name));
  const dependencies = new Map<string, DependencyView>();
  for (const api of ownApis) {
    for (const dependency of api.dependencies) {
      const key = dependency.action.toLowerCase();
      const view = dependencies.get(key) ?? {
        action: dependency.action,
        conditions: [],
        catalogId: context.lookup(catalog.model, dependency.action)?.catalog.id ?? null,
      };
      if (dependency.condition && !view.conditions.includes(dependency.condition)) {
        view.conditions.push(dependency.condition);
      }
      dependencies.set(key, view);
    }
  }
  const neededBy = context.catalogs
    .filter((other) => other.model === catalog.model)
    .flatMap((other) =>
      other.apis
        .filter((api) => api.dependencies.some((dep) => same(dep.action, action.name)))
        .map((api) => ({ ...apiRef(other.id, api), action: api.action })),
    );
  const subjects = new Set(
    [action.name, ...ownApis.map((api) => api.id)].map((s) => s.toLowerCase()),
  );
  return {
    catalogId: catalog.id,
    service: catalog.service,
    serviceName: catalog.serviceName,
    model: catalog.model,
    action,
    resourceTypes: action.resourceTypes.map(({ type, required }) => ({
      type,
      required,
      urnPatterns:
        catalog.resourceTypes.find((resourceType) => same(resourceType.name, type))?.urnPatterns ??
        [],
    })),
    conditionKeys: action.conditionKeys.map((key) =>
      resolveConditionKey(key, catalog.conditionKeys, context.globalKeys),
    ),
    apis: ownApis.map((api) => apiRef(catalog.id, api)),
    neededBy,
    dependencies: [...dependencies.values()],
    grantedBy: findGrantingPolicies(context.systemPolicies, catalog.model, action),
    warnings: catalog.warnings.filter(
      (warning) => warning.subject !== undefined && subjects.has(warning.subject.toLowerCase()),
    ),
  };
}
