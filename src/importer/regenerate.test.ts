/**
 * Re-running the importer on `../shared` must reproduce the committed `catalogs/` byte for byte
 * (no timestamps, deterministic order). Skipped, with the reason in its title, without ../shared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCatalogFiles, REPO_ROOT } from './cli';

const SHARED = join(REPO_ROOT, '../shared');
const CATALOGS = join(REPO_ROOT, 'catalogs');
const hasShared = existsSync(join(SHARED, 'seeds'));
const title = hasShared
  ? 'regenerating catalogs/ from ../shared'
  : 'regenerating catalogs/ — SKIPPED: ../shared (the documentation captures) is not present next to the repository';

describe.skipIf(!hasShared)(title, () => {
  it('reproduces every committed file exactly and leaves no other catalog behind', () => {
    const { files, problems } = generateCatalogFiles(SHARED, CATALOGS);
    expect(problems).toEqual([]);
    for (const [name, text] of files) {
      expect(readFileSync(join(CATALOGS, name), 'utf8'), `catalogs/${name}`).toBe(text);
    }
    const committed = readdirSync(CATALOGS).filter(
      (name) => name.endsWith('.json') && name !== 'catalog.schema.json',
    );
    expect(committed.sort()).toEqual([...files.keys()].sort());
  });

  it('produces the same bytes on a second run', () => {
    const first = generateCatalogFiles(SHARED, CATALOGS).files;
    const second = generateCatalogFiles(SHARED, CATALOGS).files;
    expect([...second]).toEqual([...first]);
  });
});
