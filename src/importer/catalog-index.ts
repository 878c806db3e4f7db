/**
 * Builds `catalogs/index.json` from the built catalogs and the content hashes of the files
 * written for them. No timestamps: the index, its version and date included, changes only when a
 * catalog does.
 */
import type {
  CatalogIndex,
  CatalogIndexEntry,
  CatalogSource,
  SkippedSource,
} from '../catalog/index';
import { CATALOG_SCHEMA_VERSION } from '../catalog/index';
import type { BuiltCatalog } from './build-catalog';
import { compareText } from './sort-catalog';

export const GLOBAL_KEYS_FILE = 'global-condition-keys.json';
export const SYSTEM_POLICIES_FILE = 'system-policies.json';

export function catalogFileName(id: string): string {
  return `${id}.json`;
}

function warningCodes(built: BuiltCatalog): Record<string, number> {
  const counts: Record<string, number> = {};
  const codes = built.catalog.warnings.map((warning) => warning.code).sort(compareText);
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

/** The newest of the sources' "Updated on" dates (`2026-03-19` sorts after `2026-03`). */
function newestDate(sources: readonly CatalogSource[]): string | null {
  let newest: string | null = null;
  for (const { updatedOn } of sources)
    if (updatedOn !== undefined && (newest === null || updatedOn > newest)) newest = updatedOn;
  return newest;
}

/**
 * `hashOf` gives the SHA-256 of a written file's bytes, by file name; `sha256` that of a text. The
 * version and date come from the sources and those hashes, never from the clock, so re-running
 * the import is byte-identical (see {@link CatalogIndex.version}).
 */
export function buildCatalogIndex(
  catalogs: readonly BuiltCatalog[],
  skippedSources: readonly SkippedSource[],
  systemPolicySources: readonly CatalogSource[],
  hashOf: (file: string) => string,
  sha256: (text: string) => string,
): CatalogIndex {
  const entries: CatalogIndexEntry[] = catalogs.map((built) => {
    const { catalog } = built;
    const file = catalogFileName(catalog.id);
    return {
      id: catalog.id,
      file,
      service: catalog.service,
      serviceName: catalog.serviceName,
      model: catalog.model,
      coverage: catalog.coverage,
      counts: {
        actions: catalog.actions.length,
        actionRows: built.actionRows,
        apis: catalog.apis.length,
        apiRows: built.apiRows,
        resourceTypes: catalog.resourceTypes.length,
        conditionKeys: catalog.conditionKeys.length,
        warnings: catalog.warnings.length,
      },
      sources: catalog.sources,
      warningCodes: warningCodes(built),
      contentHash: hashOf(file),
    };
  });
  const globalConditionKeys = { file: GLOBAL_KEYS_FILE, contentHash: hashOf(GLOBAL_KEYS_FILE) };
  const systemPolicies = { file: SYSTEM_POLICIES_FILE, contentHash: hashOf(SYSTEM_POLICIES_FILE) };
  const date = newestDate([...entries.flatMap((entry) => entry.sources), ...systemPolicySources]);
  const listed = [...entries, globalConditionKeys, systemPolicies];
  const digest = sha256(listed.map((ref) => `${ref.file} ${ref.contentHash}\n`).join(''));
  const index: CatalogIndex = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    version: `${CATALOG_SCHEMA_VERSION}.${date?.replaceAll('-', '') ?? '0'}.${digest.slice(0, 8)}`,
    date,
    catalogs: entries,
    globalConditionKeys,
    systemPolicies,
  };
  if (skippedSources.length > 0) index.skippedSources = [...skippedSources];
  return index;
}

/** The one way catalog files are written: 2-space JSON and a trailing newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
