import type { Located, ParsedStatement } from '../policy/policy-types';
import type { ValidationContext } from './validation-context';

const POLICY_VARIABLE = /\$\{[^}]*\}/;

function checkDuplicates(
  context: ValidationContext,
  element: string,
  values: readonly Located<string>[],
  ignoreCase: boolean,
): void {
  const seen = new Set<string>();
  for (const value of values) {
    const identity = ignoreCase ? value.value.toLowerCase() : value.value;
    if (seen.has(identity)) {
      context.report(
        'DUPLICATE_VALUE',
        `\`${value.value}\` is listed twice in \`${element}\``,
        value.range,
        'remove the repeated value',
      );
    }
    seen.add(identity);
  }
}

function checkVariables(context: ValidationContext, values: readonly Located<string>[]): void {
  for (const value of values) {
    const variable = POLICY_VARIABLE.exec(value.value);
    if (variable === null) continue;
    context.report(
      'POLICY_VARIABLE',
      `\`${variable[0]}\` looks like a policy variable, which Huawei Cloud does not document; it is compared literally`,
      value.range,
      'write the value itself',
    );
  }
}

function checkStatementValues(context: ValidationContext, statement: ParsedStatement): void {
  const lists: [string, Located<string>[] | null, boolean][] = [
    ['Action', statement.action, true],
    ['NotAction', statement.notAction, true],
    ['Resource', statement.resource, false],
    ['NotResource', statement.notResource, false],
  ];
  for (const [element, values, ignoreCase] of lists) {
    if (values === null) continue;
    checkDuplicates(context, element, values, ignoreCase);
    if (!ignoreCase) checkVariables(context, values);
  }
  for (const condition of statement.conditions ?? []) {
    checkDuplicates(context, condition.key.value, condition.values, false);
    checkVariables(context, condition.values);
  }
}

/** Repeated values and `${...}` policy variables, in every list of every statement. */
export function checkValues(context: ValidationContext): void {
  for (const statement of context.policy.statements) checkStatementValues(context, statement);
}
