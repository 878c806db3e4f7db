import type { Expectation } from '../../expectations';
import type { Draft } from '../../stores/draft-model';
import type { Scenario } from '../../stores/scenario-store';
import { expectationsOf, toBundleEnvelope } from '../../stores/workspace-bundle';

/**
 * The whole workspace as a file that the import reads back (drafts with their expectations, SCP
 * chain, context).
 */
export function workspaceExport(
  drafts: Draft[],
  expectations: Readonly<Record<string, Expectation[]>>,
  scenario: Scenario,
  exportedAt: Date,
) {
  return toBundleEnvelope(
    'workspace',
    {
      drafts: drafts.map(({ id, name, policyType, text }) => ({ id, name, policyType, text })),
      expectations: expectationsOf(drafts, expectations),
      scpChain: scenario.scpChain,
      context: scenario.context,
    },
    { exportedAt: exportedAt.toISOString() },
  );
}

/** A file name for a draft: its name with anything a file system might mind replaced. */
export function draftFileName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^[_ .]+|[_ .]+$/g, '');
  return `${safe || 'policy'}.json`;
}
