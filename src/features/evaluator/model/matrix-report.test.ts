import { describe, expect, it } from 'vitest';
import { computeApiMatrix as computeColumns, matrixTable } from '../../../engine';
import type { ApiMatrixInput } from '../../../engine';
import {
  buildReport,
  reportCsv,
  reportFileName,
  reportHtml,
  reportJson,
  reportMarkdown,
} from './matrix-report';
import { IMS_CATALOG, policy } from './testing/fixture-catalog';

/** The matrix with its rows materialised, as the panel reads it. */
const computeApiMatrix = (input: ApiMatrixInput) =>
  matrixTable(computeColumns(input), input.catalogs);

const readers = policy([{ Sid: 'Read', Effect: 'Allow', Action: ['ims:images:get'] }]);
const fullAccess = policy([{ Effect: 'Allow', Action: ['*'] }]);
const matrix = computeApiMatrix({
  identityPolicies: [{ id: 'p', name: 'Readers <b>|x', text: readers }],
  scps: [[{ id: 'fa', name: 'FullAccess', text: fullAccess }]],
  catalogs: [IMS_CATALOG],
});
const report = buildReport(
  'API matrix: Readers',
  matrix,
  {
    madeAt: new Date('2026-03-20T08:30:00Z'),
    catalogs: { version: '1.20260319.a54bee05', date: '2026-03-19' },
    identityDrafts: [{ name: 'Readers <b>|x', text: readers }],
    scpLevels: [
      { name: 'Root', scps: [{ name: 'FullAccess', text: fullAccess }] },
      { name: 'Account', scps: [{ name: 'FullAccess', text: fullAccess }] },
    ],
    context: { 'g:UserName': '=cmd()', 'g:SourceIp': ['10.0.0.1', '10.0.0.2'] },
    unknownContext: false,
    resourceScope: { region: 'cn-north-4', accountId: '', resourceId: 'img-1' },
  },
  ['Root', 'Account'],
);

