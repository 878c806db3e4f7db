import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, 'check-bundle-size.mjs');

/** A fake build: an entry importing a shared chunk, and a lazy editor chunk of random bytes. */
function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'size-check-'));
  mkdirSync(join(dist, '.vite'));
  mkdirSync(join(dist, 'assets'));
  const noise = (n: number) => Array.from({ length: n }, () => Math.random().toString(36)).join('');
  writeFileSync(join(dist, 'assets/index.js'), 'console.log("entry");'.repeat(50));
  writeFileSync(join(dist, 'assets/shared.js'), 'export const shared = 1;'.repeat(50));
  writeFileSync(join(dist, 'assets/editor.js'), noise(20000));
  writeFileSync(
    join(dist, '.vite/manifest.json'),
    JSON.stringify({
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_shared.js'],
        dynamicImports: ['src/editor.ts'],
        css: ['assets/index.css'],
      },
      '_shared.js': { file: 'assets/shared.js' },
      'src/editor.ts': { file: 'assets/editor.js', isDynamicEntry: true },
    }),
  );
  return dist;
}

const run = (dist: string, budget?: number) =>
  spawnSync(process.execPath, [script, dist], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...(budget === undefined ? {} : { BUNDLE_BUDGET_BYTES: String(budget) }),
    },
  });

describe('bundle size check', () => {
  it('counts the entry and its static imports, not lazy chunks, and passes under budget', () => {
    const result = run(fakeDist());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('assets/index.js');
    expect(result.stdout).toContain('assets/shared.js');
    expect(result.stdout).not.toContain('assets/editor.js');
    expect(result.stdout).toMatch(/initial JavaScript \d+\.\d kB gzip of a 250\.0 kB budget/);
  });

  it('fails when the initial JavaScript is over budget', () => {
    const result = run(fakeDist(), 50);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('over budget');
  });

  it('fails clearly when there is no manifest', () => {
    const result = run(mkdtempSync(join(tmpdir(), 'size-check-empty-')));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('manifest.json is missing');
  });
});
