import { checkSuite, readExpectationFile } from '../../expectations';
import type { ExpectationResult } from '../../expectations';
import type { Command } from '../command';
import { EXIT, formatBytes, UsageError } from '../cli-errors';
import { BUNDLE_FILE_MAX_BYTES, readInputFile } from '../read-input';

/** `test`: at least one expectation failed (as test runners exit 1). */
const EXPECTATION_FAILED = 1;
const SHOWN_FAILURES = 10;

interface SuiteOutcome {
  name: string;
  results: ExpectationResult[];
}

function formatText(outcomes: readonly SuiteOutcome[]): string {
  const lines: string[] = [];
  for (const { name, results } of outcomes) {
    lines.push(name);
    for (const result of results) {
      lines.push(`  ${result.passed ? 'pass' : 'FAIL'}  ${result.sentence}`);
      for (const failure of result.failures.slice(0, SHOWN_FAILURES))
        lines.push(`        ${failure.subject}: ${failure.reason}`);
      if (result.failures.length > SHOWN_FAILURES)
        lines.push(`        and ${result.failures.length - SHOWN_FAILURES} more`);
    }
  }
  const all = outcomes.flatMap((o) => o.results);
  const failed = all.filter((r) => !r.passed).length;
  lines.push(`${all.length} expectations: ${all.length - failed} passed, ${failed} failed`);
  return `${lines.join('\n')}\n`;
}

function toJson(outcomes: readonly SuiteOutcome[]) {
  return {
    suites: outcomes.map(({ name, results }) => ({
      name,
      results: results.map(({ expectation, sentence, passed, checked, failures }) => ({
        expectation,
        sentence,
        passed,
        checked,
        failures,
      })),
    })),
    failed: outcomes.flatMap((o) => o.results).filter((r) => !r.passed).length,
  };
}

export const testCommand: Command = {
  name: 'test',
  summary: 'check the expectations exported from the app (for CI); exit 1 when one fails',
  usage: 'test FILE',
  details: [
    'FILE is an expectations file exported from the evaluator panel ("Export expectations\n' +
      'file"): per draft, the policy text, the SCP chain, the request context and assertions such\n' +
      'as "`DELETE /v2/images/{image_id}` of IMS must be denied" or "every read API of IMS must be\n' +
      'allowed". They are checked with the same engine and the same rules as in the app.',
    'Exit codes: 0 every expectation holds; 1 at least one fails; 64 bad input (catalogs; a\n' +
      `file that is missing, larger than ${formatBytes(BUNDLE_FILE_MAX_BYTES)}, not UTF-8, binary or\n` +
      'not expectations).',
  ],
  options: {},
  positionals: { name: 'FILE', min: 1, max: 1 },
  async run({ io, args, json, catalogs }) {
    const file = await readInputFile(io, args.positionals[0] as string, BUNDLE_FILE_MAX_BYTES);
    let value: unknown;
    try {
      value = JSON.parse(file.text);
    } catch {
      throw new UsageError(`\`${file.path}\` is not JSON`);
    }
    const read = readExpectationFile(value);
    if (!read.ok) {
      throw new UsageError(`\`${file.path}\` cannot be checked: ${read.problems.join('; ')}`);
    }
    const { services } = await catalogs();
    const outcomes = read.suites.map((suite) => ({
      name: suite.name,
      results: checkSuite(suite, services),
    }));
    io.stdout(json ? `${JSON.stringify(toJson(outcomes))}\n` : formatText(outcomes));
    const failed = outcomes.some((o) => o.results.some((r) => !r.passed));
    return failed ? EXPECTATION_FAILED : EXIT.ok;
  },
};
