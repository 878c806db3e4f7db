import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogIndex } from '../catalog/index';
import { generateCatalogFiles, REPO_ROOT } from './cli';

const CATALOGS = join(REPO_ROOT, 'catalogs');

describe('generateCatalogFiles', () => {
  it('says where it looked when there are no captures, and renders nothing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'captures-'));
    expect(generateCatalogFiles(empty, CATALOGS)).toEqual({
      files: new Map(),
      problems: [`no captures found under ${empty}/{seeds,seeds-extra}`],
      summary: [],
    });
  });

  it('renders validated files from a capture folder, each as 2-space JSON with a final newline', () => {
    const { files, problems } = generateCatalogFiles(captureFolder(capture), CATALOGS);
    expect([...files.keys()]).toEqual([
      'demo-5.0.json',
      'global-condition-keys.json',
      'system-policies.json',
      'index.json',
    ]);
    for (const text of files.values())
      expect(text).toMatch(/^\{\n {2}"schemaVersion": 1,[\s\S]*\}\n$/);
    // The hand-kept corrections and operation map are about captures this folder does not hold.
    const own = problems.filter(
      (problem) =>
        !problem.startsWith('override for ') &&
        !problem.startsWith('system-policy-operations.json: '),
    );
    expect(own).toEqual([]);
  });

  it("dates the catalogs by their newest source and versions them by every file's content", () => {
    const indexOf = (lines: string[]) =>
      JSON.parse(
        generateCatalogFiles(captureFolder(lines), CATALOGS).files.get('index.json') ?? '',
      ) as CatalogIndex;
    const first = indexOf(capture);
    expect(first.date).toBe('2025-01-01');
    expect(first.version).toMatch(/^1\.20250101\.[0-9a-f]{8}$/);
    expect(indexOf(capture).version).toBe(first.version);
    const reworded = indexOf(capture.map((line) => line.replace('list items', 'list all items')));
    expect(reworded.date).toBe(first.date);
    expect(reworded.version).not.toBe(first.version);
  });
});

/** One 5.0 capture of a one-action service, updated on 2025-01-01. */
const capture = [
  'Updated on 2025-01-01 GMT+08:00',
  '',
  'Demo Service (DEMO)',
  '',
  'Action',
  '',
  'Description',
  '',
  'Access Level',
  '',
  'Resource Type (*: required)',
  '',
  'Condition Key',
  '',
  'demo:items:list',
  '',
  'Grants permission to list items.',
  '',
  'list',
  '',
  '-',
  '',
  '-',
];

/** A capture folder holding `lines` as its one capture. */
function captureFolder(lines: readonly string[]): string {
  const from = mkdtempSync(join(tmpdir(), 'captures-'));
  mkdirSync(join(from, 'seeds'));
  writeFileSync(join(from, 'seeds', 'demo.txt'), lines.join('\n'));
  return from;
}
