import type { Command } from '../command';
import { EXIT, readFailure } from '../cli-errors';
import type { CliIo } from '../cli-io';

export const versionCommand: Command = {
  name: 'version',
  summary: "print the CLI's version and the catalogs' version and date (also `--version`)",
  usage: 'version',
  details: [
    "The catalogs' version is <schema>.<date>.<digest>: the schema version, the newest\n" +
      "documentation date they were imported from, and the start of a digest of their files'\n" +
      'contents, so two different sets of catalogs never share a version.',
  ],
  options: {},
  usesCatalogs: true,
  positionals: { name: 'nothing', min: 0, max: 0 },
  async run({ io, json, catalogs }) {
    const [version, { index }] = await Promise.all([packageVersion(io), catalogs()]);
    if (json) {
      io.stdout(
        JSON.stringify({ version, catalogs: { version: index.version, date: index.date } }) + '\n',
      );
    } else {
      io.stdout(`policy-workbench ${version}\n${catalogLine(index)}\n`);
    }
    return EXIT.ok;
  },
};

/** "catalogs 1.20260319.a54bee05 (sources up to 2026-03-19)", as the CLI's reports state them. */
export function catalogLine(index: { version: string; date: string | null }): string {
  return `catalogs ${index.version} (${index.date === null ? 'undated sources' : `sources up to ${index.date}`})`;
}

async function packageVersion(io: CliIo): Promise<string> {
  let text: string;
  try {
    text = await io.readFile(io.packageFile);
  } catch (error) {
    throw readFailure(io.packageFile, error);
  }
  const { version } = JSON.parse(text) as { version?: unknown };
  return typeof version === 'string' ? version : 'unknown';
}
