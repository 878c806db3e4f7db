#!/usr/bin/env node
// Fails when the JavaScript a first visit loads (the entry chunk and everything it imports
// statically; lazy chunks such as the Monaco editor excluded) exceeds the budget, gzip-compressed.
// Usage: node src/build/check-bundle-size.mjs [distDir]   (reads <distDir>/.vite/manifest.json)
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// kB as Vite prints them (1 kB = 1000 bytes); an env override lets the tests use a tiny budget.
const BUDGET_BYTES = Number(process.env.BUNDLE_BUDGET_BYTES ?? 250_000);
const dist = process.argv[2] ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(
    `size check: ${manifestPath} is missing; build first (vite.config.ts sets build.manifest)`,
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`manifest has no chunk \`${key}\``);
  initial.add(key);
  for (const imported of chunk.imports ?? []) visit(imported);
};
const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length === 0) {
  console.error('size check: the manifest lists no entry chunk');
  process.exit(1);
}
entries.forEach(visit);

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
let total = 0;
const rows = [...initial]
  .map((key) => manifest[key].file)
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const gzip = gzipSync(readFileSync(join(dist, file))).length;
    total += gzip;
    return `  ${file}  ${kb(gzip)} gzip`;
  });
const lazy =
  Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js')).length - rows.length;

console.log(`size check: initial JavaScript ${kb(total)} gzip of a ${kb(BUDGET_BYTES)} budget`);
console.log(rows.join('\n'));
console.log(`  (${lazy} lazy chunk${lazy === 1 ? '' : 's'} not counted)`);
if (total > BUDGET_BYTES) {
  console.error(
    `size check failed: the initial JavaScript is ${kb(total - BUDGET_BYTES)} over budget`,
  );
  process.exit(1);
}
