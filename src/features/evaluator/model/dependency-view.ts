import type { ApiMatrixRow, Decision, StatementRef } from '../../../engine';
import type { DraftLike } from './policy-set';
import { STATUS_LABELS, decisionStatus } from './status';

/**
 * An API's dependencies as the explanation lists them, and what the one-click fix can do: add the
 * dependency actions no statement allows to the draft that allows the API's own action. A
 * dependency denied by a Deny or by an SCP is listed but not "fixable" by adding an Allow.
 */

interface DependencyLine {
  action: string;
  condition?: string;
  decision: Decision;
  label: string;
  missing: boolean;
  /** Adding it to a draft would allow it (nothing denies it, no SCP blocks it). */
  fixable: boolean;
}

export interface DependencyView {
  lines: DependencyLine[];
  /** The draft the fix writes into; `null` when no identity draft is evaluated. */
  target: { id: string; name: string } | null;
  fixable: string[];
  /** Missing dependencies a fix in the draft cannot grant, with their status words. */
  blocked: string[];
}

/** `decisive`: the statements that allow the API's own action (they name the draft to fix). */
export function dependencyView(
  row: ApiMatrixRow,
  decisive: readonly StatementRef[],
  identityDrafts: readonly DraftLike[],
): DependencyView {
  const missing = new Set(
    [...row.missingDependencies, ...row.missingConditionalDependencies.map((d) => d.action)].map(
      (a) => a.toLowerCase(),
    ),
  );
  const lines = row.dependencies.map((d) => {
    const isMissing = missing.has(d.action.toLowerCase());
    return {
      ...d,
      label: STATUS_LABELS[decisionStatus(d.decision)],
      missing: isMissing,
      fixable: isMissing && d.decision === 'implicit-deny',
    };
  });
  const decisiveDraft = decisive.find((ref) => ref.layer === 'identity')?.policyId;
  const target = identityDrafts.find((d) => d.id === decisiveDraft) ?? identityDrafts[0] ?? null;
  return {
    lines,
    target: target ? { id: target.id, name: target.name } : null,
    fixable: lines.filter((l) => l.fixable).map((l) => l.action),
    blocked: lines.filter((l) => l.missing && !l.fixable).map((l) => `${l.action} (${l.label})`),
  };
}
