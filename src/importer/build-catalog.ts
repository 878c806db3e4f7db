/**
 * Assembles one service catalog from the parsed captures planned for it: merges action rows,
 * resolves resource cells to resource types, expands API rows into one entry per API, then runs
 * the consistency checks and sorts everything so regeneration is byte-identical.
 */
import type {
  ActionResourceType,
  CatalogAction,
  CatalogApi,
  CatalogConditionKey,
  CatalogResourceType,
  CatalogSource,
  DataWarning,
  PolicyModel,
  ServiceCatalog,
} from '../catalog/index';
import { CATALOG_SCHEMA_VERSION, catalogId } from '../catalog/index';
import { checkCatalog } from './catalog-checks';
import { crossCheckApis } from './cross-check';
import { mergeActionRows, type SourcedActionRow } from './merge-actions';
import { mergeApiCopies } from './merge-apis';
import type { ParsedDocument, ParsedResourceRef } from './parsed-types';
import { sortCatalog } from './sort-catalog';

/** A parsed capture with its provenance and the warnings its parse produced. */
export interface SourcedDocument {
  document: ParsedDocument;
  source: CatalogSource;
  warnings: DataWarning[];
}

export interface CatalogPlan {
  service: string;
  model: PolicyModel;
  serviceName: string;
  data: SourcedDocument[];
  /** Captures only compared against `data` (an older or partial copy of the same tables). */
  crossChecks: SourcedDocument[];
}

export interface BuiltCatalog {
  catalog: ServiceCatalog;
  actionRows: number;
  apiRows: number;
}

export function buildServiceCatalog(plan: CatalogPlan): BuiltCatalog {
  const warnings: DataWarning[] = [...plan.data, ...plan.crossChecks].flatMap(
    (doc) => doc.warnings,
  );
  const resourceTypes = collectResourceTypes(plan.data, warnings);
  const actions =
    plan.model === '5.0'
      ? v5Actions(plan.data, resourceTypes, warnings)
      : legacyActions(plan.service, plan.data);
  const merged = mergeApiCopies(plan.data.flatMap(({ document }) => apisOf(document)));
  warnings.push(...merged.warnings);
  const catalog: ServiceCatalog = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    id: catalogId(plan.service, plan.model),
    service: plan.service,
    serviceName: plan.serviceName,
    model: plan.model,
    coverage: plan.data.some(({ document }) => document.partial) ? 'partial' : 'complete',
    sources: [
      ...plan.data.map(({ source }) => source),
      ...plan.crossChecks.map(({ source }) => ({ ...source, role: 'cross-check' as const })),
    ],
    actions,
    apis: merged.apis,
    resourceTypes,
    conditionKeys: collectConditionKeys(plan.data, warnings),
    warnings,
  };
  sortCatalog(catalog);
  catalog.warnings.push(...checkCatalog(catalog));
  for (const check of plan.crossChecks)
    catalog.warnings.push(...crossCheckApis(catalog, check.document));
  sortCatalog(catalog);
  return {
    catalog,
    actionRows:
      plan.model === '5.0'
        ? plan.data.reduce((sum, { document }) => sum + document.actionRows.length, 0)
        : plan.data.reduce((sum, { document }) => sum + document.apiRows.length, 0),
    apiRows: plan.data.reduce((sum, { document }) => sum + document.apiRows.length, 0),
  };
}

function collectResourceTypes(
  data: readonly SourcedDocument[],
  warnings: DataWarning[],
): CatalogResourceType[] {
  const byName = new Map<string, CatalogResourceType>();
  for (const { document } of data) {
    for (const type of document.resourceTypes) {
      const known = byName.get(type.name);
      const source = { file: document.file, line: type.line };
      if (known) {
        warnings.push({
          code: 'DUPLICATE_RESOURCE_TYPE',
          message: `resource type \`${type.name}\` is defined again; URN patterns merged`,
          subject: type.name,
          source,
        });
        for (const urn of type.urnPatterns)
          if (!known.urnPatterns.includes(urn)) known.urnPatterns.push(urn);
      } else {
        byName.set(type.name, { name: type.name, urnPatterns: [...type.urnPatterns], source });
      }
    }
  }
  return [...byName.values()];
}

/** Reports each URN printed in place of a resource type once per capture, with its count. */
interface UrnCells {
  first: { file: string; line: number; action: string };
  count: number;
  type: string;
  known: boolean;
}

