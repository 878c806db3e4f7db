/**
 * The whole import as one pure function: captures (text + hash) in, every catalog file's data
 * out. Decides which capture feeds which catalog (service from the action names, model from the
 * table kind), builds the catalogs, then the cross-catalog checks, system policies and global
 * keys. File access and hashing stay in `cli.ts`.
 */
import type {
  CatalogSource,
  GlobalConditionKey,
  GlobalConditionKeysFile,
  PolicyModel,
  ServiceCatalog,
  SkippedSource,
  SystemPoliciesFile,
} from '../catalog/index';
import { catalogId } from '../catalog/index';
import { buildServiceCatalog, type BuiltCatalog, type SourcedDocument } from './build-catalog';
import { readCaptureMeta } from './capture-meta';
import {
  buildGlobalConditionKeys,
  isGlobalKeyCapture,
  type GlobalKeyCapture,
} from './global-condition-keys';
import { readSnapshotMonths } from './index-snapshots';
import type { OperationApis } from './operation-apis';
import type { LineCorrection, Overrides } from './overrides';
import { parseCapture } from './parse-capture';
import { isSystemPoliciesCapture } from './parse-system-policies';
import type { ParsedDocument } from './parsed-types';
import { compareText, sortWarnings } from './sort-catalog';
import { toNumberedLines } from './source-lines';
import { buildSystemPolicies, type SystemPolicyCapture } from './system-policies';

export interface CaptureFile {
  /** File name without directory; names are unique across the capture folders. */
  file: string;
  text: string;
  sha256: string;
}

export interface ImportInput {
  captures: CaptureFile[];
  /** The INDEX.md texts of the capture folders (snapshot months of undated captures). */
  indexTexts: string[];
  overrides: Overrides;
  handKeptGlobalKeys: GlobalConditionKey[];
  /** The APIs of the documented common operations (`system-policy-operations.json`). */
  operationApis: OperationApis[];
}

export interface ImportResult {
  catalogs: BuiltCatalog[];
  globalConditionKeys: GlobalConditionKeysFile;
  systemPolicies: SystemPoliciesFile;
  skippedSources: SkippedSource[];
  /** Problems with the import itself (not with the data), e.g. an override that matched nothing. */
  problems: string[];
}

interface Group {
  service: string;
  model: PolicyModel;
  documents: SourcedDocument[];
}

