import type { ChangeOutcome, Decision, MatrixChange, PolicySetDiff } from '../../../engine';
import { nameLevels } from './sentences';
import { STATUS_LABELS, decisionStatus } from './status';
import { csvTable, markdownTable, plainText } from '../../../text-formats/text-formats';

/**
 * A comparison (two drafts, or one draft under two SCP chains) as the panel lists it and as it is
 * exported: the APIs newly allowed, newly denied and otherwise changed, each with both reasons.
 */

export type CompareGroup = 'Newly allowed' | 'Newly denied' | 'Changed';
export const COMPARE_GROUPS: readonly CompareGroup[] = ['Newly allowed', 'Newly denied', 'Changed'];

export interface CompareRow {
  group: CompareGroup;
  service: string;
  api: string;
  action: string;
  before: string;
  after: string;
  beforeReason: string;
  afterReason: string;
}

/** Level names of each side, so reasons name levels as the user named them. */
export interface CompareSides {
  beforeLevels: readonly string[];
  afterLevels: readonly string[];
}

const label = (outcome: ChangeOutcome): string => {
  if (outcome === 'not-in-catalogs') return 'not in its catalogs';
  return (
    STATUS_LABELS[outcome === 'allow' ? 'allowed' : decisionStatus(outcome as Decision)] ?? outcome
  );
};

/** `ims-5.0` → `ims`: catalog ids are `<service>-<model>`. */
const serviceOf = (catalogId: string | null) => (catalogId ?? '').replace(/-[\d.]+$/, '');

function toRow(group: CompareGroup, change: MatrixChange, sides: CompareSides): CompareRow {
  return {
    group,
    service: serviceOf(change.catalogId),
    api: change.id,
    // Two models: the API's action under each (a 1.1 → 5.0 migration renames most).
    action: change.beforeAction ? `${change.beforeAction} → ${change.action}` : change.action,
    before: label(change.before),
    after: label(change.after),
    beforeReason: nameLevels(change.beforeReason, sides.beforeLevels),
    afterReason: nameLevels(change.afterReason, sides.afterLevels),
  };
}

/** The API changes, grouped in the order newly allowed, newly denied, changed. */
export function compareRows(diff: PolicySetDiff, sides: CompareSides): CompareRow[] {
  return [
    ...diff.apis.newlyAllowed.map((c) => toRow('Newly allowed', c, sides)),
    ...diff.apis.newlyDenied.map((c) => toRow('Newly denied', c, sides)),
    ...diff.apis.changed.map((c) => toRow('Changed', c, sides)),
  ];
}

const HEADER = ['Change', 'Service', 'API', 'Action', 'Before', 'After', 'Why before', 'Why after'];
const cells = (r: CompareRow) => [
  r.group,
  r.service,
  r.api,
  r.action,
  r.before,
  r.after,
  r.beforeReason,
  r.afterReason,
];

export function compareMarkdown(title: string, rows: readonly CompareRow[]): string {
  const counts = COMPARE_GROUPS.map((g) => `${g}: ${rows.filter((r) => r.group === g).length}`);
  return [
    `# ${title}`,
    '',
    `- ${counts.join(', ')}`,
    '',
    markdownTable(HEADER, rows.map(cells)),
  ].join('\n');
}

/** Cells in plain text: a spreadsheet shows Markdown's backticks as they are. */
export function compareCsv(rows: readonly CompareRow[]): string {
  return csvTable(
    HEADER,
    rows.map((row) => cells(row).map(plainText)),
  );
}
