#!/usr/bin/env node
// Compiles what the npm package ships besides catalogs/ (part of `npm run build`, and `prepack`):
//   lib/cli/bin.js           the `policy-workbench` command (package.json `bin`), with its shebang
//   lib/engine/index.js      the engine (`policy-workbench/engine`), and index.d.ts, its types
//   lib/catalog/index.js     the catalog format's types and validators (`policy-workbench/catalog`)
// The JavaScript is bundled ahead of time, dependencies included, so the command starts without a
// TypeScript loader and the package installs with no dependencies. The entries share chunks.
// Each .d.ts is one self-contained file, because a consumer resolving with `nodenext` cannot follow
// the extensionless relative imports that per-file declarations would keep. The licences of the
// bundled dependencies go to lib/THIRD-PARTY-LICENSES.txt, as their licences ask.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outdir = `${root}lib`;
const libraries = ['engine', 'catalog'];

rmSync(outdir, { recursive: true, force: true });

const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/bin.ts', ...libraries.map((name) => `src/${name}/index.ts`)],
  outbase: 'src',
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // ESM builds first: jsonc-parser's CommonJS entry loads its parts with a dynamic require.
  mainFields: ['module', 'main'],
  metafile: true,
  logLevel: 'warning',
});

const bundled = new Set(
  Object.keys(metafile.inputs).flatMap((input) => {
    const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    return match ? [match[1]] : [];
  }),
);
const notices = [...bundled].sort().map((name) => {
  const folder = join(root, 'node_modules', name);
  const { version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const licenseFile = readdirSync(folder).find((file) => /^licen[cs]e/i.test(file));
  if (!licenseFile) throw new Error(`${name} is bundled but ships no licence file`);
  const text = readFileSync(join(folder, licenseFile), 'utf8').trim();
  return `${name}@${version} (${license})\n\n${text}\n`;
});
writeFileSync(
  join(outdir, 'THIRD-PARTY-LICENSES.txt'),
  `The files in lib/ bundle these packages:\n\n${notices.join('\n' + '-'.repeat(72) + '\n\n')}`,
);

for (const name of libraries) {
  const bundle = await rollup({
    input: `${root}src/${name}/index.ts`,
    // Bundled dependencies bring their types along: the engine's documents carry jsonc-parser trees.
    plugins: [
      dts({ tsconfig: `${root}src/engine/tsconfig.json`, includeExternal: ['jsonc-parser'] }),
    ],
  });
  await bundle.write({ file: `${outdir}/${name}/index.d.ts`, format: 'es' });
  await bundle.close();
}
