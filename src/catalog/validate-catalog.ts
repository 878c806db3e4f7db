/**
 * Structural validation of the four catalog file kinds. Used at every boundary: the importer's
 * output, the app's fetch and the CLI's load. `catalogs/catalog.schema.json` states the same
 * rules as a JSON Schema; a unit test keeps the two in agreement.
 */
import {
  CATALOG_SCHEMA_VERSION,
  type CatalogIndex,
  type GlobalConditionKeysFile,
  type ServiceCatalog,
  type SystemPoliciesFile,
} from './catalog-types';
import {
  arrayOf,
  isAnything,
  isBoolean,
  isNonNegativeInteger,
  isPositiveInteger,
  isString,
  nullable,
  objectOf,
  oneOf,
  recordOf,
  runCheck,
  stringMatching,
  type ValidationResult,
} from './shape-checks';

const schemaVersion = oneOf(CATALOG_SCHEMA_VERSION);
const model = oneOf('5.0', '1.1');
const coverage = oneOf('complete', 'partial');
const accessLevel = nullable(oneOf('list', 'read', 'write', 'permission_management', 'tagging'));
const conditionKeyType = oneOf('string', 'number', 'boolean', 'date', 'ip_address');
const sha256 = stringMatching(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256');
const updatedOn = stringMatching(/^\d{4}-\d{2}(-\d{2})?$/, 'a date YYYY-MM-DD or YYYY-MM');
const catalogFile = stringMatching(
  /^[a-z0-9-]+-(5\.0|1\.1)\.json$/,
  'a file name <service>-<model>.json',
);
const strings = arrayOf(isString);

const sourceRef = objectOf({ file: isString, line: isPositiveInteger });

const catalogSource = objectOf(
  { file: isString, sha256 },
  { url: isString, updatedOn, role: oneOf('cross-check') },
);

const dataWarning = objectOf(
  {
    code: stringMatching(/^[A-Z][A-Z0-9_]*$/, 'an UPPER_SNAKE_CASE code'),
    message: isString,
    source: sourceRef,
  },
  { subject: isString },
);

const action = objectOf({
  name: isString,
  description: isString,
  accessLevel,
  resourceTypes: arrayOf(objectOf({ type: isString, required: isBoolean })),
  conditionKeys: strings,
  aliases: strings,
  notes: strings,
  source: sourceRef,
});

const api = objectOf(
  {
    id: isString,
    method: nullable(isString),
    path: isString,
    action: isString,
    dependencies: arrayOf(objectOf({ action: isString }, { condition: isString })),
    notes: strings,
    source: sourceRef,
  },
  {
    title: isString,
    scopes: objectOf(
      {},
      { iamProject: isBoolean, enterpriseProject: isBoolean, instance: isBoolean, tag: isBoolean },
    ),
  },
);

const resourceType = objectOf({ name: isString, urnPatterns: strings, source: sourceRef });

const conditionKey = objectOf({
  name: isString,
  type: conditionKeyType,
  multiValued: nullable(isBoolean),
  description: isString,
  source: sourceRef,
});

const serviceCatalog = objectOf({
  schemaVersion,
  id: stringMatching(/^[a-z0-9-]+-(5\.0|1\.1)$/, 'an id <service>-<model>'),
  service: stringMatching(/^[a-z0-9-]+$/, 'a lower-case service prefix'),
  serviceName: isString,
  model,
  coverage,
  sources: arrayOf(catalogSource),
  actions: arrayOf(action),
  apis: arrayOf(api),
  resourceTypes: arrayOf(resourceType),
  conditionKeys: arrayOf(conditionKey),
  warnings: arrayOf(dataWarning),
});

const counts = objectOf(
  {
    actions: isNonNegativeInteger,
    actionRows: isNonNegativeInteger,
    apis: isNonNegativeInteger,
    resourceTypes: isNonNegativeInteger,
    conditionKeys: isNonNegativeInteger,
    warnings: isNonNegativeInteger,
  },
  { apiRows: isNonNegativeInteger },
);

const fileRef = objectOf({ file: isString, contentHash: sha256 });

const catalogIndex = objectOf(
  {
    schemaVersion,
    version: stringMatching(/^\d+\.\d+\.[0-9a-f]{8}$/, 'a version <schema>.<date digits>.<hash>'),
    date: nullable(updatedOn),
    catalogs: arrayOf(
      objectOf(
        {
          id: isString,
          file: catalogFile,
          service: isString,
          serviceName: isString,
          model,
          coverage,
          counts,
          sources: arrayOf(catalogSource),
          contentHash: sha256,
        },
        { warningCodes: recordOf(isNonNegativeInteger) },
      ),
    ),
    globalConditionKeys: fileRef,
    systemPolicies: fileRef,
  },
  { skippedSources: arrayOf(objectOf({ file: isString, reason: isString, sha256 })) },
);

const globalConditionKeys = objectOf(
  {
    schemaVersion,
    handKept: oneOf(true),
    keys: arrayOf(
      objectOf({
        name: stringMatching(/^g:/, 'a key name starting with `g:`'),
        type: conditionKeyType,
        multiValued: nullable(isBoolean),
        description: isString,
        confidence: oneOf('H', 'M', 'L'),
        models: arrayOf(model),
        sources: strings,
      }),
    ),
  },
  { sources: arrayOf(catalogSource), warnings: arrayOf(dataWarning) },
);

const systemPolicies = objectOf(
  {
    schemaVersion,
    policies: arrayOf(
      objectOf(
        {
          id: isString,
          name: isString,
          kind: oneOf('policy', 'role', 'scp'),
          policyType: oneOf('identity', 'scp'),
          model,
          description: isString,
          document: isAnything,
          provenance: oneOf('documented', 'modelled'),
        },
        {
          operationSupport: arrayOf(
            objectOf({ operation: isString, supported: isBoolean }, { note: isString }),
          ),
          warnings: arrayOf(dataWarning),
          source: sourceRef,
        },
      ),
    ),
  },
  {
    documentedOperations: arrayOf(
      objectOf({
        operation: isString,
        apis: arrayOf(objectOf({ catalogId: isString, apiId: isString })),
        reason: isString,
        source: sourceRef,
      }),
    ),
    sources: arrayOf(catalogSource),
    warnings: arrayOf(dataWarning),
  },
);

/** Checks a `catalogs/<service>-<model>.json` file. */
export function validateServiceCatalog(data: unknown): ValidationResult<ServiceCatalog> {
  return runCheck<ServiceCatalog>(serviceCatalog, data);
}

/** Checks `catalogs/index.json`. */
export function validateCatalogIndex(data: unknown): ValidationResult<CatalogIndex> {
  return runCheck<CatalogIndex>(catalogIndex, data);
}

/** Checks `catalogs/global-condition-keys.json`. */
export function validateGlobalConditionKeys(
  data: unknown,
): ValidationResult<GlobalConditionKeysFile> {
  return runCheck<GlobalConditionKeysFile>(globalConditionKeys, data);
}

/** Checks `catalogs/system-policies.json`. */
export function validateSystemPolicies(data: unknown): ValidationResult<SystemPoliciesFile> {
  return runCheck<SystemPoliciesFile>(systemPolicies, data);
}
