/**
 * Builds `catalogs/index.json` from the built catalogs and the content hashes of the files
 * written for them. No timestamps: the index changes only when a catalog does.
 */
import type { CatalogIndex, CatalogIndexEntry, SkippedSource } from '../catalog/index';
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

/** `hashOf` gives the SHA-256 of a written file's bytes, by file name. */
export function buildCatalogIndex(
  catalogs: readonly BuiltCatalog[],
  skippedSources: readonly SkippedSource[],
  hashOf: (file: string) => string,
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
  const index: CatalogIndex = {
    schemaVersion: CATALOG_SCHEMA_VERSION,
    catalogs: entries,
    globalConditionKeys: { file: GLOBAL_KEYS_FILE, contentHash: hashOf(GLOBAL_KEYS_FILE) },
    systemPolicies: { file: SYSTEM_POLICIES_FILE, contentHash: hashOf(SYSTEM_POLICIES_FILE) },
  };
  if (skippedSources.length > 0) index.skippedSources = [...skippedSources];
  return index;
}

/** The one way catalog files are written: 2-space JSON and a trailing newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
