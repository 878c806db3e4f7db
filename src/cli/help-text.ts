import type { Command } from './command';
import type { OptionSpecs } from './parse-command-args';
import { formatBytes } from './cli-errors';
import { BUNDLE_FILE_MAX_BYTES, POLICY_FILE_MAX_BYTES } from './read-input';

/** Help for one command: usage, options (the command's and the common ones), details. */
export function commandHelp(command: Command, common: OptionSpecs): string {
  const lines = [
    `policy-workbench ${command.name} - ${command.summary}`,
    '',
    `Usage: policy-workbench ${command.usage}`,
    '',
    'Options:',
    ...optionLines({ ...command.options, ...common }),
  ];
  for (const paragraph of command.details) lines.push('', paragraph);
  return lines.join('\n') + '\n';
}

/** Help for the whole CLI: the commands and where to read more. */
export function overviewHelp(commands: readonly Command[], common: OptionSpecs): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  return [
    'policy-workbench - check, evaluate and explain Huawei Cloud IAM identity policies and SCPs',
    '',
    'Usage: policy-workbench COMMAND [OPTIONS]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    'Options for every command:',
    ...optionLines(common),
    '',
    "Run `policy-workbench COMMAND --help` for a command's options. A FILE given as `-` is",
    'read from standard input (once per command). Files above a size limit are bad input,',
    `refused before they are read: policy files over ${formatBytes(POLICY_FILE_MAX_BYTES)}, expectations and catalog`,
    `files over ${formatBytes(BUNDLE_FILE_MAX_BYTES)}.`,
    'Exit codes: 0 success; 1 evaluate: not allowed, diff: something changed, test: an',
    'expectation failed, system-policies --compare: a documented cell differs; 2 validate:',
    'ERROR findings; 64 bad input; 70 internal error.',
    '',
  ].join('\n');
}

function optionLines(specs: OptionSpecs): string[] {
  const entries = Object.entries(specs).map(([name, spec]) => {
    const short = spec.short ? `-${spec.short}, ` : '';
    const value = spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : '';
    const repeat = spec.greedy ? '...' : '';
    return [`${short}--${name}${value}${repeat}`, spec.description] as const;
  });
  const width = Math.max(...entries.map(([flag]) => flag.length)) + 2;
  return entries.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`);
}
