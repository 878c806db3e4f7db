import { describeCatalogRelease, type CatalogIndex, type CatalogRelease } from '../catalog/index';
import type { CliIo } from './cli-io';
import { BUNDLE_FILE_MAX_BYTES, readInputFile } from './read-input';

export const catalogRelease = ({ version, date }: CatalogIndex): CatalogRelease => ({
  version,
  date,
});

/** "catalogs 1.20260319.a54bee05 (sources up to 2026-03-19)". */
export const catalogLine = (release: CatalogRelease): string =>
  `catalogs ${describeCatalogRelease(release)}`;

/** The CLI's own version, from its package.json. */
export async function packageVersion(io: CliIo): Promise<string> {
  const { text } = await readInputFile(io, io.packageFile, BUNDLE_FILE_MAX_BYTES);
  const { version } = JSON.parse(text) as { version?: unknown };
  return typeof version === 'string' ? version : 'unknown';
}
