import { expandActionPattern, type ActionNames } from '../../../engine';
import type { PolicyModel, SystemPolicy } from '../../../catalog';

/** A system policy statement that allows an action, and the pattern that does it. */
export interface PolicyGrant {
  policyId: string;
  policyName: string;
  kind: SystemPolicy['kind'];
  statementIndex: number;
  sid: string | null;
  pattern: string;
}

interface StatementShape {
  Sid?: unknown;
  Effect?: unknown;
  Action?: unknown;
}

const asList = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string')
      : [];

/**
 * The system policies of the same model whose `Allow` statements list an action pattern that
 * expands (through the engine's matching, by name or alias) to `action`. Deny statements and
 * conditions are not weighed: this answers "which policies mention a grant of it", not a full
 * evaluation.
 */
export function findGrantingPolicies(
  policies: readonly SystemPolicy[],
  model: PolicyModel,
  action: ActionNames,
): PolicyGrant[] {
  const grants: PolicyGrant[] = [];
  for (const policy of policies) {
    if (policy.model !== model) continue;
    const statements = (policy.document as { Statement?: unknown } | null)?.Statement;
    if (!Array.isArray(statements)) continue;
    statements.forEach((statement: StatementShape, statementIndex) => {
      if (statement?.Effect !== 'Allow') return;
      const pattern = asList(statement.Action).find(
        (candidate) => expandActionPattern(candidate, [action]).length > 0,
      );
      if (pattern !== undefined) {
        grants.push({
          policyId: policy.id,
          policyName: policy.name,
          kind: policy.kind,
          statementIndex,
          sid: typeof statement.Sid === 'string' ? statement.Sid : null,
          pattern,
        });
      }
    });
  }
  return grants;
}
