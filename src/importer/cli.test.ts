import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    const from = mkdtempSync(join(tmpdir(), 'captures-'));
    mkdirSync(join(from, 'seeds'));
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
    writeFileSync(join(from, 'seeds', 'demo.txt'), capture.join('\n'));
    const { files, problems } = generateCatalogFiles(from, CATALOGS);
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
});
