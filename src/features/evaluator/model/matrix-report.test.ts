import { describe, expect, it } from 'vitest';
import { computeApiMatrix as computeColumns, matrixTable } from '../../../engine';
import type { ApiMatrixInput } from '../../../engine';

/** The matrix with its rows materialised, as the panel reads it. */
const computeApiMatrix = (input: ApiMatrixInput) =>
  matrixTable(computeColumns(input), input.catalogs);
import { buildReport, reportCsv, reportHtml, reportMarkdown } from './matrix-report';
import { IMS_CATALOG, policy } from './testing/fixture-catalog';

const matrix = computeApiMatrix({
  identityPolicies: [
    {
      id: 'p',
      name: 'Readers <b>|x',
      text: policy([{ Sid: 'Read', Effect: 'Allow', Action: ['ims:images:get'] }]),
    },
  ],
  scps: [[{ id: 'fa', name: 'FullAccess', text: policy([{ Effect: 'Allow', Action: ['*'] }]) }]],
  catalogs: [IMS_CATALOG],
});
const report = buildReport(
  'API matrix: Readers',
  matrix,
  {
    identityDrafts: ['Readers <b>|x'],
    scpLevels: ['Root: FullAccess'],
    context: ['g:UserName = =cmd()'],
    unknownContext: false,
  },
  ['Root'],
);

describe('matrix report', () => {
  it('names the statements that decided each API', () => {
    const get = report.rows.find((r) => r.path === '/v2/images/{image_id}');
    expect(get).toMatchObject({
      status: 'allowed',
      decidedBy: 'statement `Read` of draft `Readers <b>|x`',
    });
  });

  it('writes a Markdown table with pipes escaped', () => {
    const md = reportMarkdown(report);
    expect(md).toContain('# API matrix: Readers');
    expect(md).toContain('- SCPs: Root: FullAccess');
    expect(md).toContain(
      '| Service | Method | Path | Action | Status | Reason | Decided by | Missing dependencies |',
    );
    expect(md).toContain('statement `Read` of draft `Readers <b>\\|x`');
    expect(md).toContain(
      '| ims | PUT | /v1/cloudimages/{image_id}/upload | ims:images:upload | not allowed |',
    );
  });

  it('writes CSV that quotes where needed and defuses formulas', () => {
    const csv = reportCsv(report);
    expect(csv.split('\r\n')[0]).toBe(
      'Service,Method,Path,Action,Status,Reason,Decided by,Missing dependencies',
    );
    expect(csv).toContain('allowed,allowed by statement 0 (`Read`) of policy `Readers <b>|x`');
    expect(
      reportCsv({
        ...report,
        rows: report.rows.slice(0, 1).map((r) => ({ ...r, reason: '=HYPERLINK("x")' })),
      }),
    ).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('writes a print page with every user text escaped and no script', () => {
    const html = reportHtml(report);
    expect(html).toContain('<title>API matrix: Readers</title>');
    expect(html).toContain('Readers &lt;b&gt;|x');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('@media print');
  });
});
