import type { CliIo } from './cli-io';
import type { Command } from './command';
import { EXIT, UsageError } from './cli-errors';
import { commandHelp, overviewHelp } from './help-text';
import { createCatalogSource } from './load-catalogs';
import { parseCommandArgs, type OptionSpecs } from './parse-command-args';
import { readStdinOnce } from './read-input';
import { terminalLine, terminalText } from './terminal-text';
import { actionsCommand } from './commands/actions';
import { apisCommand } from './commands/apis';
import { diffCommand } from './commands/diff';
import { evaluateCommand } from './commands/evaluate';
import { expandCommand } from './commands/expand';
import { matrixCommand } from './commands/matrix';
import { systemPoliciesCommand } from './commands/system-policies';
import { testCommand } from './commands/test';
import { validateCommand } from './commands/validate';
import { versionCommand } from './commands/version';

/** Every command, in the order the overview help lists them. */
const commands: readonly Command[] = [
  validateCommand,
  evaluateCommand,
  matrixCommand,
  diffCommand,
  testCommand,
  expandCommand,
  actionsCommand,
  apisCommand,
  systemPoliciesCommand,
  versionCommand,
];

/** Options every command accepts (every command reads catalogs, `evaluate` when it needs them). */
const commonOptions: OptionSpecs = {
  catalogs: {
    type: 'string',
    valueName: 'DIR',
    description: "read catalogs from DIR (default: the repo's catalogs/)",
  },
  json: { type: 'boolean', description: 'print JSON for machines instead of text' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

/**
 * Runs the CLI with `argv` (without the node and script paths) and returns the exit code. Every
 * failure ends here: a usage error is one line on stderr (exit 64), anything else one line
 * marked as an internal error (exit 70); no stack trace reaches the user. Whatever reaches the
 * terminal has its control characters escaped, since file names and policy text are untrusted.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, { ...io, stdout: (text) => io.stdout(terminalText(text)) });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`policy-workbench: ${terminalLine(error.message)}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`policy-workbench: internal error: ${terminalLine(firstLine(message))}\n`);
    return EXIT.internal;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    throw new UsageError('missing command (see `policy-workbench --help`)');
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    io.stdout(
      topic
        ? commandHelp(findCommand(topic), commonOptions)
        : overviewHelp(commands, commonOptions),
    );
    return EXIT.ok;
  }
  // `--version` is what people type first; it is the `version` command under another name.
  const command = findCommand(name === '--version' || name === '-V' ? 'version' : name);
  const args = parseCommandArgs(command.name, rest, { ...command.options, ...commonOptions });
  if (args.flag('help')) {
    io.stdout(commandHelp(command, commonOptions));
    return EXIT.ok;
  }
  checkPositionals(command, args.positionals);
  const catalogDir = args.string('catalogs');
  return command.run({
    io: readStdinOnce(io),
    args,
    json: args.flag('json'),
    catalogs: createCatalogSource(
      io,
      catalogDir ? io.resolvePath(catalogDir) : io.defaultCatalogDir,
    ),
  });
}

function findCommand(name: string): Command {
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    const hint = name.startsWith('-')
      ? 'missing command before options'
      : `unknown command \`${name}\``;
    throw new UsageError(`${hint} (see \`policy-workbench --help\`)`);
  }
  return command;
}

function checkPositionals(command: Command, positionals: string[]): void {
  const { name, min, max } = command.positionals;
  if (positionals.length < min) {
    throw new UsageError(`missing ${name} (see \`policy-workbench ${command.name} --help\`)`);
  }
  if (positionals.length > max) {
    const extra = positionals[max] as string;
    throw new UsageError(`unexpected argument \`${extra}\` for \`${command.name}\``);
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
