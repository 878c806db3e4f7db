import type { AccessLevel, ServiceCatalog } from '../catalog';
import { matrixRows, matrixVerdicts } from '../engine';
import type { ApiMatrix, ApiMatrixRow, ApiStatus, Decision } from '../engine';
import { STATUS_LABELS, decisionStatus, isDeniedStatus } from './api-status';
import type { Expectation, ExpectationTarget } from './expectation';

/**
 * Expectations checked against a matrix: each passes or fails with the APIs (or the action) that
 * broke it and why. Pure, so the panel (live) and `policy-workbench test` (in CI) agree.
 */

interface ExpectationFailure {
  /** The API id or action name that broke the expectation. */
  subject: string;
  status: ApiStatus | null;
  reason: string;
}

/** Which matrix row an API is: its catalog and its API id. */
type FailingRow = Pick<ApiMatrixRow, 'catalogId' | 'apiId'>;

export interface ExpectationResult {
  expectation: Expectation;
  sentence: string;
  passed: boolean;
  /** How many APIs (or actions) the expectation covers. */
  checked: number;
  failures: ExpectationFailure[];
  /** The matrix rows of the APIs that broke it, to highlight them. */
  failingRows: FailingRow[];
}

const levelWords = (level: AccessLevel | null) =>
  level === null ? '' : `${level.replace('_', '-')} `;

/** "every read API of IMS must be allowed", "`DELETE /v2/images/{image_id}` of IMS must be denied" */
export function describeExpectation(expectation: Expectation): string {
  const { target, expect } = expectation;
  const must = `must be ${expect}`;
  switch (target.kind) {
    case 'api':
      return `\`${target.api}\` of ${target.service.toUpperCase()} ${must}`;
    case 'action':
      return `action \`${target.action}\` ${must}`;
    case 'service':
      return `every ${levelWords(target.accessLevel)}API of ${target.service.toUpperCase()} ${must}`;
  }
}

/** The services a matrix must hold to check these expectations. */
export function expectationServices(expectations: readonly Expectation[]): string[] {
  const services = expectations.map(({ target }) =>
    target.kind === 'action' ? (target.action.split(':', 1)[0] ?? '') : target.service,
  );
  return [...new Set(services.map((s) => s.toLowerCase()).filter(Boolean))].sort();
}

const meets = (status: ApiStatus, expect: Expectation['expect']) =>
  expect === 'allowed' ? status === 'allowed' : isDeniedStatus(status);

function rowsFor(
  target: Exclude<ExpectationTarget, { kind: 'action' }>,
  rows: readonly ApiMatrixRow[],
  levelOf: ReadonlyMap<string, AccessLevel | null>,
): ApiMatrixRow[] {
  const service = target.service.toLowerCase();
  const ofService = rows.filter((row) => row.service.toLowerCase() === service);
  if (target.kind === 'api') {
    return ofService.filter(
      (row) => row.apiId === target.api || `${row.method ?? ''} ${row.path}`.trim() === target.api,
    );
  }
  return target.accessLevel === null
    ? ofService
    : ofService.filter((row) => levelOf.get(row.action.toLowerCase()) === target.accessLevel);
}

function checkOne(
  expectation: Expectation,
  matrix: ApiMatrix,
  allRows: readonly ApiMatrixRow[],
  levelOf: ReadonlyMap<string, AccessLevel | null>,
): ExpectationResult {
  const sentence = describeExpectation(expectation);
  const { target, expect } = expectation;
  if (target.kind === 'action') {
    const verdict = matrixVerdicts(matrix).find(
      (v) => v.action.toLowerCase() === target.action.toLowerCase(),
    );
    const status = verdict ? decisionStatus(verdict.decision as Decision) : null;
    const passed = status !== null && meets(status, expect);
    const failures = passed
      ? []
      : [
          {
            subject: target.action,
            status,
            reason: verdict
              ? `${STATUS_LABELS[status as ApiStatus]}: ${verdict.reason}`
              : 'no catalog of the policy model has this action',
          },
        ];
    return { expectation, sentence, passed, checked: verdict ? 1 : 0, failures, failingRows: [] };
  }
  const rows = rowsFor(target, allRows, levelOf);
  if (rows.length === 0) {
    return {
      expectation,
      sentence,
      passed: false,
      checked: 0,
      failures: [
        { subject: target.service, status: null, reason: 'no API of the catalogs matches it' },
      ],
      failingRows: [],
    };
  }
  const failing = rows.filter((row) => !meets(row.status, expect));
  return {
    expectation,
    sentence,
    passed: failing.length === 0,
    checked: rows.length,
    failures: failing.map((row) => ({
      subject: row.apiId,
      status: row.status,
      reason: `${STATUS_LABELS[row.status]}: ${row.reason}`,
    })),
    failingRows: failing.map(({ catalogId, apiId }) => ({ catalogId, apiId })),
  };
}

/** Access level of every action of the catalogs, by lower-case name. */
function accessLevels(catalogs: readonly ServiceCatalog[]): Map<string, AccessLevel | null> {
  const levels = new Map<string, AccessLevel | null>();
  for (const catalog of catalogs)
    for (const action of catalog.actions) levels.set(action.name.toLowerCase(), action.accessLevel);
  return levels;
}

/**
 * Checks every expectation against a matrix computed over (at least) their services;
 * `catalogs`: those it was computed over.
 */
export function checkExpectations(
  expectations: readonly Expectation[],
  matrix: ApiMatrix,
  catalogs: readonly ServiceCatalog[],
): ExpectationResult[] {
  const levelOf = accessLevels(catalogs);
  const rows = matrixRows(matrix, catalogs);
  return expectations.map((e) => checkOne(e, matrix, rows, levelOf));
}
