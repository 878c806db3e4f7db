import { compileActionPattern } from '../match/action';
import { compileWildcard } from '../match/wildcard';
import type { ParsedStatement } from '../policy/policy-types';
import type { ValidationContext } from './validation-context';
import { keyOf } from './validation-context';

/** Services an allow-list SCP must keep allowing, or users cannot sign in (reference §4, S33). */
const SIGN_IN_PATTERNS = ['iamToken::*', 'signin::*'];

/**
 * Does the statement allow every action of `pattern` (a whole service, `service::*`)? With
 * `Action`, some entry must cover it (read literally; `?` makes the test unsound). With
 * `NotAction`, everything is allowed that no entry names, so no entry may name that service.
 */
function allows(statement: ParsedStatement, pattern: string): boolean {
  if (statement.notAction !== null) {
    const service = pattern.slice(0, pattern.indexOf(':'));
    return !statement.notAction.some((entry) =>
      compileWildcard(entry.value.split(':', 1)[0] ?? '', { ignoreCase: true }).test(service),
    );
  }
  return (statement.action ?? []).some(
    (entry) => !entry.value.includes('?') && compileActionPattern(entry.value).test(pattern),
  );
}

function checkAllowStatement(context: ValidationContext, statement: ParsedStatement): void {
  const condition = keyOf(statement, 'Condition');
  if (condition) {
    context.report(
      'SCP_ALLOW_WITH_CONDITION',
      'an SCP `Allow` statement cannot have a `Condition`',
      condition.range,
      'move the condition to a `Deny` statement with the opposite operator',
    );
  }
  for (const resource of statement.resource ?? []) {
    if (resource.value === '*') continue;
    context.report(
      'SCP_ALLOW_SPECIFIC_RESOURCE',
      `\`Allow\` statements of SCPs are documented with \`Resource\` \`*\` only, not \`${resource.value}\``,
      resource.range,
      'allow on `*` and restrict resources with a `Deny` statement',
    );
  }
}

function checkSignIn(context: ValidationContext, allowStatements: ParsedStatement[]): void {
  // The first `Allow` statement's effect, `undefined` when there is no `Allow` statement.
  const effect = allowStatements[0]?.effect;
  if (!effect) return;
  const missing = SIGN_IN_PATTERNS.filter(
    (pattern) => !allowStatements.some((statement) => allows(statement, pattern)),
  );
  if (missing.length === 0) return;
  context.report(
    'SCP_ALLOW_LIST_WITHOUT_SIGN_IN',
    `this allow-list SCP does not allow ${missing.map((p) => `\`${p}\``).join(' or ')}`,
    effect.range,
    'if it replaces FullAccess, allow them too or users cannot sign in or get tokens',
  );
}

/** SCP rules: no `Condition` on `Allow`, `Allow` on `*`, and the sign-in actions. */
export function checkScp(context: ValidationContext): void {
  if (context.policyType !== 'scp') return;
  const allowStatements = context.policy.statements.filter((s) => s.effect?.value === 'Allow');
  for (const statement of allowStatements) checkAllowStatement(context, statement);
  checkSignIn(context, allowStatements);
}
