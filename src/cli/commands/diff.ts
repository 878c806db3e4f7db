import { diffPolicySets } from '../../engine/index';
import type { Command } from '../command';
import { EXIT, UsageError } from '../cli-errors';
import { formatDiff, hasChanges } from '../format/format-diff';
import { contextOptions, loadPolicySet, scpLevelOption } from '../policy-set-options';
import { parseContextArgs } from '../request-args';

const files = (description: string) =>
  ({ type: 'string', multiple: true, greedy: true, valueName: 'FILE', description }) as const;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'compare what two policy sets (or two SCP chains) allow, API by API',
  usage:
    'diff --before FILE... [--after FILE...] [--scp-level FILE[,FILE...]]... ' +
    '[--after-scp-level FILE[,FILE...]]...',
  details: [
    '--scp-level gives the SCP chain of both sides. To compare one policy set under two SCP\n' +
      'chains, give --after-scp-level (the chain of the after side) and leave out --after.',
    'Policy sets of two models (a 1.1 set against a 5.0 one) are joined on the API (service,\n' +
      'method, path): each API shows its action and outcome under each model, and an API one\n' +
      "model's catalogs lack reads not-in-catalogs where the other model lets it through.",
    'Exit codes: 0 nothing changes; 1 some API or action changes its outcome (as diff(1));\n' +
      '64 bad input.',
  ],
  options: {
    before: files('identity policies before the change'),
    after: files('identity policies after the change (default: the --before files)'),
    'scp-level': scpLevelOption,
    'after-scp-level': {
      ...scpLevelOption,
      description: 'SCP chain of the after side, root first',
    },
    ...contextOptions,
  },
  positionals: { name: 'nothing', min: 0, max: 0 },
  async run({ io, args, json, catalogs }) {
    const beforePaths = args.requiredStrings('before');
    const afterLevels = args.strings('after-scp-level');
    const afterPaths = args.strings('after');
    if (afterPaths.length === 0 && afterLevels.length === 0) {
      throw new UsageError(
        'give `--after` or `--after-scp-level` (see `policy-workbench diff --help`)',
      );
    }
    const beforeLevels = args.strings('scp-level');
    const shared = {
      context: parseContextArgs(args.strings('context')),
      unknownContext: args.flag('unknown-context'),
    };
    const before = await loadPolicySet(io, beforePaths, beforeLevels);
    const after = await loadPolicySet(
      io,
      afterPaths.length > 0 ? afterPaths : beforePaths,
      afterLevels.length > 0 ? afterLevels : beforeLevels,
    );
    const { services } = await catalogs();
    const side = ({ identityPolicies, scps }: typeof before) => ({
      identityPolicies,
      scps,
      catalogs: services,
      ...shared,
    });
    const diff = diffPolicySets(side(before), side(after));
    io.stdout(json ? JSON.stringify(diff) + '\n' : formatDiff(diff));
    return hasChanges(diff) ? EXIT.differences : EXIT.ok;
  },
};
