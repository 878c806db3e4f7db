import type { ParsedStatement } from '../policy/policy-types';
import { coversEveryAction } from './action-format';
import type { ValidationContext } from './validation-context';
import { coversAllResources, keyOf, listOf } from './validation-context';

/** `ims:*`, `ims:*:*`: every action of one service. */
const SERVICE_WIDE = /^([A-Za-z0-9_.-]+):[*:]*\*[*:]*$/;

function checkBroadGrants(context: ValidationContext, statement: ParsedStatement): void {
  if (!coversAllResources(statement) || statement.conditions !== null) return;
  const resolved = new Map(
    (context.actionsOf(statement)?.entries ?? []).map(({ entry, actions }) => [entry, actions]),
  );
  for (const entry of statement.action ?? []) {
    if (coversEveryAction(entry.value)) {
      context.report(
        'FULL_ACCESS_GRANT',
        `\`${entry.value}\` on every resource grants full access to the account`,
        entry.range,
        'list the actions the principal needs',
      );
      continue;
    }
    const service = SERVICE_WIDE.exec(entry.value)?.[1];
    if (service !== undefined) {
      context.report(
        'SERVICE_WIDE_GRANT',
        `\`${entry.value}\` on every resource grants every \`${service}\` action`,
        entry.range,
        'list the actions needed, or restrict `Resource` or add a `Condition`',
      );
    }
    const sensitive = (resolved.get(entry) ?? [])
      .filter((action) => action.accessLevel === 'permission_management')
      .map((action) => action.name);
    if (sensitive.length > 0) {
      context.report(
        'PERMISSION_MANAGEMENT_GRANT',
        `\`${entry.value}\` grants permission management (${listOf(sensitive, 3, 'and')}) on every resource`,
        entry.range,
        'restrict `Resource` or add a `Condition`, since these actions can change who may do what',
      );
    }
  }
}

function checkNegatedAllow(context: ValidationContext, statement: ParsedStatement): void {
  const notAction = keyOf(statement, 'NotAction');
  if (notAction) {
    context.report(
      'ALLOW_WITH_NOT_ACTION',
      '`Allow` with `NotAction` grants every action not listed, including new ones',
      notAction.range,
      'list the allowed actions with `Action` instead',
    );
  }
  const notResource = keyOf(statement, 'NotResource');
  if (notResource) {
    context.report(
      'ALLOW_WITH_NOT_RESOURCE',
      '`Allow` with `NotResource` grants every resource not listed, including new ones',
      notResource.range,
      'list the allowed resources with `Resource` instead',
    );
  }
}

/** Broad or risky grants in identity policies (SCPs only bound access, so they are skipped). */
export function checkSecurity(context: ValidationContext): void {
  if (context.policyType !== 'identity') return;
  for (const statement of context.policy.statements) {
    if (statement.effect?.value !== 'Allow') continue;
    checkBroadGrants(context, statement);
    checkNegatedAllow(context, statement);
  }
}
