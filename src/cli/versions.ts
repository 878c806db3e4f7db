import { describeCatalogRelease, type CatalogIndex, type CatalogRelease } from '../catalog/index';
import type { CliIo } from './cli-io';
import { readFailure } from './cli-errors';

export const catalogRelease = ({ version, date }: CatalogIndex): CatalogRelease => ({
  version,
  date,
});

/** "catalogs 1.20260319.a54bee05 (sources up to 2026-03-19)". */
export const catalogLine = (release: CatalogRelease): string =>
  `catalogs ${describeCatalogRelease(release)}`;

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
