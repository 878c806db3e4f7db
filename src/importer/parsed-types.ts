/**
 * What the table parsers recognise in one capture, before rows from several captures are merged
 * into a catalog. Every element keeps the 1-based line it came from.
 */
import type { AccessLevel, ApiDependency, ApiScopes, ConditionKeyType } from '../catalog/index';

/** A cell of the Resource Type column: a type name (`image *`) or, as BMS prints it, a URN. */
export interface ParsedResourceRef {
  type: string | null;
  urn: string | null;
  required: boolean;
  line: number;
}

/** A row of a v5 "Actions supported by <service>" table (or an ECS per-API authorization block). */
export interface ParsedActionRow {
  name: string;
  description: string;
  accessLevel: AccessLevel | null;
  resources: ParsedResourceRef[];
  conditionKeys: string[];
  aliases: string[];
  line: number;
  /** The documentation page of a per-API authorization block (each block is its own page). */
  page?: string;
}

/** One API of an API → action → dependencies table (v5) or a legacy permissions table (1.1). */
export interface ParsedApi {
  method: string | null;
  path: string;
  notes: string[];
  line: number;
}

export interface ParsedApiRow {
  /** The permission title of legacy tables. */
  title?: string;
  apis: ParsedApi[];
  /** Normally one; several when the Action cell names several actions. */
  actions: ParsedActionRef[];
  dependencies: ApiDependency[];
  /**
   * Legacy tables without a Dependencies column list extra actions in the Action cell; they are
   * in `dependencies` too, and named here because they are also actions of the service.
   */
  alsoInActionCell?: ParsedActionRef[];
  scopes?: ApiScopes;
  /** Facts about the row worth showing next to each of its APIs (e.g. the page it came from). */
  notes: string[];
  line: number;
}

export interface ParsedActionRef {
  name: string;
  /** The label printed above the action in a conditional list, e.g. `通过镜像创建云硬盘`. */
  condition?: string;
  line: number;
}

export interface ParsedResourceType {
  name: string;
  urnPatterns: string[];
  line: number;
}

export interface ParsedConditionKey {
  name: string;
  type: ConditionKeyType | null;
  multiValued: boolean | null;
  description: string;
  line: number;
}

/** Which authorization model the tables of a capture describe. */
type TableModel = 'v5' | 'legacy';

export interface ParsedDocument {
  file: string;
  model: TableModel | null;
  url?: string;
  updatedOn?: string;
  /** An English service name printed in the capture, e.g. `Image Management Service`. */
  serviceName?: string;
  partial: boolean;
  actionRows: ParsedActionRow[];
  apiRows: ParsedApiRow[];
  resourceTypes: ParsedResourceType[];
  conditionKeys: ParsedConditionKey[];
}

/** What a table parser returns: its rows, and the index of the first cell after the table. */
export interface TableResult<T> {
  rows: T[];
  next: number;
}
