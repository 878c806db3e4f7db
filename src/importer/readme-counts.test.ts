/** The README's table of bundled catalogs states the counts of `catalogs/index.json`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogIndex } from '../catalog/index';
import { REPO_ROOT } from './cli';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const index = JSON.parse(
  readFileSync(join(REPO_ROOT, 'catalogs/index.json'), 'utf8'),
) as CatalogIndex;

function readmeRows(): string[][] {
  return readme
    .split('\n')
    .filter((line) => /^\| `[a-z0-9-]+-(5\.0|1\.1)` \|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/`/g, '')),
    );
}

describe("README's catalog table", () => {
  it('lists every catalog of index.json with its current counts', () => {
    expect(readmeRows()).toEqual(
      index.catalogs.map(({ id, serviceName, coverage, counts }) => [
        id,
        serviceName,
        coverage,
        ...[
          counts.actions,
          counts.apis,
          counts.resourceTypes,
          counts.conditionKeys,
          counts.warnings,
        ].map(String),
      ]),
    );
  });
});
