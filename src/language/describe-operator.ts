import { describeAssumption } from '../engine';
import type { AssumptionId, ResolvedOperator } from '../engine';

const LEGACY_MEANING = new Set([
  'StringLike',
  'StringNotLike',
  'StringNotStartWith',
  'StringNotEndWith',
]);

const TYPE_NAMES: Record<string, string> = {
  string: 'string',
  number: 'number',
  date: 'ISO 8601 date',
  boolean: 'boolean (`true`/`false`)',
  ip_address: 'IP address or CIDR block',
  existence: 'key presence (`true`: absent, `false`: present)',
};

/** The assumptions the evaluator makes for this operator (ids of `ASSUMPTIONS`). */
export function operatorAssumptions(operator: ResolvedOperator): AssumptionId[] {
  const { definition, setPrefix, ifExists } = operator;
  const ids: AssumptionId[] = ['operator-name-case-sensitive'];
  if (definition.family === 'null') return ids;
  if (ifExists && setPrefix !== null) ids.push('if-exists-before-set-prefix');
  if (setPrefix === 'ForAllValues') ids.push('missing-key-for-all-values');
  if (setPrefix === null) ids.push('multi-valued-without-prefix');
  if (setPrefix === null && !ifExists) ids.push('missing-key-plain-operator');
  if (!['string', 'string-match'].includes(definition.family)) ids.push('unparseable-value-false');
  if (definition.family === 'date') ids.push('date-without-zone-utc');
  if (LEGACY_MEANING.has(definition.name)) ids.push('legacy-string-operators-in-v5');
  return ids;
}

/** One-line summary for completion lists: `string · case-sensitive`. */
export function operatorSummary(operator: ResolvedOperator): string {
  const { definition } = operator;
  const parts: string[] = [
    definition.valueType === 'existence' ? 'existence' : definition.valueType,
  ];
  if (definition.family === 'string' || definition.family === 'string-match') {
    parts.push(definition.ignoreCase ? 'ignores case' : 'case-sensitive');
  }
  if (operator.setPrefix) parts.push(operator.setPrefix);
  if (operator.ifExists) parts.push('IfExists');
  return parts.join(' · ');
}

/** What the operator means, as plain sentences (markdown-safe: no catalog text). */
export function operatorMeaning(operator: ResolvedOperator): string[] {
  const { definition, setPrefix, ifExists } = operator;
  if (definition.family === 'null') {
    return [
      '`Null` tests whether the key is in the request: `"true"` holds when it is absent, `"false"` when it is present.',
    ];
  }
  const verb = definition.negated
    ? `${definition.negatedVerb} any of the listed values`
    : `${definition.verb} one of the listed values`;
  const subject =
    setPrefix === 'ForAnyValue'
      ? 'At least one of the request values'
      : setPrefix === 'ForAllValues'
        ? 'Every request value'
        : "The request's value";
  const lines = [
    `${subject} ${verb}.`,
    `Values are read as: ${TYPE_NAMES[definition.valueType] ?? definition.valueType}.`,
  ];
  if (definition.family === 'string' || definition.family === 'string-match') {
    lines.push(
      definition.ignoreCase ? 'The comparison ignores case.' : 'The comparison is case-sensitive.',
    );
  }
  if (definition.family === 'string-match') lines.push('`*` and `?` in the values are wildcards.');
  if (definition.name === 'StringLike' || definition.name === 'StringNotLike') {
    lines.push('`StringLike` tests for a substring: `*` and `?` are literal characters.');
  }
  if (setPrefix === 'ForAnyValue') lines.push('An absent key (or no values) makes it false.');
  if (setPrefix === 'ForAllValues') lines.push('An absent key (or no values) makes it true.');
  if (ifExists)
    lines.push('`IfExists`: when the key is absent from the request, the condition holds.');
  if (operator.legacyAlias) {
    lines.push(`\`${operator.legacyAlias}\` is a legacy name of \`${definition.name}\`.`);
  }
  return lines;
}

/** The assumption statements, one per line, for hover text. */
export function assumptionLines(ids: readonly AssumptionId[]): string[] {
  return ids.map((id) => `${describeAssumption(id).statement} (\`${id}\`)`);
}
