import { expandActionPattern, readPolicyDocument, type ActionNames } from '../../../engine';
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
    // Read as the engine reads any policy, so duplicate keys and odd shapes mean the same here.
    const statements =
      readPolicyDocument(JSON.stringify(policy.document)).located.policy?.statements ?? [];
    for (const statement of statements) {
      if (statement.effect?.value !== 'Allow') continue;
      const pattern = (statement.action ?? []).find(
        (candidate) => expandActionPattern(candidate.value, [action]).length > 0,
      );
      if (pattern !== undefined) {
        grants.push({
          policyId: policy.id,
          policyName: policy.name,
          kind: policy.kind,
          statementIndex: statement.index,
          sid: statement.sid?.value ?? null,
          pattern: pattern.value,
        });
      }
    }
  }
  return grants;
}
