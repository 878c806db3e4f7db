/**
 * Deterministic order for everything in a catalog (code-unit string order, never locale order),
 * and API ids assigned in source order, so a regenerated catalog is byte-identical.
 */
import type { CatalogApi, DataWarning, ServiceCatalog, SourceRef } from '../catalog/index';

export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function compareSource(a: SourceRef, b: SourceRef): number {
  return compareText(a.file, b.file) || a.line - b.line;
}

function compareWarnings(a: DataWarning, b: DataWarning): number {
  return (
    compareSource(a.source, b.source) ||
    compareText(a.code, b.code) ||
    compareText(a.subject ?? '', b.subject ?? '') ||
    compareText(a.message, b.message)
  );
}

/** Sorts warnings and drops exact repeats (two checks can notice the same fact). */
export function sortWarnings(warnings: readonly DataWarning[]): DataWarning[] {
  const sorted = [...warnings].sort(compareWarnings);
  return sorted.filter((warning, index) => {
    const previous = sorted[index - 1];
    return !previous || compareWarnings(previous, warning) !== 0;
  });
}

function apiKey(api: CatalogApi): string {
  return api.method === null ? api.path : `${api.method} ${api.path}`;
}

/** `METHOD path`, with `#2`, `#3`, ... for later APIs of the same method and path. */
function assignApiIds(apis: CatalogApi[]): void {
  const seen = new Map<string, number>();
  for (const api of apis) {
    const key = apiKey(api);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    api.id = count === 1 ? key : `${key}#${count}`;
  }
}

export function sortCatalog(catalog: ServiceCatalog): void {
  catalog.sources.sort((a, b) => compareText(a.file, b.file));
  catalog.actions.sort((a, b) => compareText(a.name, b.name) || compareSource(a.source, b.source));
  catalog.apis.sort((a, b) => compareSource(a.source, b.source) || compareText(a.action, b.action));
  assignApiIds(catalog.apis);
  catalog.resourceTypes.sort((a, b) => compareText(a.name, b.name));
  catalog.conditionKeys.sort((a, b) => compareText(a.name, b.name));
  catalog.warnings = sortWarnings(catalog.warnings);
}