/** The service prefix most of the capture's action names use. */
function serviceOf(document: ParsedDocument): string | null {
  const counts = new Map<string, number>();
  const names = [
    ...document.actionRows.map((row) => row.name),
    ...document.apiRows.flatMap((row) => row.actions.map((ref) => ref.name)),
  ];
  for (const name of names) {
    const service = name.split(':')[0]?.toLowerCase() ?? '';
    counts.set(service, (counts.get(service) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  return ranked[0]?.[0] ?? null;
}

function sourceOf(
  capture: CaptureFile,
  url: string | undefined,
  updatedOn: string | undefined,
): CatalogSource {
  return {
    file: capture.file,
    ...(url === undefined ? {} : { url }),
    ...(updatedOn === undefined ? {} : { updatedOn }),
    sha256: capture.sha256,
  };
}

export function importCatalogs(input: ImportInput): ImportResult {
  const snapshots = new Map(input.indexTexts.flatMap((text) => [...readSnapshotMonths(text)]));
  const used = new Set<LineCorrection>();
  const groups = new Map<string, Group>();
  const globalCaptures: GlobalKeyCapture[] = [];
  const policyCaptures: SystemPolicyCapture[] = [];
  const skippedSources: SkippedSource[] = [];
  const captures = [...input.captures].sort((a, b) => compareText(a.file, b.file));
  for (const capture of captures) {
    if (isGlobalKeyCapture(capture.text) || isSystemPoliciesCapture(capture.text)) {
      const meta = readCaptureMeta(toNumberedLines(capture.text));
      const entry = {
        file: capture.file,
        text: capture.text,
        source: sourceOf(capture, meta.url, meta.updatedOn),
      };
      (isGlobalKeyCapture(capture.text) ? globalCaptures : policyCaptures).push(entry);
      continue;
    }
    const parsed = parseCapture(capture.file, capture.text, input.overrides.lineCorrections);
    for (const correction of parsed.usedCorrections) used.add(correction);
    const { document } = parsed;
    const service = serviceOf(document);
    if (service === null || document.model === null) {
      skippedSources.push({
        file: capture.file,
        reason: 'no action, API, resource-type or condition-key table was recognised',
        sha256: capture.sha256,
      });
      continue;
    }
    const model: PolicyModel = document.model === 'v5' ? '5.0' : '1.1';
    const id = catalogId(service, model);
    const group = groups.get(id) ?? { service, model, documents: [] };
    const updatedOn = document.updatedOn ?? snapshots.get(capture.file);
    group.documents.push({
      document,
      source: sourceOf(capture, document.url, updatedOn),
      warnings: parsed.warnings,
    });
    groups.set(id, group);
  }

  const problems: string[] = [];
  const catalogs = [...groups.values()].map((group) => {
    const named = group.documents.find(({ document }) => document.serviceName)?.document
      .serviceName;
    const serviceName = named ?? input.overrides.serviceNames[group.service]?.name;
    if (serviceName === undefined)
      problems.push(
        `no English name for service \`${group.service}\`: add it to overrides.json serviceNames`,
      );
    // A complete capture of legacy tables is the data; partial copies of them only cross-check it.
    const hasComplete =
      group.model === '1.1' && group.documents.some(({ document }) => !document.partial);
    const isData = (doc: SourcedDocument) => !hasComplete || !doc.document.partial;
    return buildServiceCatalog({
      service: group.service,
      model: group.model,
      serviceName: serviceName ?? group.service.toUpperCase(),
      data: group.documents.filter(isData),
      crossChecks: group.documents.filter((doc) => !isData(doc)),
    });
  });
  catalogs.sort((a, b) => compareText(a.catalog.id, b.catalog.id));
  checkDependenciesAcrossCatalogs(catalogs.map((built) => built.catalog));

  for (const correction of input.overrides.lineCorrections) {
    if (!used.has(correction))
      problems.push(`override for ${correction.file} matched no line: \`${correction.find}\``);
  }
  const systemPolicies = buildSystemPolicies(
    policyCaptures,
    catalogs.map((built) => built.catalog),
    input.operationApis,
  );
  problems.push(...systemPolicies.problems);
  return {
    catalogs,
    globalConditionKeys: buildGlobalConditionKeys(input.handKeptGlobalKeys, globalCaptures),
    systemPolicies: systemPolicies.file,
    skippedSources,
    problems,
  };
}

/** A dependency on another service's action is checked when that service has a complete catalog. */
function checkDependenciesAcrossCatalogs(catalogs: readonly ServiceCatalog[]): void {
  const complete = new Map(
    catalogs
      .filter((catalog) => catalog.coverage === 'complete')
      .map((catalog) => [
        catalog.id,
        new Set(catalog.actions.flatMap((action) => [action.name, ...action.aliases])),
      ]),
  );
  for (const catalog of catalogs) {
    for (const api of catalog.apis) {
      for (const { action } of api.dependencies) {
        const service = action.split(':')[0]?.toLowerCase() ?? '';
        const target = catalogId(service, catalog.model);
        const names = complete.get(target);
        if (service === catalog.service || !names || names.has(action)) continue;
        catalog.warnings.push({
          code: 'UNKNOWN_DEPENDENCY',
          message: `dependency \`${action}\` of \`${api.id}\` is not an action of \`${target}\``,
          subject: action,
          source: api.source,
        });
      }
    }
    catalog.warnings = sortWarnings(catalog.warnings);
  }
}