describe('matrix report', () => {
  it('names the statements that decided each API', () => {
    const get = report.rows.find((r) => r.path === '/v2/images/{image_id}');
    expect(get).toMatchObject({
      status: 'allowed',
      decidedBy: 'statement 1 (`Read`) of draft `Readers <b>|x`',
    });
  });

  it('is named after the drafts and the day it was made', () => {
    expect(reportFileName(report, 'md')).toBe('api-matrix-readers-b-x-2026-03-20.md');
    const none = { ...report, setting: { ...report.setting, identityDrafts: [] } };
    expect(reportFileName(none, 'csv')).toBe('api-matrix-no-draft-2026-03-20.csv');
  });

  it('writes Markdown: the setting, the table with pipes escaped, then every policy once', () => {
    const md = reportMarkdown(report);
    expect(md).toContain('# API matrix: Readers');
    expect(md).toContain('- Date: 2026-03-20 08:30 UTC');
    expect(md).toContain('- Catalogs: 1.20260319.a54bee05 (sources up to 2026-03-19)');
    expect(md).toContain('- SCPs: Root: FullAccess → Account: FullAccess');
    expect(md).toContain(
      '- Request context: `g:UserName` = `=cmd()`, `g:SourceIp` = `10.0.0.1, 10.0.0.2` (exactly this request: empty keys are absent)',
    );
    expect(md).toContain('- Resource scope: region `cn-north-4`, resource ID `img-1`');
    expect(md).toContain(
      '| Service | Method | Path | Action | Status | Reason | Decided by | Missing dependencies |',
    );
    expect(md).toContain('statement 1 (`Read`) of draft `Readers <b>\\|x`');
    expect(md).toContain(
      '| ims | PUT | /v1/cloudimages/{image_id}/upload | ims:images:upload | not allowed |',
    );
    expect(md).toContain(`### Identity draft \`Readers <b>|x\`\n\n\`\`\`json\n${readers}\n\`\`\``);
    expect(md).toContain(`### SCP \`FullAccess\` at \`Root\` and \`Account\`\n\n\`\`\`json\n`);
    expect(md.match(/### SCP/g)).toHaveLength(1);
  });

  it('writes CSV: setting rows, then the table; plain text, quoted where needed, formulas defused', () => {
    const lines = reportCsv(report).split('\r\n');
    expect(lines[0]).toBe('Report,API matrix: Readers,,,,,,');
    expect(lines).toContain('Catalogs,1.20260319.a54bee05 (sources up to 2026-03-19),,,,,,');
    expect(lines).toContain(
      `Request context,"g:UserName = =cmd(), g:SourceIp = 10.0.0.1, 10.0.0.2 (exactly this request: empty keys are absent)",,,,,,`,
    );
    const header = lines.indexOf(
      'Service,Method,Path,Action,Status,Reason,Decided by,Missing dependencies',
    );
    expect(lines[header - 1]).toBe(',,,,,,,');
    expect(
      lines.slice(0, header).some((l) => l.startsWith('Identity draft Readers <b>|x,"{')),
    ).toBe(true);
    expect(lines).toContain(
      'ims,GET,/v2/images/{image_id},ims:images:get,allowed,allowed by statement 1 (Read) of policy Readers <b>|x,statement 1 (Read) of draft Readers <b>|x,',
    );
    expect(reportCsv(report)).not.toContain('`');
    const formula = {
      ...report,
      rows: report.rows.slice(0, 1).map((r) => ({ ...r, reason: '=HYPERLINK("x")' })),
    };
    expect(reportCsv(formula)).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('writes JSON with the policies as evaluated and plain-text sentences', () => {
    const data = JSON.parse(reportJson(report));
    expect(data).toMatchObject({
      title: 'API matrix: Readers',
      madeAt: '2026-03-20T08:30:00.000Z',
      catalogs: { version: '1.20260319.a54bee05', date: '2026-03-19' },
      identityPolicies: [{ name: 'Readers <b>|x', text: readers }],
      scpChain: [{ name: 'Root' }, { name: 'Account' }],
      context: { 'g:UserName': '=cmd()' },
      resourceScope: { region: 'cn-north-4' },
    });
    expect(data.rows).toContainEqual(
      expect.objectContaining({ decidedBy: 'statement 1 (Read) of draft Readers <b>|x' }),
    );
  });

  it('says what every request assumed about resources', () => {
    expect(reportMarkdown(report)).toContain(
      '\n- Assumed: a request that names no resource (the API matrix;',
    );
    expect(reportHtml(report)).toContain('<li>Assumed: a request that names no resource');
  });

  it('lists a missing dependency needed only in some situations with the situation', () => {
    const legacy = {
      ...IMS_CATALOG,
      id: 'ims-1.1',
      model: '1.1' as const,
      apis: IMS_CATALOG.apis.map((api) =>
        api.path === '/v1/cloudimages/{image_id}/upload'
          ? {
              ...api,
              dependencies: [
                { action: 'ims:images:get' },
                { action: 'ims:serverImages:create', condition: '仅企业项目迁移需要' },
              ],
            }
          : api,
      ),
    };
    const table = computeApiMatrix({
      identityPolicies: [
        {
          id: 'p',
          text: JSON.stringify({
            Version: '1.1',
            Statement: [{ Effect: 'Allow', Action: ['ims:images:upload'] }],
          }),
        },
      ],
      scps: [],
      catalogs: [legacy],
    });
    const row = buildReport('r', table, report.setting, []).rows.find(
      (r) => r.path === '/v1/cloudimages/{image_id}/upload',
    );
    expect(row?.missingDependencies).toEqual([
      'ims:images:get',
      'ims:serverImages:create (only when: 仅企业项目迁移需要)',
    ]);
    expect(reportCsv({ ...report, rows: row ? [row] : [] })).toContain(
      ',"ims:images:get, ims:serverImages:create (only when: 仅企业项目迁移需要)"',
    );
  });

  it('writes a print page with the setting, the policies, every user text escaped and no script', () => {
    const html = reportHtml(report);
    expect(html).toContain('<title>API matrix: Readers</title>');
    expect(html).toContain('Readers &lt;b&gt;|x');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('@media print');
    expect(html).toContain('<li>Catalogs: 1.20260319.a54bee05 (sources up to 2026-03-19)</li>');
    expect(html).toContain('<h2>Policies evaluated</h2>');
    expect(html).toContain('<pre><code>{\n');
  });
});

describe('matrix report with hostile names and values', () => {
  const name = '<img src=x onerror=alert(1)>\n# Owned | *x* `y';
  const level = '<svg onload=alert(1)>';
  const hostile = buildReport(
    `API matrix: ${name}`,
    computeApiMatrix({
      identityPolicies: [{ id: 'p', name, text: readers }],
      scps: [[{ id: 'fa', name: level, text: fullAccess }]],
      catalogs: [IMS_CATALOG],
    }),
    {
      ...report.setting,
      identityDrafts: [{ name, text: readers }],
      scpLevels: [{ name: level, scps: [{ name: 'x', text: fullAccess }] }],
      context: { 'g:UserName': 'a|b\n## injected <b>' },
    },
    [level],
  );

  it('Markdown: no HTML, no heading, no broken table row, no emphasis from them', () => {
    const md = reportMarkdown(hostile);
    // Code blocks and code spans show their content literally, HTML included; outside them no tag
    // may remain.
    const outsideCode = md
      .replace(/^(`{3,})json\n[\s\S]*?\n\1$/gm, '')
      .replace(/(?<!\\)`[^`]+`/g, '');
    expect(outsideCode).not.toMatch(/<img|<svg|<b>/);
    expect(md).toContain(
      '# API matrix: &lt;img src=x onerror=alert(1)&gt; \\# Owned | \\*x\\* \\`y',
    );
    expect(md).toContain('- Request context: `g:UserName` = `a|b ## injected <b>`');
    // Only the report's own headings start a line with #.
    expect(md.match(/^#+ .*/gm)?.map((heading) => heading.split(' ')[0])).toEqual([
      '#',
      '##',
      '###',
      '###',
    ]);
    const columns = HEADER_COLUMNS;
    for (const row of md.split('\n').filter((line) => line.startsWith('| ims |'))) {
      expect(row.split(/(?<!\\)\|/)).toHaveLength(columns + 2);
    }
  });

  it('CSV: names as plain text cells, quoted where they hold line breaks', () => {
    const csv = reportCsv(hostile);
    expect(csv).toContain('Identity drafts,"<img src=x onerror=alert(1)>\n# Owned | *x* `y",');
    expect(csv).toContain('SCPs,<svg onload=alert(1)>: x,');
  });

  it('JSON: names kept exactly, as data', () => {
    const data = JSON.parse(reportJson(hostile));
    expect(data.identityPolicies[0].name).toBe(name);
    expect(data.scpChain[0].name).toBe(level);
  });

  it('print page: every name escaped into text', () => {
    const html = reportHtml(hostile);
    expect(html).not.toMatch(/<img|<svg|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;svg onload=alert(1)&gt;');
  });
});

const HEADER_COLUMNS = 8;
