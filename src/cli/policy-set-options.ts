import type { PolicyInput } from '../engine/index';
import type { CliIo } from './cli-io';
import { loadPolicyFiles } from './load-policies';
import type { OptionSpec } from './parse-command-args';
import { parseScpLevelArgs } from './request-args';

/** `--scp-level`, shared by every command that takes an SCP chain. */
export const scpLevelOption: OptionSpec = {
  type: 'string',
  multiple: true,
  valueName: 'FILE[,FILE...]',
  description: 'SCPs of one level, root first; repeat per level (none: not governed by SCPs)',
};

/** `--context` and `--unknown-context`, shared by evaluate, matrix and diff. */
export const contextOptions: Record<'context' | 'unknown-context', OptionSpec> = {
  context: {
    type: 'string',
    multiple: true,
    valueName: 'KEY=VALUE',
    description: 'a request context value; repeat a key for several values',
  },
  'unknown-context': {
    type: 'boolean',
    description: 'treat unset keys and resource * as unknown (partial evaluation)',
  },
};

/** Identity policies and an SCP chain read from files, as the engine takes them. */
export interface PolicySetFiles {
  identityPolicies: PolicyInput[];
  scps: PolicyInput[][];
  /** Policy id (the path) → text, for file:line in explanations. */
  texts: Map<string, string>;
}

/** Reads the identity policy files and the `--scp-level` values (each one level). */
export async function loadPolicySet(
  io: CliIo,
  policyPaths: string[],
  scpLevelValues: string[],
): Promise<PolicySetFiles> {
  const levels = parseScpLevelArgs(scpLevelValues);
  const identity = await loadPolicyFiles(io, policyPaths, 'identity');
  const scps = await Promise.all(levels.map((files) => loadPolicyFiles(io, files, 'scp')));
  return {
    identityPolicies: identity.policies,
    scps: scps.map((level) => level.policies),
    texts: new Map([identity, ...scps].flatMap((loaded) => [...loaded.texts])),
  };
}
