import { describeCatalogRelease, type CatalogRelease } from '../../../catalog';
import {
  describeAssumption,
  missingDependencyLabels,
  type ApiMatrixTable,
  type ApiStatus,
  type ResourceScope,
} from '../../../engine';
import type { RequestContext } from '../../../engine';
import { valueText } from './context-fields';
import { describeRef, joinWords, nameLevels } from './sentences';
import { STATUS_LABELS, STATUS_ORDER } from './status';
import {
  codeSpansHtml,
  csvRows,
  escapeHtml,
  markdownCodeBlock,
  markdownInline,
  markdownTable,
  plainText,
} from '../../../text-formats/text-formats';

/**
 * The matrix as a report for teammates: what was evaluated (the policies themselves, the SCP
 * chain, the request context and resource scope), against which catalogs and when, and per API
 * its status with the reason and the statements that decided it. Markdown, CSV, JSON and a
 * self-contained print-friendly HTML page, all with the same content.
 */

/** A policy as evaluated: its name and its text, exactly as the engine read it. */
interface ReportPolicy {
  name: string;
  text: string;
}

export interface ReportSetting {
  /** When the report was made. */
  madeAt: Date;
  /** The catalogs' version and date; `null` while the index has not loaded. */
  catalogs: CatalogRelease | null;
  identityDrafts: ReportPolicy[];
  /** The chain root first; empty when not governed by SCPs. */
  scpLevels: { name: string; scps: ReportPolicy[] }[];
  context: RequestContext;
  unknownContext: boolean;
  resourceScope: ResourceScope;
}

interface ReportRow {
  service: string;
  method: string;
  path: string;
  action: string;
  status: ApiStatus;
  reason: string;
  /** The statements that decided the API's own action, in words. */
  decidedBy: string;
  /** Those needed only in some situations with the situation: "x (only when: …)". */
  missingDependencies: string[];
}

export interface MatrixReport {
  title: string;
  setting: ReportSetting;
  counts: Record<ApiStatus, number>;
  /** What every request of the matrix assumed (how it names resources), in words. */
  assumptions: string[];
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
    assumptions: matrix.assumptions.map((id) => describeAssumption(id).statement),
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
      missingDependencies: missingDependencyLabels(row),
    })),
  };
}

/** `api-matrix-image-readers-2026-03-19.md`: after the drafts and the day it was made. */
export function reportFileName(report: MatrixReport, extension: string): string {
  const drafts = report.setting.identityDrafts.map((draft) => draft.name).join(' ');
  const slug = drafts
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const day = report.setting.madeAt.toISOString().slice(0, 10);
  return `api-matrix-${slug || 'no-draft'}-${day}.${extension}`;
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
  row.missingDependencies.join(', '),
];

/** "2026-03-19 06:05 UTC": a reader in any time zone reads the same moment. */
const madeAtText = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function scopeText(scope: ResourceScope): string {
  const parts = [
    ['region', scope.region],
    ['account ID', scope.accountId],
    ['resource ID', scope.resourceId],
    ...Object.entries(scope.resourceIds ?? {}).map(([type, id]) => [`${type} ID`, id]),
  ].filter(([, value]) => value?.trim());
  return parts.length === 0
    ? 'none (any resource of each type)'
    : parts.map(([name, value]) => `${name} \`${value?.trim()}\``).join(', ');
}

/** The setting as "Label: value" pairs, values with `code` spans as the Markdown shows them. */
function settingPairs(report: MatrixReport): [string, string][] {
  const { setting } = report;
  const context = Object.entries(setting.context).map(([k, v]) => `\`${k}\` = \`${valueText(v)}\``);
  return [
    ['Date', madeAtText(setting.madeAt)],
    ['Catalogs', setting.catalogs ? describeCatalogRelease(setting.catalogs) : 'not loaded'],
    ['Identity drafts', setting.identityDrafts.map((d) => d.name).join(', ') || 'none'],
    [
      'SCPs',
      setting.scpLevels.length === 0
        ? 'not governed by SCPs'
        : setting.scpLevels
            .map((l) => `${l.name}: ${l.scps.map((s) => s.name).join(', ') || 'no SCP'}`)
            .join(' → '),
    ],
    [
      'Request context',
      `${context.join(', ') || 'none'} (${setting.unknownContext ? 'any request: empty keys are unknown' : 'exactly this request: empty keys are absent'})`,
    ],
    ['Resource scope', scopeText(setting.resourceScope)],
    ['Counts', STATUS_ORDER.map((s) => `${STATUS_LABELS[s]}: ${report.counts[s]}`).join(', ')],
    ...report.assumptions.map((statement): [string, string] => ['Assumed', statement]),
  ];
}

