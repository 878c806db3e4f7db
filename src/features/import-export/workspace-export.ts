import type { Expectation } from '../../expectations';
import type { Draft } from '../../stores/draft-model';
import type { Scenario } from '../../stores/scenario-store';
import { bundleEvaluation, expectationsOf, toBundleEnvelope } from '../../stores/workspace-bundle';
import type { EvaluationState } from '../../stores/workspace-bundle';

/**
 * The whole workspace as a file that the import reads back (drafts with their expectations, SCP
 * chain, context, and the evaluator's settings). The settings travel in files as in share links:
 * a file handed to someone (or opened on another machine) is evaluated as it was here once its
 * importer applies its SCP selection, context and settings, and one bundle format is read by both.
 */
export function workspaceExport(
  drafts: Draft[],
  expectations: Readonly<Record<string, Expectation[]>>,
  scenario: Scenario,
  evaluation: EvaluationState,
  exportedAt: Date,
) {
  return toBundleEnvelope(
    'workspace',
    {
      drafts: drafts.map(({ id, name, policyType, text }) => ({ id, name, policyType, text })),
      expectations: expectationsOf(drafts, expectations),
      scpChain: scenario.scpChain,
      context: scenario.context,
      evaluation: bundleEvaluation(drafts, evaluation),
    },
    { exportedAt: exportedAt.toISOString() },
  );
}

/** A file name for a draft: its name with anything a file system might mind replaced. */
export function draftFileName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^[_ .]+|[_ .]+$/g, '');
  return `${safe || 'policy'}.json`;
}
