/**
 * The catalog format: what the importer writes to `catalogs/` and what the engine, the app and
 * the CLI read. `catalogs/catalog.schema.json` describes the same shapes as a JSON Schema; a unit
 * test keeps the two and the committed files in agreement.
 */

/** Bumped whenever a stored shape changes incompatibly. */
export const CATALOG_SCHEMA_VERSION = 1;

/**
 * The two authorization models. `5.0` is the identity-policy / SCP model (IAM v5, Organizations);
 * `1.1` is the legacy role/policy ("fine-grained") model whose action names differ. A policy's
 * `Version` picks the catalogs it is checked and evaluated against; the two are never mixed silently.
 */
export type PolicyModel = '5.0' | '1.1';

/** Access levels as the v5 tables print them (lower case). Legacy tables have none. */
export type AccessLevel = 'list' | 'read' | 'write' | 'permission_management' | 'tagging';

/** Condition key value types from the IAM v5 metadata model. */
export type ConditionKeyType = 'string' | 'number' | 'boolean' | 'date' | 'ip_address';

/** Where a fact came from: a capture file name (no directory) and a 1-based line number. */
export interface SourceRef {
  file: string;
  line: number;
}

/** A resource type an action takes, with the table's required marker (`*`). */
export interface ActionResourceType {
  type: string;
  required: boolean;
}

export interface CatalogAction {
  /** Full action name as printed, e.g. `ims:images:list`. */
  name: string;
  description: string;
  /** `null` in legacy (1.1) catalogs, whose tables have no access level column. */
  accessLevel: AccessLevel | null;
  resourceTypes: ActionResourceType[];
  /** Condition keys listed for the action (service keys and `g:` keys). */
  conditionKeys: string[];
  /** Legacy action names that this action also answers to (v5 Alias column). */
  aliases: string[];
  /** Human notes about this row's data (e.g. "listed twice in the source"). */
  notes: string[];
  source: SourceRef;
}

/** A dependency action an API needs, optionally only in some situations. */
export interface ApiDependency {
  action: string;
  /** When the dependency applies, as the source says it ("创建云服务器时新创建弹性公网IP"). */
  condition?: string;
}

/** The scope columns of legacy (1.1) tables: where a permission can be granted. */
export interface ApiScopes {
  /** "IAM项目 (Project)": grantable in an IAM project. */
  iamProject?: boolean;
  /** "企业项目 (Enterprise Project)". */
  enterpriseProject?: boolean;
  /** "实例授权": authorisation by instance (resource-level). */
  instance?: boolean;
  /** "标签授权": authorisation by tag. */
  tag?: boolean;
}

export interface CatalogApi {
  /** Stable id within the catalog: `METHOD path` (or the API name) plus `#n` when repeated. */
  id: string;
  /** HTTP method; `null` when the source names the API instead of giving its path (OBS). */
  method: string | null;
  /** URL path such as `/v2/images/{image_id}`, or the API's name when `method` is `null`. */
  path: string;
  /** The permission column of legacy tables (a short title), when there is one. */
  title?: string;
  /**
   * The action that authorises this API; an empty string when the source states that the API
   * needs no action (EVS prints `无`).
   */
  action: string;
  dependencies: ApiDependency[];
  /** Notes printed next to the API, such as "required only for quickly importing a data disk image". */
  notes: string[];
  /** Legacy tables only: the scope columns (√/×) of the API's row. */
  scopes?: ApiScopes;
  source: SourceRef;
}

export interface CatalogResourceType {
  /** Resource type name as printed in the resource table (case kept). */
  name: string;
  /** URN patterns with placeholders such as `<region>`, `<account-id>`, `<image-id>`. */
  urnPatterns: string[];
  source: SourceRef;
}

export interface CatalogConditionKey {
  name: string;
  type: ConditionKeyType;
  /** `null` when the source does not say. */
  multiValued: boolean | null;
  description: string;
  source: SourceRef;
}

/** A quirk of the source data, surfaced to users rather than silently fixed. */
export interface DataWarning {
  /** Stable code such as `DUPLICATE_ACTION_ROW`, `UNKNOWN_DEPENDENCY`, `OVERRIDE_APPLIED`. */
  code: string;
  message: string;
  /** The action, API id, key or resource type the warning is about, when there is one. */
  subject?: string;
  source: SourceRef;
}

export interface CatalogSource {
  file: string;
  url?: string;
  /** The page's "Updated on" date (YYYY-MM-DD) or the snapshot month the INDEX gives (YYYY-MM). */
  updatedOn?: string;
  /** SHA-256 (hex) of the capture file the catalog was derived from. */
  sha256: string;
  /**
   * `cross-check` when the file only served to compare against the catalog's data source (its
   * rows are not in the catalog; differences become warnings). Absent for data sources.
   */
  role?: 'cross-check';
}

export interface ServiceCatalog {
  schemaVersion: typeof CATALOG_SCHEMA_VERSION;
  /** Catalog id, `<service>-<model>`, e.g. `ims-5.0`, `ecs-1.1`. */
  id: string;
  /** Service prefix as used in action names (lower case), e.g. `ims`. */
  service: string;
  serviceName: string;
  model: PolicyModel;
  /** `partial` when the captures hold only part of the service's tables. */
  coverage: 'complete' | 'partial';
  sources: CatalogSource[];
  actions: CatalogAction[];
  apis: CatalogApi[];
  resourceTypes: CatalogResourceType[];
  conditionKeys: CatalogConditionKey[];
  warnings: DataWarning[];
}