/**
 * Every policy evaluated, once: an SCP attached at several levels is listed with all of them.
 */
function policiesOf(setting: ReportSetting): { heading: string; text: string }[] {
  const scps = new Map<string, { name: string; text: string; levels: string[] }>();
  for (const level of setting.scpLevels) {
    for (const scp of level.scps) {
      const key = JSON.stringify([scp.name, scp.text]);
      const seen = scps.get(key) ?? { ...scp, levels: [] };
      seen.levels.push(level.name);
      scps.set(key, seen);
    }
  }
  return [
    ...setting.identityDrafts.map((d) => ({
      heading: `Identity draft \`${d.name}\``,
      text: d.text,
    })),
    ...[...scps.values()].map((s) => ({
      heading: `SCP \`${s.name}\` at ${joinWords(s.levels.map((l) => `\`${l}\``))}`,
      text: s.text,
    })),
  ];
}

/** Markdown in which every name and value (user input) shows as text: see `markdownInline`. */
export function reportMarkdown(report: MatrixReport): string {
  return [
    `# ${markdownInline(report.title)}`,
    '',
    ...settingPairs(report).map(([label, value]) => `- ${label}: ${markdownInline(value)}`),
    '',
    markdownTable(HEADER, report.rows.map(cells)),
    '## Policies evaluated',
    ...policiesOf(report.setting).flatMap(({ heading, text }) => [
      '',
      `### ${markdownInline(heading)}`,
      '',
      markdownCodeBlock(text, 'json'),
    ]),
    '',
  ].join('\n');
}

/**
 * The setting as label/value rows, a blank row, then the table; every row as wide as the table,
 * so the file stays a regular CSV. Cells are plain text (no Markdown) and formula-defused.
 */
export function reportCsv(report: MatrixReport): string {
  const pad = (row: string[]) => [...row, ...HEADER.slice(row.length).map(() => '')];
  const setting = [
    ['Report', report.title],
    ...settingPairs(report),
    ...policiesOf(report.setting).map(({ heading, text }) => [heading, text]),
  ].map(([label, value]) => pad([plainText(label ?? ''), plainText(value ?? '')]));
  const table = report.rows.map((row) => cells(row).map(plainText));
  return csvRows([...setting, pad([]), HEADER, ...table]);
}

/** The report as data: the policies' texts as evaluated, and every sentence as plain text. */
export function reportJson(report: MatrixReport): string {
  const { setting } = report;
  return `${JSON.stringify(
    {
      title: report.title,
      madeAt: setting.madeAt.toISOString(),
      catalogs: setting.catalogs,
      identityPolicies: setting.identityDrafts,
      scpChain: setting.scpLevels,
      context: setting.context,
      unknownContext: setting.unknownContext,
      resourceScope: setting.resourceScope,
      counts: report.counts,
      assumptions: report.assumptions.map(plainText),
      rows: report.rows.map((row) => ({
        ...row,
        reason: plainText(row.reason),
        decidedBy: plainText(row.decidedBy),
      })),
    },
    null,
    2,
  )}\n`;
}

const PRINT_CSS = `
body { font: 12px/1.45 system-ui, sans-serif; color: #111; margin: 2rem; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
ul { padding-left: 1.2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #eee; }
code, pre { font-family: ui-monospace, monospace; font-size: .95em; }
pre { white-space: pre-wrap; border: 1px solid #ddd; padding: .5rem; break-inside: avoid; }
tr { break-inside: avoid; }
@media print { body { margin: 0; } }
`;

/** A self-contained page (no scripts) that prints the report as it is shown. */
export function reportHtml(report: MatrixReport): string {
  const row = (r: ReportRow) =>
    `<tr>${cells(r)
      .map((cell, i) => `<td>${i === 5 || i === 6 ? codeSpansHtml(cell) : escapeHtml(cell)}</td>`)
      .join('')}</tr>`;
  const items = settingPairs(report).map(([l, v]) => `<li>${codeSpansHtml(`${l}: ${v}`)}</li>`);
  const policies = policiesOf(report.setting).map(
    ({ heading, text }) =>
      `<h3>${codeSpansHtml(heading)}</h3>\n<pre><code>${escapeHtml(text)}</code></pre>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(report.title)}</title>
<style>${PRINT_CSS}</style></head>
<body><h1>${escapeHtml(report.title)}</h1>
<ul>${items.join('')}</ul>
<table><thead><tr>${HEADER.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${report.rows.map(row).join('\n')}</tbody></table>
<h2>Policies evaluated</h2>
${policies.join('\n')}
</body></html>
`;
}
