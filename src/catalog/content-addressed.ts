/**
 * `ims-5.0.json` with content hash `a1b2…` → `ims-5.0.a1b2c3d4e5f60718.json`: the name a build
 * serves a listed catalog file under, besides its plain one. The app fetches this name, taken from
 * the index, so a page holding one deployment's index can never read another deployment's file:
 * a changed file has a new name, and an old name is the old content or missing, never mixed.
 */
export function contentAddressedName(file: string, contentHash: string): string {
  return file.replace(/\.json$/, `.${contentHash.slice(0, 16)}.json`);
}

/** The plain name behind a content-addressed one (`ims-5.0.a1b2c3d4e5f60718.json` → `ims-5.0.json`). */
export function plainCatalogName(file: string): string {
  return file.replace(/\.[0-9a-f]{16}\.json$/, '.json');
}