export interface CatalogCounts {
  actions: number;
  /** Action rows in the source tables, duplicates included. */
  actionRows: number;
  apis: number;
  /** API table rows; a row may list several APIs (IMS, ECS), so this can be below `apis`. */
  apiRows?: number;
  resourceTypes: number;
  conditionKeys: number;
  warnings: number;
}

export interface CatalogIndexEntry {
  id: string;
  /** File name relative to the index, e.g. `ims-5.0.json`. */
  file: string;
  service: string;
  serviceName: string;
  model: PolicyModel;
  coverage: 'complete' | 'partial';
  counts: CatalogCounts;
  sources: CatalogSource[];
  /** How many warnings of each code the catalog holds. */
  warningCodes?: Record<string, number>;
  /** SHA-256 (hex) of the catalog file's bytes. */
  contentHash: string;
}

/** A capture the importer read but did not turn into any catalog, and why. */
export interface SkippedSource {
  file: string;
  reason: string;
  sha256: string;
}

export interface CatalogIndex {
  schemaVersion: typeof CATALOG_SCHEMA_VERSION;
  /**
   * The catalogs' version, `<schema version>.<date as digits>.<8 hex digits>`: the digits are the
   * start of a SHA-256 over every listed file's content hash, so the version changes whenever any
   * file does (an override, an importer fix) and otherwise stays put.
   */
  version: string;
  /** The newest "Updated on" date of the documentation the catalogs come from; `null`: none dated. */
  date: string | null;
  catalogs: CatalogIndexEntry[];
  globalConditionKeys: { file: string; contentHash: string };
  systemPolicies: { file: string; contentHash: string };
  skippedSources?: SkippedSource[];
}

/** A global (`g:`) condition key; hand-kept data from the policy-language reference §8.1. */
export interface GlobalConditionKey {
  /** Key name; a `<tag-key>` placeholder marks a family such as `g:ResourceTag/<tag-key>`. */
  name: string;
  type: ConditionKeyType;
  multiValued: boolean | null;
  description: string;
  /** Confidence from the reference: H documented, M inferred, L assumption. */
  confidence: 'H' | 'M' | 'L';
  /** Which models document the key. */
  models: PolicyModel[];
  sources: string[];
}

/** The catalogs a policy is checked and evaluated against: service catalogs and global keys. */
export interface CatalogSet {
  catalogs: readonly ServiceCatalog[];
  globalKeys: readonly GlobalConditionKey[];
}

export interface GlobalConditionKeysFile {
  schemaVersion: typeof CATALOG_SCHEMA_VERSION;
  /** Always `true`: these keys are kept by hand, not imported. */
  handKept: true;
  keys: GlobalConditionKey[];
  /** Captures merged into the hand-kept list (e.g. the partial global-key page). */
  sources?: CatalogSource[];
  /** Differences between the hand-kept list and the merged captures. */
  warnings?: DataWarning[];
}

export interface SystemPolicy {
  /** Stable id, e.g. `ecs-fullaccess`. */
  id: string;
  name: string;
  kind: 'policy' | 'role' | 'scp';
  /** Which policy type the document is: an identity (or legacy) policy, or an SCP. */
  policyType: 'identity' | 'scp';
  model: PolicyModel;
  description: string;
  /** The exact policy document as documented (or modelled, see `provenance`). */
  document: unknown;
  /** `documented` when copied from a source capture; `modelled` when the tool assumes it. */
  provenance: 'documented' | 'modelled';
  /** The policy's column of a documented table of common operations, in the table's order. */
  operationSupport?: OperationSupport[];
  /** Quirks of this policy's document, e.g. action names that no catalog holds. */
  warnings?: DataWarning[];
  source?: SourceRef;
}

/** What a documented table of common operations (ECS Table 3) says of one operation for one policy. */
export interface OperationSupport {
  /** The operation as the table prints it, e.g. `Querying ECS details`. */
  operation: string;
  supported: boolean;
  /** Words the cell adds to Supported / Not supported, e.g. `VNC login not supported`. */
  note?: string;
}

/** An API of a catalog, by the catalog's id and the API's id there. */
export interface ApiRef {
  catalogId: string;
  apiId: string;
}

/**
 * A row of a documented table of common operations with the APIs the operation calls. The
 * documentation names operations, not APIs: the APIs and the reason for them are hand-kept in
 * `catalogs/overrides/system-policy-operations.json`.
 */
export interface DocumentedOperation {
  operation: string;
  apis: ApiRef[];
  /** Why the operation calls these APIs. */
  reason: string;
  /** The table row. */
  source: SourceRef;
}

export interface SystemPoliciesFile {
  schemaVersion: typeof CATALOG_SCHEMA_VERSION;
  policies: SystemPolicy[];
  /** The rows of the documented tables of common operations, in the tables' order. */
  documentedOperations?: DocumentedOperation[];
  sources?: CatalogSource[];
  /** Quirks of the captures that concern no single policy (e.g. a document that is not JSON). */
  warnings?: DataWarning[];
}
