import type { CliIo } from './cli-io';
import type { LoadedCatalogs } from './load-catalogs';
import type { OptionSpecs, ParsedArgs } from './parse-command-args';

/** What a command gets to run with. */
interface CommandContext {
  io: CliIo;
  args: ParsedArgs;
  /** `--json`: machine-readable output instead of text. */
  json: boolean;
  /** The catalogs, loaded (and validated) on first use; commands that need none never pay. */
  catalogs: () => Promise<LoadedCatalogs>;
}

/** One sub-command: its help and its behaviour. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Usage after `policy-workbench `, e.g. `validate FILE... [--type identity|scp]`. */
  usage: string;
  /** Further help paragraphs (exit codes, input formats, assumptions). */
  details: string[];
  options: OptionSpecs;
  /** How many plain words the command takes, and what they are called in messages. */
  positionals: { name: string; min: number; max: number };
  /** Returns the exit code. */
  run: (context: CommandContext) => Promise<number>;
}
