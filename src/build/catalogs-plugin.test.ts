import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogsPlugin } from './catalogs-plugin';

const committed = fileURLToPath(new URL('../../catalogs', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'catalogs-'));
cpSync(committed, copy, { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** What the plugin emits into a build of `dir`, or the error it stops the build with. */
function emitted(dir: string): string[] {
  const files: string[] = [];
  const context = {
    emitFile: ({ fileName }: { fileName: string }) => void files.push(fileName),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const hook = catalogsPlugin(dir).generateBundle as unknown as (this: typeof context) => void;
  hook.call(context);
  return files;
}

describe('the catalogs in a build', () => {
  it('are each emitted under their plain name and, when listed, their content-addressed one', () => {
    const files = emitted(committed);
    expect(files).toEqual(
      expect.arrayContaining([
        'catalogs/index.json',
        'catalogs/catalog.schema.json',
        'catalogs/ims-5.0.json',
        expect.stringMatching(/^catalogs\/ims-5\.0\.[0-9a-f]{16}\.json$/),
        expect.stringMatching(/^catalogs\/system-policies\.[0-9a-f]{16}\.json$/),
      ]),
    );
    expect(files.filter((file) => /\.[0-9a-f]{16}\.json$/.test(file))).toHaveLength(
      files.filter((file) => !/(index|catalog\.schema)\.json$/.test(file)).length / 2,
    );
  });

  it('stop the build when a listed file no longer matches its hash', () => {
    writeFileSync(join(copy, 'ims-5.0.json'), '{}\n');
    expect(() => emitted(copy)).toThrow(
      'catalogs/ims-5.0.json does not match its hash in index.json (re-run the import)',
    );
  });
});
