/**
 * The committed catalogs read from `catalogs/` for the Node-side tools (benchmark, fuzzing):
 * every service catalog and the global condition keys, as the app loads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GlobalConditionKey, ServiceCatalog } from '../catalog/catalog-types';

const folder = fileURLToPath(new URL('../../catalogs/', import.meta.url));

/** Every service catalog in `catalogs/`; none when the folder is missing. */
export function loadBundledCatalogs(): ServiceCatalog[] {
  let files: string[];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith('.json'));
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    const data: unknown = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    const catalog = data as Partial<ServiceCatalog> | null;
    const looksLikeCatalog = Array.isArray(catalog?.actions) && Array.isArray(catalog?.apis);
    return looksLikeCatalog ? [data as ServiceCatalog] : [];
  });
}

/** The global condition keys of `catalogs/global-condition-keys.json`. */
export function loadGlobalConditionKeys(): GlobalConditionKey[] {
  const data = JSON.parse(readFileSync(join(folder, 'global-condition-keys.json'), 'utf8')) as {
    keys: GlobalConditionKey[];
  };
  return data.keys;
}
