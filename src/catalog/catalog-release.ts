import type { CatalogIndex } from './catalog-types';

/** What identifies a set of catalogs to a reader: their version and date (see `CatalogIndex`). */
export type CatalogRelease = Pick<CatalogIndex, 'version' | 'date'>;

/**
 * "1.20260319.a54bee05 (sources up to 2026-03-19)": the catalogs as the app, the CLI and every
 * report name them.
 */
export function describeCatalogRelease({ version, date }: CatalogRelease): string {
  return `${version} (${date === null ? 'undated sources' : `sources up to ${date}`})`;
}
