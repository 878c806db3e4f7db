/**
 * One row per API and action. The same API can be printed more than once: the English and Chinese
 * copies of one ECS page, or a legacy table that repeats a row. Copies are merged (dependencies and
 * notes joined, the first copy's source and scopes kept) and each merge is a data warning naming
 * every copy, so no printed fact is dropped silently.
 */
import type { CatalogApi, DataWarning } from '../catalog/index';

function endpointOf(api: CatalogApi): string {
  return api.method === null ? api.path : `${api.method} ${api.path}`;
}

function union<T>(into: T[], values: readonly T[], key: (value: T) => string): void {
  const seen = new Set(into.map(key));
  for (const value of values) {
    if (!seen.has(key(value))) {
      seen.add(key(value));
      into.push(value);
    }
  }
}

export function mergeApiCopies(apis: readonly CatalogApi[]): {
  apis: CatalogApi[];
  warnings: DataWarning[];
} {
  const byKey = new Map<string, { api: CatalogApi; copies: CatalogApi[] }>();
  for (const api of apis) {
    const key = JSON.stringify([endpointOf(api), api.action]);
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, {
        api: { ...api, dependencies: [...api.dependencies], notes: [...api.notes] },
        copies: [api],
      });
      continue;
    }
    known.copies.push(api);
    union(known.api.dependencies, api.dependencies, (dependency) => JSON.stringify(dependency));
    union(known.api.notes, api.notes, (note) => note);
  }
  const warnings: DataWarning[] = [];
  for (const { api, copies } of byKey.values()) {
    if (copies.length < 2) continue;
    const where = copies.map((copy) => `${copy.source.file}:${copy.source.line}`).join(', ');
    const scopesDiffer = copies.some(
      (copy) => JSON.stringify(copy.scopes) !== JSON.stringify(api.scopes),
    );
    warnings.push({
      code: 'API_COPIES_MERGED',
      message: `\`${endpointOf(api)}\` → \`${api.action}\` is printed ${copies.length} times (${where}); merged into one row with the dependencies and notes of every copy${scopesDiffer ? ', scopes as the first copy prints them' : ''}`,
      subject: endpointOf(api),
      source: api.source,
    });
  }
  return { apis: [...byKey.values()].map(({ api }) => api), warnings };
}
