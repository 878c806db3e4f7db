/**
 * Compares a second capture of the same tables (e.g. the English, partly captured copy of the
 * ECS legacy tables) with a catalog built from the primary capture. Its rows are not imported;
 * each row the catalog lacks, or lists with other dependencies, becomes a `SOURCES_DISAGREE`
 * warning pointing at the second capture.
 */
import type { DataWarning, ServiceCatalog } from '../catalog/index';
import type { ParsedDocument } from './parsed-types';

function names(list: readonly { action: string }[]): string[] {
  return [...new Set(list.map((item) => item.action))].sort();
}

export function crossCheckApis(catalog: ServiceCatalog, other: ParsedDocument): DataWarning[] {
  const warnings: DataWarning[] = [];
  for (const row of other.apiRows) {
    const action = row.actions[0]?.name ?? '';
    for (const api of row.apis) {
      const source = { file: other.file, line: api.line };
      const endpoint = `${api.method ?? ''} ${api.path}`.trim();
      const match = catalog.apis.find(
        (candidate) =>
          candidate.method === api.method &&
          candidate.path === api.path &&
          candidate.action === action,
      );
      if (!match) {
        warnings.push({
          code: 'SOURCES_DISAGREE',
          message: `\`${endpoint}\` → \`${action}\` is not in the catalog's data source`,
          subject: endpoint,
          source,
        });
        continue;
      }
      const theirs = names(row.dependencies);
      const ours = names(match.dependencies);
      if (theirs.join() !== ours.join()) {
        warnings.push({
          code: 'SOURCES_DISAGREE',
          message: `\`${endpoint}\` → \`${action}\` lists dependencies [${theirs.join(', ')}] here but [${ours.join(', ')}] in ${match.source.file}:${match.source.line}`,
          subject: match.id,
          source,
        });
      }
    }
  }
  return warnings;
}
