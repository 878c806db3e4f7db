import type { ApiMatrixTable, ApiStatus } from '../../../engine';
import { describeRef, joinWords, nameLevels } from './sentences';
import { STATUS_LABELS, STATUS_ORDER } from './status';
import { codeSpansHtml, csvTable, escapeHtml, markdownTable } from './text-formats';

/**
 * The matrix as a report for teammates: what was evaluated (drafts, SCP chain, context) and, per
 * API, its status with the reason and the statements that decided it. Markdown, CSV and a
 * self-contained print-friendly HTML page.
 */

export interface ReportSetting {
  identityDrafts: string[];
  /** One line per level ("Root: FullAccess"); empty when not governed by SCPs. */
  scpLevels: string[];
  context: string[];
  unknownContext: boolean;
}

export interface ReportRow {
  service: string;
  method: string;
  path: string;
  action: string;
  status: ApiStatus;
  reason: string;
  /** The statements that decided the API's own action, in words. */
  decidedBy: string;
  missingDependencies: string[];
}

export interface MatrixReport {
  title: string;
  setting: ReportSetting;
  counts: Record<ApiStatus, number>;
  rows: ReportRow[];
}

/** The report's rows from a matrix: the reasons with level names, the decisive statements named. */
export function buildReport(
  title: string,
  matrix: ApiMatrixTable,
  setting: ReportSetting,
  levelNames: readonly string[],
): MatrixReport {
  const verdicts = new Map(matrix.actions.map((v) => [v.action.toLowerCase(), v]));
  return {
    title,
    setting,
    counts: matrix.counts,
    rows: matrix.rows.map((row) => ({
      service: row.service,
      method: row.method ?? '',
      path: row.path,
      action: row.action,
      status: row.status,
      reason: nameLevels(row.reason, levelNames),
      decidedBy: joinWords(
        (verdicts.get(row.action.toLowerCase())?.decisive ?? []).map((r) =>
          describeRef(r, levelNames),
        ),
      ),
      missingDependencies: row.missingDependencies,
    })),
  };
}

const HEADER = [
  'Service',
  'Method',
  'Path',
  'Action',
  'Status',
  'Reason',
  'Decided by',
  'Missing dependencies',
];

const cells = (row: ReportRow) => [
  row.service,
  row.method,
  row.path,
  row.action,
  STATUS_LABELS[row.status],
  row.reason,
  row.decidedBy,
  row.missingDependencies.join(' '),
];

function settingLines(setting: ReportSetting): string[] {
  return [
    `Identity drafts: ${setting.identityDrafts.join(', ') || 'none'}`,
    `SCPs: ${setting.scpLevels.length === 0 ? 'not governed by SCPs' : setting.scpLevels.join(' → ')}`,
    `Request context: ${setting.context.join(', ') || 'none'} (${setting.unknownContext ? 'any request: empty keys are unknown' : 'exactly this request: empty keys are absent'})`,
  ];
}

const countLine = (report: MatrixReport) =>
  STATUS_ORDER.map((s) => `${STATUS_LABELS[s]}: ${report.counts[s]}`).join(', ');

export function reportMarkdown(report: MatrixReport): string {
  return [
    `# ${report.title}`,
    '',
    ...settingLines(report.setting).map((l) => `- ${l}`),
    `- ${countLine(report)}`,
    '',
    markdownTable(HEADER, report.rows.map(cells)),
  ].join('\n');
}

export function reportCsv(report: MatrixReport): string {
  return csvTable(HEADER, report.rows.map(cells));
}

const PRINT_CSS = `
body { font: 12px/1.45 system-ui, sans-serif; color: #111; margin: 2rem; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
ul { padding-left: 1.2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #eee; }
code { font-family: ui-monospace, monospace; font-size: .95em; }
tr { break-inside: avoid; }
@media print { body { margin: 0; } }
`;

/** A self-contained page (no scripts) that prints the report as it is shown. */
export function reportHtml(report: MatrixReport): string {
  const row = (r: ReportRow) =>
    `<tr>${cells(r)
      .map((cell, i) => `<td>${i === 5 || i === 6 ? codeSpansHtml(cell) : escapeHtml(cell)}</td>`)
      .join('')}</tr>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title>
<style>${PRINT_CSS}</style></head>
<body><h1>${escapeHtml(report.title)}</h1>
<ul>${[...settingLines(report.setting), countLine(report)].map((l) => `<li>${codeSpansHtml(l)}</li>`).join('')}</ul>
<table><thead><tr>${HEADER.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${report.rows.map(row).join('\n')}</tbody></table>
</body></html>
`;
}
