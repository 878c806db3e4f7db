/**
 * Table-driven lint cases for the validator's tests: a policy text, the policy type, and the
 * findings expected for the codes under test, each located by the exact text it should cover.
 */
import { createCatalogLookup } from '../catalog/catalog-lookup';
import { FIXTURE_CATALOGS, FIXTURE_GLOBAL_KEYS } from '../catalog/testing/fixture-catalogs';
import type { PolicyType } from '../policy/policy-types';
import type { CheckCode } from './check-registry';
import { validatePolicy } from './validate-policy';

/** `[code, text the range covers, which occurrence of that text (default 0)]`. */
type ExpectedFinding = [CheckCode, string, number?];

export interface LintCase {
  name: string;
  text: string;
  type?: PolicyType;
  /** Findings of these codes are compared; by default the codes in `expected`. */
  codes?: CheckCode[];
  expected: ExpectedFinding[];
}

export const FIXTURE_LOOKUP = createCatalogLookup(FIXTURE_CATALOGS, FIXTURE_GLOBAL_KEYS);

/** A 5.0 policy with one statement. */
export const statement = (body: string): string => `{"Version":"5.0","Statement":[{${body}}]}`;

/** A 1.1 policy with one statement. */
export const legacyStatement = (body: string): string =>
  `{"Version":"1.1","Statement":[{${body}}]}`;

function spanOf(text: string, needle: string, nth: number): { offset: number; length: number } {
  let offset = -1;
  for (let seen = 0; seen <= nth; seen += 1) offset = text.indexOf(needle, offset + 1);
  return { offset, length: needle.length };
}

/** What a case produced and what it expected, as comparable lists of `{ code, offset, length }`. */
export function runLintCase(lintCase: LintCase) {
  const codes = new Set<string>(lintCase.codes ?? lintCase.expected.map(([code]) => code));
  const { issues } = validatePolicy({
    text: lintCase.text,
    policyType: lintCase.type ?? 'identity',
    lookup: FIXTURE_LOOKUP,
  });
  const actual = issues
    .filter((issue) => codes.has(issue.code))
    .map(({ code, range }) => ({ code, offset: range.offset, length: range.length }));
  const expected = lintCase.expected.map(([code, needle, nth]) => ({
    code,
    ...spanOf(lintCase.text, needle, nth ?? 0),
  }));
  return { actual, expected, issues };
}
