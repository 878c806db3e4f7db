import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Overrides } from './overrides';
import { importTexts, onlyCatalog } from './test-support';

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const EN = 'legacy-en-partial.txt';
const overrides: Overrides = {
  lineCorrections: [],
  serviceNames: { dcs: { name: 'Demo Cloud Server', reason: 'none printed' } },
};

describe('a partial second copy of complete legacy tables', () => {
  const alone = onlyCatalog(
    importTexts({ 'legacy-zh-table.txt': read('legacy-zh-table.txt') }, overrides),
  );
  const both = onlyCatalog(
    importTexts({ 'legacy-zh-table.txt': read('legacy-zh-table.txt'), [EN]: read(EN) }, overrides),
  );

  it('only cross-checks: the catalog keeps the rows and counts of the complete copy', () => {
    expect(both.catalog.actions).toEqual(alone.catalog.actions);
    expect(both.catalog.apis).toEqual(alone.catalog.apis);
    expect(both.apiRows).toBe(alone.apiRows);
    expect(both.catalog.coverage).toBe('complete');
    expect(both.catalog.sources.find((source) => source.file === EN)?.role).toBe('cross-check');
  });

  it('turns each difference and each quirk of the second copy into a warning with its line', () => {
    const mine = both.catalog.warnings.filter((warning) => warning.source.file === EN);
    expect(mine.map((warning) => [warning.code, warning.source.line, warning.message])).toEqual([
      ['CAPTURE_PARTIAL', 8, 'the capture is partial: captured copy ends inside the 3rd row.'],
      [
        'SOURCES_DISAGREE',
        31,
        '`POST /v1/{project_id}/servers` → `dcs:servers:create` lists dependencies [vpc:publicIps:create] here but [vpc:publicIps:create, vpc:publicIps:update] in legacy-zh-table.txt:28',
      ],
      [
        'PERMISSION_TITLE_MISSING',
        47,
        'the permission title of this row is missing in the capture',
      ],
      [
        'SOURCES_DISAGREE',
        49,
        "`POST /v1/{project_id}/servers/{server_id}/changevpc` → `dcs:servers:changeVpc` is not in the catalog's data source",
      ],
      ['CELL_CUT', 61, 'a scope cell is cut off in the capture ([cut off: "Not supp"])'],
    ]);
  });
});
