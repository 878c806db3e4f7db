import { contentAddressedName } from '../catalog';
import { CatalogFileError } from './catalog-file-error';

/** A validator from `src/catalog`: unknown JSON in, typed value or findings out. */
export type Validator<T> = (
  data: unknown,
) => { ok: true; value: T } | { ok: false; errors: string[] };

/** Where catalog files live, relative to the page, so the build works under any sub-path. */
export function catalogFileUrl(file: string, baseURI: string = document.baseURI): string {
  return new URL(`catalogs/${file}`, baseURI).href;
}

/** A catalog file; those the index lists come with their content hash. */
export interface CatalogFileRef {
  file: string;
  contentHash?: string;
}

/**
 * Fetches `catalogs/<file>` (under its content-addressed name when the index gave its hash),
 * checks the HTTP status, parses and validates it. Every failure becomes a `CatalogFileError`
 * whose message names the file and says what went wrong.
 */
export async function fetchCatalogFile<T>(
  { file, contentHash }: CatalogFileRef,
  validate: Validator<T>,
  signal?: AbortSignal,
): Promise<T> {
  const label = `catalogs/${file}`;
  const served = contentHash === undefined ? file : contentAddressedName(file, contentHash);
  let response: Response;
  try {
    response = await fetch(catalogFileUrl(served), { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new CatalogFileError(
      file,
      'network',
      `could not fetch \`${label}\`: the network request failed`,
    );
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    const why = response.status === 404 ? 'the file is missing' : `the server answered ${status}`;
    throw new CatalogFileError(
      file,
      'http',
      `could not load \`${label}\`: ${why} (HTTP ${status})`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new CatalogFileError(file, 'json', `\`${label}\` is corrupt: it is not valid JSON`, [
      reason,
    ]);
  }
  const result = validate(data);
  if (!result.ok) {
    throw new CatalogFileError(
      file,
      'shape',
      `\`${label}\` is corrupt: it does not match the catalog format`,
      result.errors,
    );
  }
  return result.value;
}
