/** Test support: runs the importer on fixture captures (in `fixtures/`) with a fixed hash. */
import type { BuiltCatalog } from './build-catalog';
import { importCatalogs, type ImportResult } from './import-catalogs';
import type { Overrides } from './overrides';

export const FIXTURE_HASH = 'f'.repeat(64);

const NO_OVERRIDES: Overrides = { lineCorrections: [], serviceNames: {} };

export function importTexts(
  captures: Readonly<Record<string, string>>,
  overrides: Overrides = NO_OVERRIDES,
): ImportResult {
  return importCatalogs({
    captures: Object.entries(captures).map(([file, text]) => ({
      file,
      text,
      sha256: FIXTURE_HASH,
    })),
    indexTexts: [],
    overrides,
    handKeptGlobalKeys: [],
    operationApis: [],
  });
}

export function onlyCatalog(result: ImportResult): BuiltCatalog {
  const [only, ...rest] = result.catalogs;
  if (!only || rest.length > 0)
    throw new Error(`expected one catalog, got ${result.catalogs.length}`);
  return only;
}
