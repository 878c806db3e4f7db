/** Public entry of the catalog format: types, validators and lookup helpers. */
export { CATALOG_SCHEMA_VERSION } from './catalog-types';
export type {
  AccessLevel,
  ActionResourceType,
  ApiRef,
  ApiDependency,
  ApiScopes,
  CatalogAction,
  CatalogApi,
  CatalogConditionKey,
  CatalogCounts,
  CatalogIndex,
  CatalogIndexEntry,
  CatalogResourceType,
  CatalogSet,
  CatalogSource,
  ConditionKeyType,
  DataWarning,
  DocumentedOperation,
  GlobalConditionKey,
  GlobalConditionKeysFile,
  OperationSupport,
  PolicyModel,
  ServiceCatalog,
  SkippedSource,
  SourceRef,
  SystemPoliciesFile,
  SystemPolicy,
} from './catalog-types';
export { describeCatalogRelease, type CatalogRelease } from './catalog-release';
export { contentAddressedName, plainCatalogName } from './content-addressed';
export { isRecord } from './is-record';
export type { ValidationResult } from './shape-checks';
export {
  validateCatalogIndex,
  validateGlobalConditionKeys,
  validateServiceCatalog,
  validateSystemPolicies,
} from './validate-catalog';
export {
  catalogId,
  indexActionsByAlias,
  indexActionsByName,
  indexApisByAction,
} from './catalog-lookup';
