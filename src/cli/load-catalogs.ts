import {
  validateCatalogIndex,
  validateGlobalConditionKeys,
  validateServiceCatalog,
  validateSystemPolicies,
  type CatalogIndex,
  type DocumentedOperation,
  type GlobalConditionKey,
  type ServiceCatalog,
  type SystemPolicy,
  type ValidationResult,
} from '../catalog/index';
import { createCatalogLookup, type CatalogLookup } from '../engine/index';
import type { CliIo } from './cli-io';
import { readFailure, UsageError } from './cli-errors';
import { BUNDLE_FILE_MAX_BYTES, decodeText } from './read-input';

/** Every catalog file of one directory, validated, plus the engine's look-up over them. */
export interface LoadedCatalogs {
  dir: string;
  index: CatalogIndex;
  services: ServiceCatalog[];
  globalKeys: GlobalConditionKey[];
  systemPolicies: SystemPolicy[];
  /** The rows of the documented common-operations tables, with the APIs each calls. */
  documentedOperations: DocumentedOperation[];
  lookup: CatalogLookup;
}

/** A loader that reads `dir` on first call and hands out the same result afterwards. */
export function createCatalogSource(io: CliIo, dir: string): () => Promise<LoadedCatalogs> {
  let loading: Promise<LoadedCatalogs> | undefined;
  return () => (loading ??= loadCatalogs(io, dir));
}

/**
 * Reads `index.json` and every file it lists, checking each with the catalog validators at this
 * trust boundary; the first missing, unparsable or malformed file is one usage error naming it.
 */
async function loadCatalogs(io: CliIo, dir: string): Promise<LoadedCatalogs> {
  const read = <T>(file: string, validate: (data: unknown) => ValidationResult<T>) =>
    readCatalogFile(io, io.resolvePath(dir, file), validate);
  const index = await read('index.json', validateCatalogIndex);
  const [services, keysFile, policiesFile] = await Promise.all([
    Promise.all(index.catalogs.map((entry) => read(entry.file, validateServiceCatalog))),
    read(index.globalConditionKeys.file, validateGlobalConditionKeys),
    read(index.systemPolicies.file, validateSystemPolicies),
  ]);
  return {
    dir,
    index,
    services,
    globalKeys: keysFile.keys,
    systemPolicies: policiesFile.policies,
    documentedOperations: policiesFile.documentedOperations ?? [],
    lookup: createCatalogLookup(services, keysFile.keys),
  };
}

async function readCatalogFile<T>(
  io: CliIo,
  path: string,
  validate: (data: unknown) => ValidationResult<T>,
): Promise<T> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path, BUNDLE_FILE_MAX_BYTES);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'ENOENT') throw readFailure(path, error);
    throw new UsageError(
      `catalog file \`${path}\` not found (point \`--catalogs\` at a catalogs directory)`,
    );
  }
  const text = decodeText(path, bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`catalog file \`${path}\` is not valid JSON: ${(error as Error).message}`);
  }
  const result = validate(data);
  if (!result.ok) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more problems)` : '';
    throw new UsageError(`catalog file \`${path}\` is malformed: ${result.errors[0]}${more}`);
  }
  return result.value;
}
