import type { Located, ParsedStatement } from '../policy/policy-types';
import { STATEMENT_ELEMENTS } from '../policy/policy-grammar';
import type { ValidationContext } from './validation-context';
import { didYouMean, keyOf, openingOf } from './validation-context';

const KNOWN_ELEMENTS: readonly string[] = STATEMENT_ELEMENTS;
const LEGACY_MISSING_ELEMENTS = new Set(['Sid', 'NotAction', 'NotResource']);
const PRINCIPAL_ELEMENTS = new Set(['Principal', 'NotPrincipal']);

function caseTwin(name: string, known: readonly string[]): string[] {
  return known.filter((element) => element.toLowerCase() === name.toLowerCase());
}

function checkVersion(context: ValidationContext): void {
  const { policy, policyType } = context;
  const written = policy.keys?.some((key) => key.value === 'Version') ?? false;
  if (!written) {
    context.report(
      'MISSING_VERSION',
      'the policy has no `Version`',
      openingOf(policy.range),
      'add `"Version": "5.0"`',
    );
    return;
  }
  const version = policy.version;
  if (version === null) return;
  const accepted = policyType === 'scp' ? ['5.0'] : ['5.0', '1.1'];
  if (accepted.includes(version.value)) return;
  const what = policyType === 'scp' ? 'an SCP' : 'an identity policy';
  const detail =
    version.value === '1.0' ? ' (`1.0` is the legacy role format, which has no statements)' : '';
  context.report(
    'INVALID_VERSION',
    `version \`${version.value}\` is not valid for ${what}${detail}`,
    version.range,
    policyType === 'scp' ? 'use `"5.0"`' : 'use `"5.0"`, or `"1.1"` for a legacy policy',
  );
}

function checkTopLevel(context: ValidationContext): void {
  const { policy } = context;
  if (!(policy.keys?.some((key) => key.value === 'Statement') ?? false)) {
    context.report(
      'MISSING_STATEMENT',
      'the policy has no `Statement`',
      openingOf(policy.range),
      'add a `Statement` array',
    );
  }
  for (const key of policy.unknownKeys) {
    context.report(
      'INVALID_POLICY_ELEMENT',
      `\`${key.value}\` is not a policy element`,
      key.range,
      didYouMean(caseTwin(key.value, ['Version', 'Statement'])) ??
        'a policy has only `Version` and `Statement`',
    );
  }
}

function checkStatementKey(context: ValidationContext, key: Located<string>): void {
  const name = key.value;
  if (PRINCIPAL_ELEMENTS.has(name)) {
    const what = context.policyType === 'scp' ? 'SCPs' : 'identity policies';
    context.report(
      'UNSUPPORTED_PRINCIPAL',
      `\`${name}\` is not supported in ${what}`,
      key.range,
      `remove \`${name}\`; the policy applies to whoever it is attached to`,
    );
  } else if (!KNOWN_ELEMENTS.includes(name)) {
    context.report(
      'INVALID_POLICY_ELEMENT',
      `\`${name}\` is not a statement element`,
      key.range,
      didYouMean(caseTwin(name, KNOWN_ELEMENTS)) ?? 'remove it',
    );
  } else if (context.model === '1.1' && LEGACY_MISSING_ELEMENTS.has(name)) {
    context.report(
      'LEGACY_UNSUPPORTED_ELEMENT',
      `version \`1.1\` policies have no \`${name}\` element`,
      key.range,
      name === 'Sid' ? 'remove it' : 'remove it, or use version `5.0`',
    );
  }
}

function checkStatementElements(context: ValidationContext, statement: ParsedStatement): void {
  for (const key of statement.keys ?? []) checkStatementKey(context, key);
  const has = (name: string): boolean => keyOf(statement, name) !== undefined;
  if (!has('Effect')) {
    context.report(
      'MISSING_EFFECT',
      'the statement has no `Effect`',
      openingOf(statement.range),
      'add `"Effect": "Allow"` or `"Effect": "Deny"`',
    );
  }
  if (!has('Action') && !has('NotAction')) {
    context.report(
      'MISSING_ACTION',
      'the statement has neither `Action` nor `NotAction`',
      openingOf(statement.range),
      'add an `Action` list',
    );
  }
  const notAction = keyOf(statement, 'NotAction');
  if (has('Action') && notAction) {
    context.report(
      'ACTION_WITH_NOT_ACTION',
      'the statement has both `Action` and `NotAction`',
      notAction.range,
      'keep one of them; split the statement if you need both',
    );
  }
  const notResource = keyOf(statement, 'NotResource');
  if (has('Resource') && notResource) {
    context.report(
      'RESOURCE_WITH_NOT_RESOURCE',
      'the statement has both `Resource` and `NotResource`',
      notResource.range,
      'keep one of them',
    );
  }
}

function checkDuplicateSids(context: ValidationContext): void {
  const seen = new Set<string>();
  for (const statement of context.policy.statements) {
    const sid = statement.sid;
    if (sid === null) continue;
    if (seen.has(sid.value)) {
      context.report(
        'DUPLICATE_SID',
        `sid \`${sid.value}\` is used by an earlier statement`,
        sid.range,
        'give each statement its own `Sid`',
      );
    }
    seen.add(sid.value);
  }
}

/** Version, required and unknown elements, element combinations, Sids. */
export function checkStructure(context: ValidationContext): void {
  checkVersion(context);
  checkTopLevel(context);
  for (const statement of context.policy.statements) checkStatementElements(context, statement);
  checkDuplicateSids(context);
}
