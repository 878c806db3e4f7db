import { parseArgs } from 'node:util';
import { UsageError } from './cli-errors';

/** One option of a command, as parsed and as shown in `--help`. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The option may be given more than once; its values are collected in order. */
  multiple?: boolean;
  /**
   * Plain words after the option also belong to it, so `--policy a.json b.json` reads like the
   * usage line `--policy FILE...`; the next option (or `--`) ends the list.
   */
  greedy?: boolean;
  /** Placeholder for the value in help, e.g. `FILE`. */
  valueName?: string;
  description: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** A command's arguments after parsing, with accessors that fail with one clear line. */
export interface ParsedArgs {
  positionals: string[];
  flag: (name: string) => boolean;
  string: (name: string) => string | undefined;
  strings: (name: string) => string[];
  requiredString: (name: string) => string;
  requiredStrings: (name: string) => string[];
}

/**
 * Parses `argv` for `command` against `specs`. node:util's parseArgs does the tokenising; the
 * checks are ours so that every mistake reads as one line naming the option and the command.
 */
export function parseCommandArgs(command: string, argv: string[], specs: OptionSpecs): ParsedArgs {
  const { tokens } = parseArgs({
    args: argv,
    options: nodeOptions(specs),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const seeHelp = `(see \`policy-workbench ${command} --help\`)`;
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  let greedyTarget: string | null = null;
  let afterTerminator = false;

  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      afterTerminator = true;
      greedyTarget = null;
    } else if (token.kind === 'positional') {
      if (greedyTarget !== null && !afterTerminator) values.get(greedyTarget)?.push(token.value);
      else positionals.push(token.value);
    } else {
      const spec = specs[token.name];
      if (!spec)
        throw new UsageError(`unknown option \`${token.rawName}\` for \`${command}\` ${seeHelp}`);
      greedyTarget = null;
      if (spec.type === 'boolean') {
        if (token.value !== undefined)
          throw new UsageError(`option \`--${token.name}\` takes no value`);
        flags.add(token.name);
        continue;
      }
      const value = token.value;
      // Non-strict parseArgs takes the next word as the value even when it is another option.
      if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
        throw new UsageError(`option \`--${token.name}\` needs a value ${seeHelp}`);
      }
      const list = values.get(token.name) ?? [];
      if (list.length > 0 && !spec.multiple) {
        throw new UsageError(`option \`--${token.name}\` may be given only once`);
      }
      list.push(value);
      values.set(token.name, list);
      if (spec.greedy) greedyTarget = token.name;
    }
  }

  const strings = (name: string): string[] => values.get(name) ?? [];
  const requiredStrings = (name: string): string[] => {
    const list = strings(name);
    if (list.length === 0) throw new UsageError(`missing required option \`--${name}\` ${seeHelp}`);
    return list;
  };
  return {
    positionals,
    flag: (name) => flags.has(name),
    string: (name) => values.get(name)?.[0],
    strings,
    requiredStrings,
    requiredString: (name) => requiredStrings(name)[0] as string,
  };
}

function nodeOptions(
  specs: OptionSpecs,
): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  return Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      spec.short ? { type: spec.type, short: spec.short } : { type: spec.type },
    ]),
  );
}