function resolveResource(
  ref: ParsedResourceRef,
  action: string,
  file: string,
  types: readonly CatalogResourceType[],
  urnCells: Map<string, UrnCells>,
): ActionResourceType {
  if (ref.type !== null) return { type: ref.type, required: ref.required };
  const urn = ref.urn ?? '';
  const known = types.find((type) => type.urnPatterns.includes(urn));
  const type = known?.name ?? urn.split(':')[3] ?? urn;
  const key = `${file}|${urn}`;
  const seen = urnCells.get(key);
  if (seen) seen.count += 1;
  else
    urnCells.set(key, {
      first: { file, line: ref.line, action },
      count: 1,
      type,
      known: Boolean(known),
    });
  return { type, required: ref.required };
}

function reportUrnCells(urnCells: ReadonlyMap<string, UrnCells>, warnings: DataWarning[]): void {
  for (const [key, cells] of urnCells) {
    const urn = key.slice(key.indexOf('|') + 1);
    const how = cells.known
      ? `the resource type with that URN, \`${cells.type}\``
      : `\`${cells.type}\`, its type segment (no resource type has this URN)`;
    const rows =
      cells.count === 1
        ? `\`${cells.first.action}\``
        : `${cells.count} actions (first \`${cells.first.action}\`)`;
    warnings.push({
      code: 'RESOURCE_TYPE_AS_URN',
      message: `the resource-type cells of ${rows} give the URN \`${urn}\` instead of a type name; read as ${how}`,
      subject: cells.type,
      source: { file: cells.first.file, line: cells.first.line },
    });
  }
}

function v5Actions(
  data: readonly SourcedDocument[],
  types: readonly CatalogResourceType[],
  warnings: DataWarning[],
): CatalogAction[] {
  const urnCells = new Map<string, UrnCells>();
  const rows: SourcedActionRow[] = data.flatMap(({ document }) =>
    document.actionRows.map((row) => ({
      file: document.file,
      row,
      resourceTypes: row.resources.map((ref) =>
        resolveResource(ref, row.name, document.file, types, urnCells),
      ),
    })),
  );
  reportUrnCells(urnCells, warnings);
  const merged = mergeActionRows(rows);
  warnings.push(...merged.warnings);
  return merged.actions;
}

/** Legacy tables have no action table: the actions are the names in their Action cells. */
function legacyActions(service: string, data: readonly SourcedDocument[]): CatalogAction[] {
  const byName = new Map<string, CatalogAction>();
  const primary = new Set<string>();
  for (const { document } of data) {
    for (const row of document.apiRows) {
      const refs = [...row.actions, ...(row.alsoInActionCell ?? [])];
      refs.forEach(({ name, line }, index) => {
        if (name.split(':')[0]?.toLowerCase() !== service) return;
        const isPrimary = index < row.actions.length;
        const known = byName.get(name);
        if (!known) {
          byName.set(name, {
            name,
            description: isPrimary ? (row.title ?? '') : '',
            accessLevel: null,
            resourceTypes: [],
            conditionKeys: [],
            aliases: [],
            notes: [],
            source: { file: document.file, line },
          });
        } else if (isPrimary && !primary.has(name)) {
          known.description = row.title ?? '';
        }
        if (isPrimary) primary.add(name);
      });
    }
  }
  for (const [name, action] of byName) {
    if (!primary.has(name))
      action.notes.push('listed only next to another action in an Action cell');
  }
  return [...byName.values()];
}

function apisOf(document: ParsedDocument): CatalogApi[] {
  return document.apiRows.flatMap((row) => {
    const actions = row.actions.length > 0 ? row.actions.map((ref) => ref.name) : [''];
    return actions.flatMap((action) =>
      row.apis.map((api): CatalogApi => ({
        id: '',
        method: api.method,
        path: api.path,
        ...(row.title === undefined ? {} : { title: row.title }),
        action,
        dependencies: row.dependencies.map((dependency) => ({ ...dependency })),
        notes: [...api.notes, ...row.notes],
        ...(row.scopes ? { scopes: { ...row.scopes } } : {}),
        source: { file: document.file, line: api.line },
      })),
    );
  });
}

function collectConditionKeys(
  data: readonly SourcedDocument[],
  warnings: DataWarning[],
): CatalogConditionKey[] {
  const byName = new Map<string, CatalogConditionKey>();
  for (const { document } of data) {
    for (const key of document.conditionKeys) {
      const source = { file: document.file, line: key.line };
      if (key.type === null) {
        warnings.push({
          code: 'CONDITION_KEY_SKIPPED',
          message: `condition key \`${key.name}\` is left out: its type is unknown`,
          subject: key.name,
          source,
        });
      } else if (byName.has(key.name)) {
        warnings.push({
          code: 'DUPLICATE_CONDITION_KEY',
          message: `condition key \`${key.name}\` is listed again; the first entry is kept`,
          subject: key.name,
          source,
        });
      } else {
        byName.set(key.name, {
          name: key.name,
          type: key.type,
          multiValued: key.multiValued,
          description: key.description,
          source,
        });
      }
    }
  }
  return [...byName.values()];
}
