/**
 * `npm run catalogs:import [-- --from ../shared] [--check]`: reads the documentation captures
 * (`<from>/seeds/*.txt`, `<from>/seeds-extra/*.txt`), runs the pure importer, validates every
 * output file and writes `catalogs/`. With `--check` nothing is written; the command fails when
 * the committed files differ from what the captures produce. The only module of the importer
 * that touches the file system or hashes bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  validateCatalogIndex,
  validateGlobalConditionKeys,
  validateServiceCatalog,
  validateSystemPolicies,
  type ValidationResult,
} from '../catalog/index';
import {
  buildCatalogIndex,
  catalogFileName,
  GLOBAL_KEYS_FILE,
  SYSTEM_POLICIES_FILE,
  toJsonText,
} from './catalog-index';
import { importCatalogs, type CaptureFile } from './import-catalogs';
import { validateOperationApis } from './operation-apis';
import { validateOverrides } from './overrides';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const CAPTURE_DIRS = ['seeds', 'seeds-extra'];
const CATALOG_FILE_RE = /^[a-z0-9-]+-(5\.0|1\.1)\.json$/;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Parsed JSON, or `undefined` with the reason added to `problems`. */
function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    problems.push(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export interface GeneratedCatalogs {
  /** Output file name (relative to `catalogs/`) → exact text. */
  files: Map<string, string>;
  problems: string[];
  summary: string[];
}

function mustBeValid<T>(file: string, result: ValidationResult<T>, problems: string[]): void {
  if (!result.ok) problems.push(...result.errors.map((error) => `${file}: ${error}`));
}

/** Runs the import on `<from>` and renders every file, without writing anything. */
export function generateCatalogFiles(from: string, catalogDir: string): GeneratedCatalogs {
  const captures: CaptureFile[] = [];
  const indexTexts: string[] = [];
  for (const dir of CAPTURE_DIRS.map((name) => join(from, name)).filter((path) =>
    existsSync(path),
  )) {
    for (const name of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, name), 'utf8');
      if (name === 'INDEX.md') indexTexts.push(text);
      else if (name.endsWith('.txt')) captures.push({ file: name, text, sha256: sha256(text) });
    }
  }
  const problems: string[] = [];
  if (captures.length === 0) {
    problems.push(`no captures found under ${from}/{${CAPTURE_DIRS.join(',')}}`);
    return { files: new Map(), problems, summary: [] };
  }
  const overridesDir = join(catalogDir, 'overrides');
  const overrides = validateOverrides(readJson(join(overridesDir, 'overrides.json'), problems));
  const handKeptFile = readJson(join(overridesDir, 'global-condition-keys.source.json'), problems);
  const handKept = validateGlobalConditionKeys({
    schemaVersion: 1,
    handKept: true,
    keys: (handKeptFile as { keys?: unknown } | undefined)?.keys,
  });
  const operationApis = validateOperationApis(
    readJson(join(overridesDir, 'system-policy-operations.json'), problems),
  );
  if (!overrides.ok || !handKept.ok || !operationApis.ok || problems.length > 0) {
    const errors = [
      ...(overrides.ok ? [] : overrides.errors),
      ...(handKept.ok ? [] : handKept.errors),
      ...(operationApis.ok ? [] : operationApis.errors),
    ];
    problems.push(...errors.map((error) => `overrides: ${error}`));
    return { files: new Map(), problems, summary: [] };
  }
  const result = importCatalogs({
    captures,
    indexTexts,
    overrides: overrides.value,
    handKeptGlobalKeys: handKept.value.keys,
    operationApis: operationApis.value,
  });
  problems.push(...result.problems);

  const files = new Map<string, string>();
  for (const built of result.catalogs) {
    const file = catalogFileName(built.catalog.id);
    mustBeValid(file, validateServiceCatalog(built.catalog), problems);
    files.set(file, toJsonText(built.catalog));
  }
  mustBeValid(GLOBAL_KEYS_FILE, validateGlobalConditionKeys(result.globalConditionKeys), problems);
  files.set(GLOBAL_KEYS_FILE, toJsonText(result.globalConditionKeys));
  mustBeValid(SYSTEM_POLICIES_FILE, validateSystemPolicies(result.systemPolicies), problems);
  files.set(SYSTEM_POLICIES_FILE, toJsonText(result.systemPolicies));
  const index = buildCatalogIndex(
    result.catalogs,
    result.skippedSources,
    result.systemPolicies.sources ?? [],
    (file) => sha256(files.get(file) ?? ''),
    sha256,
  );
  mustBeValid('index.json', validateCatalogIndex(index), problems);
  files.set('index.json', toJsonText(index));

  const summary = index.catalogs.map(({ id, coverage, counts }) =>
    [
      id.padEnd(9),
      coverage.padEnd(8),
      ...Object.entries(counts).map(([key, value]) => `${key}=${value}`),
    ].join(' '),
  );
  for (const skipped of result.skippedSources)
    summary.push(`skipped ${skipped.file}: ${skipped.reason}`);
  return { files, problems, summary };
}

/** Committed catalog files that the import no longer produces. */
function staleFiles(catalogDir: string, files: ReadonlyMap<string, string>): string[] {
  return readdirSync(catalogDir).filter((name) => CATALOG_FILE_RE.test(name) && !files.has(name));
}

function main(): number {
  const { values } = parseArgs({
    options: {
      from: { type: 'string', default: '../shared' },
      check: { type: 'boolean', default: false },
    },
  });
  const from = resolve(REPO_ROOT, values.from ?? '../shared');
  const catalogDir = join(REPO_ROOT, 'catalogs');
  const { files, problems, summary } = generateCatalogFiles(from, catalogDir);
  for (const line of summary) console.log(line);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`error: ${problem}`);
    return 1;
  }
  const changed = [...files].filter(([name, text]) => {
    const path = join(catalogDir, name);
    return !existsSync(path) || readFileSync(path, 'utf8') !== text;
  });
  const stale = staleFiles(catalogDir, files);
  if (values.check) {
    for (const [name] of changed) console.error(`out of date: catalogs/${name}`);
    for (const name of stale) console.error(`no longer produced: catalogs/${name}`);
    return changed.length + stale.length > 0 ? 1 : 0;
  }
  for (const [name, text] of changed) writeFileSync(join(catalogDir, name), text);
  for (const name of stale) unlinkSync(join(catalogDir, name));
  console.log(
    `${changed.length} file(s) written, ${stale.length} removed, ${files.size - changed.length} unchanged (from ${from})`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
