import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves `catalogs/*.json` under `<base>catalogs/` in dev and preview, and emits them into the
 * build as plain files (not hashed, not bundled): the app fetches them relative to the page, so a
 * build works from any sub-path of a static host and the catalogs stay out of the JavaScript.
 */
export function catalogsPlugin(catalogDir: string): Plugin {
  const catalogFiles = () => readdirSync(catalogDir).filter((name) => name.endsWith('.json'));
  return {
    name: 'policy-workbench-catalogs',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/catalogs\/([A-Za-z0-9._-]+\.json)(?:\?.*)?$/.exec(req.url ?? '');
        const file = match?.[1] ? join(catalogDir, match[1]) : null;
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
    },
  };
}
