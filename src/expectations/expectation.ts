import type { AccessLevel } from '../catalog';
import { isRecord } from '../catalog';

/**
 * An expectation is an assertion a user saves beside a draft ("`DELETE /v2/images/{image_id}` of
 * IMS must be denied"). The workspace, share links and expectation files all carry them, so they
 * are read from untrusted JSON here, once.
 */

export type ExpectedOutcome = 'allowed' | 'denied';

export const ACCESS_LEVELS: readonly AccessLevel[] = [
  'list',
  'read',
  'write',
  'permission_management',
  'tagging',
];

/** What an expectation is about: one API, one action, or every API of a service (of a level). */
export type ExpectationTarget =
  | { kind: 'api'; service: string; api: string }
  | { kind: 'action'; action: string }
  | { kind: 'service'; service: string; accessLevel: AccessLevel | null };

export interface Expectation {
  id: string;
  target: ExpectationTarget;
  expect: ExpectedOutcome;
}

const MAX_TEXT = 300;
export const MAX_EXPECTATIONS = 500;

const isShortString = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT;
const isNonEmptyShortString = (value: unknown): value is string =>
  isShortString(value) && value.trim() !== '';

function readTarget(value: unknown): ExpectationTarget | null {
  if (!isRecord(value)) return null;
  if (
    value.kind === 'api' &&
    isNonEmptyShortString(value.service) &&
    isNonEmptyShortString(value.api)
  )
    return { kind: 'api', service: value.service, api: value.api };
  if (value.kind === 'action' && isNonEmptyShortString(value.action))
    return { kind: 'action', action: value.action };
  if (value.kind === 'service' && isNonEmptyShortString(value.service)) {
    const level = value.accessLevel ?? null;
    if (level !== null && !ACCESS_LEVELS.includes(level as AccessLevel)) return null;
    return { kind: 'service', service: value.service, accessLevel: level as AccessLevel | null };
  }
  return null;
}

/** Checks one untrusted expectation; `fallbackId` names it when it carries no id. */
export function readExpectation(
  value: unknown,
  fallbackId: string,
): { expectation: Expectation } | { problem: string } {
  if (!isRecord(value)) return { problem: 'is not an object' };
  const target = readTarget(value.target);
  if (!target) return { problem: 'names no API, action or service it is about' };
  if (value.expect !== 'allowed' && value.expect !== 'denied')
    return { problem: 'must expect `allowed` or `denied`' };
  const id = isNonEmptyShortString(value.id) ? value.id : fallbackId;
  return { expectation: { id, target, expect: value.expect } };
}

/** Checks a list of untrusted expectations, keeping the readable ones and naming the others. */
export function readExpectations(
  value: unknown,
  idPrefix: string,
): { expectations: Expectation[]; problems: string[] } {
  if (!Array.isArray(value))
    return { expectations: [], problems: ['the expectations are not a list'] };
  const problems: string[] = [];
  const expectations: Expectation[] = [];
  value.slice(0, MAX_EXPECTATIONS).forEach((item: unknown, index) => {
    const read = readExpectation(item, `${idPrefix}-${index + 1}`);
    if ('problem' in read) problems.push(`expectation ${index + 1} ${read.problem}`);
    else expectations.push(read.expectation);
  });
  if (value.length > MAX_EXPECTATIONS)
    problems.push(`only the first ${MAX_EXPECTATIONS} expectations are kept`);
  return { expectations, problems };
}
