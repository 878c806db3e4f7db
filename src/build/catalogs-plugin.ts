import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { contentAddressedName, plainCatalogName, validateCatalogIndex } from '../catalog/index';

/**
 * Serves `catalogs/*.json` under `<base>catalogs/` in dev and preview, and emits them into the
 * build as plain files (not bundled): the app fetches them relative to the page, so a build works
 * from any sub-path of a static host and the catalogs stay out of the JavaScript. Every file the
 * index lists is also emitted under its content-addressed name, which is the one the app fetches
 * (see `contentAddressedName`); the build fails when a listed file's bytes do not match its hash.
 */
export function catalogsPlugin(catalogDir: string): Plugin {
  const catalogFiles = () => readdirSync(catalogDir).filter((name) => name.endsWith('.json'));
  return {
    name: 'policy-workbench-catalogs',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/catalogs\/([A-Za-z0-9._-]+\.json)(?:\?.*)?$/.exec(req.url ?? '');
        const file = match?.[1] ? join(catalogDir, plainCatalogName(match[1])) : null;
        if (!file || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const name of catalogFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `catalogs/${name}`,
          source: readFileSync(join(catalogDir, name)),
        });
      }
      const index = validateCatalogIndex(
        JSON.parse(readFileSync(join(catalogDir, 'index.json'), 'utf8')),
      );
      if (!index.ok) this.error(`catalogs/index.json is malformed: ${index.errors.join('; ')}`);
      const { catalogs, globalConditionKeys, systemPolicies } = index.value;
      for (const { file, contentHash } of [...catalogs, globalConditionKeys, systemPolicies]) {
        const source = readFileSync(join(catalogDir, file));
        if (createHash('sha256').update(source).digest('hex') !== contentHash) {
          this.error(`catalogs/${file} does not match its hash in index.json (re-run the import)`);
        }
        this.emitFile({
          type: 'asset',
          fileName: `catalogs/${contentAddressedName(file, contentHash)}`,
          source,
        });
      }
    },
  };
}
