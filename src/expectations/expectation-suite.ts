import type { ServiceCatalog } from '../catalog';
import { computeApiMatrix } from '../engine';
import type { PolicyInput } from '../engine';
import { checkExpectations, expectationServices } from './check-expectations';
import type { ExpectationResult } from './check-expectations';
import { readExpectations } from './expectation';
import type { Expectation } from './expectation';
import { isRecord } from '../catalog';
import { readRequestContext } from './request-context';
import type { RequestContext } from '../engine/index';

/**
 * A draft's expectations with everything needed to check them anywhere: the policy text, the SCP
 * chain's texts, the context. The panel checks suites live; an exported file holds suites, and
 * `policy-workbench test FILE` checks them with the same function.
 */

export interface ExpectationSuite {
  /** The draft's name. */
  name: string;
  identityPolicies: PolicyInput[];
  /** `[]`: not governed by SCPs; otherwise each level's SCPs, root first. */
  scps: PolicyInput[][];
  context: RequestContext;
  unknownContext: boolean;
  expectations: Expectation[];
}

const EXPECTATION_FILE = {
  app: 'policy-workbench',
  kind: 'expectations',
  version: 1,
} as const;

/** Checks a suite's expectations on a matrix of just the services they name. */
export function checkSuite(
  suite: ExpectationSuite,
  catalogs: readonly ServiceCatalog[],
): ExpectationResult[] {
  const matrix = computeApiMatrix({
    identityPolicies: suite.identityPolicies,
    scps: suite.scps,
    catalogs,
    services: expectationServices(suite.expectations),
    context: suite.context,
    unknownContext: suite.unknownContext,
  });
  return checkExpectations(suite.expectations, matrix, catalogs);
}

/** The exported file: the envelope and the suites. */
export function expectationFile(suites: readonly ExpectationSuite[]) {
  return { ...EXPECTATION_FILE, suites };
}

const MAX_SUITES = 100;
const MAX_TEXT = 200_000;

function readPolicy(value: unknown, where: string): PolicyInput | string {
  if (!isRecord(value) || typeof value.text !== 'string' || value.text.length > MAX_TEXT)
    return `${where} has no policy text`;
  const name = typeof value.name === 'string' && value.name.trim() !== '' ? value.name : where;
  const id = typeof value.id === 'string' && value.id !== '' ? value.id : name;
  return { id, name, text: value.text };
}

function readPolicies(value: unknown, where: string, problems: string[]): PolicyInput[] {
  if (!Array.isArray(value)) {
    problems.push(`${where} is not a list of policies`);
    return [];
  }
  return value.flatMap((item: unknown, i) => {
    const read = readPolicy(item, `${where} ${i + 1}`);
    if (typeof read === 'string') problems.push(read);
    return typeof read === 'string' ? [] : [read];
  });
}

function readSuite(value: unknown, index: number, problems: string[]): ExpectationSuite | null {
  const where = `suite ${index + 1}`;
  if (!isRecord(value)) {
    problems.push(`${where} is not an object`);
    return null;
  }
  const before = problems.length;
  const name = typeof value.name === 'string' && value.name.trim() !== '' ? value.name : where;
  const identityPolicies = readPolicies(
    value.identityPolicies,
    `${where}: identity policy`,
    problems,
  );
  const scps = Array.isArray(value.scps)
    ? value.scps.map((level: unknown, i) =>
        readPolicies(level, `${where}: SCP level ${i + 1}`, problems),
      )
    : (problems.push(`${where}: \`scps\` is not a list of levels`), []);
  const context = readRequestContext(value.context ?? {});
  if ('problem' in context) problems.push(`${where}: ${context.problem}`);
  if (typeof value.unknownContext !== 'boolean')
    problems.push(`${where}: \`unknownContext\` is not true or false`);
  const expectations = readExpectations(value.expectations, `${index + 1}`);
  // One by one: a file may hold more problems than a call takes as spread arguments.
  for (const problem of expectations.problems) problems.push(`${where}: ${problem}`);
  if (problems.length > before || !('context' in context)) return null;
  return {
    name,
    identityPolicies,
    scps,
    context: context.context,
    unknownContext: value.unknownContext === true,
    expectations: expectations.expectations,
  };
}

export type ReadExpectationFileResult =
  { ok: true; suites: ExpectationSuite[] } | { ok: false; problems: string[] };

/** Reads an untrusted expectations file completely: one bad part refuses the file. */
export function readExpectationFile(value: unknown): ReadExpectationFileResult {
  if (
    !isRecord(value) ||
    value.app !== EXPECTATION_FILE.app ||
    value.kind !== EXPECTATION_FILE.kind
  )
    return { ok: false, problems: ['it is not a Policy Workbench expectations file'] };
  if (value.version !== EXPECTATION_FILE.version)
    return {
      ok: false,
      problems: [
        `it has version \`${String(value.version)}\`, this tool reads version ${EXPECTATION_FILE.version}`,
      ],
    };
  if (!Array.isArray(value.suites) || value.suites.length === 0)
    return { ok: false, problems: ['it holds no suites'] };
  if (value.suites.length > MAX_SUITES)
    return { ok: false, problems: [`it holds more than ${MAX_SUITES} suites`] };
  const problems: string[] = [];
  const suites = value.suites.flatMap((suite: unknown, i) => readSuite(suite, i, problems) ?? []);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, suites };
}
