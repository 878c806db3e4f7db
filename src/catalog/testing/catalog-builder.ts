/**
 * The one builder of catalog test data: services, actions, APIs, resource types and condition keys
 * in the shapes of `catalogs/*.json`, with every field a test does not care about filled in. Each
 * builder takes the identifying fields as arguments and the rest as an options object, so a call
 * says only what its test needs. Used by the unit tests' fixtures, the benchmark and the e2e
 * tests; never by the app or the package (an ESLint zone keeps it out of production code). Pure:
 * it imports only the catalog format.
 */
import { CATALOG_SCHEMA_VERSION } from '../catalog-types';
import type {
  AccessLevel,
  ActionResourceType,
  ApiDependency,
  ApiScopes,
  CatalogAction,
  CatalogApi,
  CatalogConditionKey,
  CatalogIndexEntry,
  CatalogResourceType,
  CatalogSource,
  ConditionKeyType,
  DataWarning,
  GlobalConditionKey,
  PolicyModel,
  ServiceCatalog,
  SourceRef,
} from '../catalog-types';

/** Where every built fact comes from unless a call says otherwise. */
const FIXTURE_SOURCE: SourceRef = { file: 'fixture.txt', line: 1 };

export interface ActionOptions {
  /** Default `read`; `null` for a legacy (1.1) action. */
  accessLevel?: AccessLevel | null;
  /** Default empty. */
  description?: string;
  /** A name is a required resource type; give the object for an optional one. */
  resourceTypes?: readonly (string | ActionResourceType)[];
  conditionKeys?: readonly string[];
  aliases?: readonly string[];
  notes?: readonly string[];
  source?: SourceRef;
}

export function action(name: string, options: ActionOptions = {}): CatalogAction {
  return {
    name,
    description: options.description ?? '',
    accessLevel: options.accessLevel === undefined ? 'read' : options.accessLevel,
    resourceTypes: (options.resourceTypes ?? []).map((type) =>
      typeof type === 'string' ? { type, required: true } : { ...type },
    ),
    conditionKeys: [...(options.conditionKeys ?? [])],
    aliases: [...(options.aliases ?? [])],
    notes: [...(options.notes ?? [])],
    source: options.source ?? FIXTURE_SOURCE,
  };
}

export interface ApiOptions {
  /** A name is an unconditional dependency. */
  dependencies?: readonly (string | ApiDependency)[];
  notes?: readonly string[];
  title?: string;
  scopes?: ApiScopes;
  source?: SourceRef;
}

/**
 * An API of `id` `METHOD /path` (method and path are read from it), or of an API name without a
 * method (as OBS names its APIs), authorised by `actionName`.
 */
export function api(id: string, actionName: string, options: ApiOptions = {}): CatalogApi {
  const space = id.indexOf(' ');
  const method = space < 0 ? null : id.slice(0, space);
  const path = space < 0 ? id : id.slice(space + 1);
  return {
    id,
    method,
    path,
    ...(options.title === undefined ? {} : { title: options.title }),
    action: actionName,
    dependencies: (options.dependencies ?? []).map((dependency) =>
      typeof dependency === 'string' ? { action: dependency } : { ...dependency },
    ),
    notes: [...(options.notes ?? [])],
    ...(options.scopes === undefined ? {} : { scopes: options.scopes }),
    source: options.source ?? FIXTURE_SOURCE,
  };
}

export function resourceType(
  name: string,
  urnPatterns: readonly string[],
  source: SourceRef = FIXTURE_SOURCE,
): CatalogResourceType {
  return { name, urnPatterns: [...urnPatterns], source };
}

interface KeyOptions {
  /** Default `false`; `null` when the source does not say. */
  multiValued?: boolean | null;
  /** Default empty. */
  description?: string;
}

export interface ConditionKeyOptions extends KeyOptions {
  source?: SourceRef;
}

/** A service's condition key. */
export function conditionKey(
  name: string,
  type: ConditionKeyType,
  options: ConditionKeyOptions = {},
): CatalogConditionKey {
  return {
    name,
    type,
    multiValued: options.multiValued === undefined ? false : options.multiValued,
    description: options.description ?? '',
    source: options.source ?? FIXTURE_SOURCE,
  };
}

export interface GlobalConditionKeyOptions extends KeyOptions {
  /** Default both models. */
  models?: readonly PolicyModel[];
  /** Default `H` (documented). */
  confidence?: GlobalConditionKey['confidence'];
  sources?: readonly string[];
}

export function globalConditionKey(
  name: string,
  type: ConditionKeyType,
  options: GlobalConditionKeyOptions = {},
): GlobalConditionKey {
  return {
    name,
    type,
    multiValued: options.multiValued === undefined ? false : options.multiValued,
    description: options.description ?? '',
    confidence: options.confidence ?? 'H',
    models: [...(options.models ?? ['5.0', '1.1'])],
    sources: [...(options.sources ?? [])],
  };
}

export interface ServiceCatalogOptions {
  /** Default the service prefix in capitals (`IMS`). */
  serviceName?: string;
  /** Default `complete`. */
  coverage?: ServiceCatalog['coverage'];
  sources?: readonly CatalogSource[];
  actions?: readonly CatalogAction[];
  apis?: readonly CatalogApi[];
  resourceTypes?: readonly CatalogResourceType[];
  conditionKeys?: readonly CatalogConditionKey[];
  warnings?: readonly DataWarning[];
}

/** The catalog `<service>-<model>`; every list it is not given is empty. */
export function serviceCatalog(
  service: string,
  model: PolicyModel,
  options: ServiceCatalogOptions = {},
): ServiceCatalog {
  return {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    id: `${service}-${model}`,
    service,
    serviceName: options.serviceName ?? service.toUpperCase(),
    model,
    coverage: options.coverage ?? 'complete',
    sources: [...(options.sources ?? [])],
    actions: [...(options.actions ?? [])],
    apis: [...(options.apis ?? [])],
    resourceTypes: [...(options.resourceTypes ?? [])],
    conditionKeys: [...(options.conditionKeys ?? [])],
    warnings: [...(options.warnings ?? [])],
  };
}

/** The index's entry for `catalog` (file `<id>.json`), its counts read from the catalog. */
export function catalogIndexEntry(catalog: ServiceCatalog, contentHash: string): CatalogIndexEntry {
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
      conditionKeys: catalog.conditionKeys.length,
      warnings: catalog.warnings.length,
    },
    sources: [...catalog.sources],
    contentHash,
  };
}
