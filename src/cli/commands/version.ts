import type { Command } from '../command';
import { EXIT } from '../cli-errors';
import { catalogLine, catalogRelease, packageVersion } from '../versions';

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
  positionals: { name: 'nothing', min: 0, max: 0 },
  async run({ io, json, catalogs }) {
    const [version, { index }] = await Promise.all([packageVersion(io), catalogs()]);
    const release = catalogRelease(index);
    io.stdout(
      json
        ? JSON.stringify({ version, catalogs: release }) + '\n'
        : `policy-workbench ${version}\n${catalogLine(release)}\n`,
    );
    return EXIT.ok;
  },
};
