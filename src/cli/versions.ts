import type { CatalogIndex } from '../catalog/index';
import type { CliIo } from './cli-io';
import { readFailure } from './cli-errors';

/** The catalogs' version and date, as `--version` and the reports state them. */
export interface CatalogRelease {
  version: string;
  date: string | null;
}

export const catalogRelease = ({ version, date }: CatalogIndex): CatalogRelease => ({
  version,
  date,
});

/** "catalogs 1.20260319.a54bee05 (sources up to 2026-03-19)". */
export function catalogLine({ version, date }: CatalogRelease): string {
  return `catalogs ${version} (${date === null ? 'undated sources' : `sources up to ${date}`})`;
}

/** The CLI's own version, from its package.json. */
export async function packageVersion(io: CliIo): Promise<string> {
  let text: string;
  try {
    text = await io.readFile(io.packageFile);
  } catch (error) {
    throw readFailure(io.packageFile, error);
  }
  const { version } = JSON.parse(text) as { version?: unknown };
  return typeof version === 'string' ? version : 'unknown';
}
