import { validatePolicy, type PolicyType } from '../../engine/index';
import type { Command } from '../command';
import { EXIT, formatBytes, UsageError } from '../cli-errors';
import { findingsJson, formatFindings, type FileFindings } from '../format/format-findings';
import { findingsSarif } from '../format/format-sarif';
import { POLICY_FILE_MAX_BYTES, readInputFiles } from '../read-input';
import { catalogRelease, packageVersion } from '../versions';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check policy files: syntax, catalog-aware checks, risky grants',
  usage: 'validate FILE... [--type identity|scp] [--format text|json|sarif]',
  details: [
    'Each finding has a severity (ERROR, SECURITY_WARNING, WARNING, SUGGESTION), a stable code,\n' +
      'its line:column, a message and, when there is one, a hint. The policy Version picks the\n' +
      'catalogs checked against (5.0 or legacy 1.1).',
    'A file that is not valid JSON is a finding (JSON_SYNTAX_ERROR) here, not bad input.',
    '--format sarif prints a SARIF 2.1.0 log (one rule per finding code, file paths relative to\n' +
      'the working directory) for GitHub code scanning and other SARIF viewers.',
    'Exit codes: 0 no ERROR finding; 2 at least one ERROR; 64 bad input (options; a file that\n' +
      `is missing, larger than ${formatBytes(POLICY_FILE_MAX_BYTES)}, not UTF-8 or binary).`,
  ],
  options: {
    type: {
      type: 'string',
      valueName: 'identity|scp',
      description: 'policy type of every FILE (default identity)',
    },
    format: {
      type: 'string',
      valueName: 'text|json|sarif',
      description: 'output format (default text; --json is json)',
    },
  },
  positionals: { name: 'FILE', min: 1, max: Infinity },
  async run({ io, args, json, catalogs }) {
    const policyType = readPolicyType(args.string('type'));
    const format = readFormat(args.string('format'), json);
    const files = await readInputFiles(io, args.positionals, POLICY_FILE_MAX_BYTES);
    const { lookup, index } = await catalogs();
    const checked: FileFindings[] = files.map(({ path, text }) => ({
      path,
      text,
      issues: validatePolicy({ text, policyType, lookup }).issues,
    }));
    if (format === 'sarif') {
      const tool = { version: await packageVersion(io), catalogs: catalogRelease(index) };
      io.stdout(JSON.stringify(findingsSarif(checked, tool), null, 2) + '\n');
    } else {
      io.stdout(
        format === 'json' ? JSON.stringify(findingsJson(checked)) + '\n' : formatFindings(checked),
      );
    }
    const anyError = checked.some((file) =>
      file.issues.some((issue) => issue.severity === 'ERROR'),
    );
    return anyError ? EXIT.findings : EXIT.ok;
  },
};

function readFormat(value: string | undefined, json: boolean): 'text' | 'json' | 'sarif' {
  if (json && value !== undefined && value !== 'json') {
    throw new UsageError(`\`--json\` contradicts \`--format ${value}\``);
  }
  const format = json ? 'json' : (value ?? 'text');
  if (format === 'text' || format === 'json' || format === 'sarif') return format;
  throw new UsageError(`\`--format\` must be text, json or sarif, not \`${format}\``);
}

function readPolicyType(value: string | undefined): PolicyType {
  if (value === undefined || value === 'identity' || value === 'scp') return value ?? 'identity';
  throw new UsageError(`\`--type\` must be identity or scp, not \`${value}\``);
}
