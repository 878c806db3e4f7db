import type { PolicyModel } from '../../catalog/index';
import type { Node, ParseError } from 'jsonc-parser';
import { createIssue } from '../validate/check-registry';
import { describeJsonType, rangeOf, readMembers, reportTypeMismatch } from './json-node';
import type { Member, ReadContext } from './json-node';
import { syntaxIssues } from './json-syntax';
import { POLICY_ELEMENTS } from './policy-grammar';
import type { Located, ParsedPolicy, ParsedStatement, ParseResult } from './policy-types';
import { readStatement } from './read-statement';
import { readString } from './read-values';

/**
 * Deepest nesting read. A policy needs six levels (policy, statements, statement, condition,
 * operator, values); anything far beyond is not a policy, and the JSON parser recurses per level.
 */
export const MAX_JSON_DEPTH = 32;

const TOP_LEVEL_ELEMENTS = new Set(POLICY_ELEMENTS);

function readStatements(context: ReadContext, member: Member): ParsedStatement[] {
  const node = member.value;
  if (node === undefined) return [];
  if (node.type === 'object') {
    context.issues.push(
      createIssue(
        'STATEMENT_NOT_ARRAY',
        '`Statement` is a single object; the grammar expects an array',
        rangeOf(node, member.path),
        'wrap the statement in `[` and `]`',
      ),
    );
    return [readStatement(context, node, 0, member.path)];
  }
  if (node.type !== 'array') {
    reportTypeMismatch(context, 'Statement', 'an array of statements', node, member.path);
    return [];
  }
  const children = node.children ?? [];
  if (children.length === 0) {
    context.issues.push(
      createIssue(
        'EMPTY_ARRAY',
        '`Statement` is an empty array',
        rangeOf(node, member.path),
        'add at least one statement',
      ),
    );
  }
  const statements: ParsedStatement[] = [];
  children.forEach((child: Node, index) => {
    const path = [...member.path, index];
    if (child.type === 'object') statements.push(readStatement(context, child, index, path));
    else reportTypeMismatch(context, `Statement[${index}]`, 'an object', child, path);
  });
  return statements;
}

function readPolicy(context: ReadContext, root: Node): ParsedPolicy {
  const { all, byName } = readMembers(context, root, []);
  const version = byName.get('Version');
  const statement = byName.get('Statement');
  const keys: Located<string>[] = all.map((member) => member.key);
  return {
    version:
      version === undefined
        ? null
        : readString(context, version, 'write the version in quotes: `"5.0"`'),
    statements: statement === undefined ? [] : readStatements(context, statement),
    unknownKeys: keys.filter((key) => !TOP_LEVEL_ELEMENTS.has(key.value)),
    keys,
    range: rangeOf(root, []),
  };
}

/** The located read of a text that nests past `MAX_JSON_DEPTH` at `offset`: no policy, one issue. */
export function tooDeepResult(offset: number): ParseResult {
  const issue = createIssue(
    'JSON_TOO_DEEP',
    `json nests deeper than ${MAX_JSON_DEPTH} levels`,
    { offset, length: 1, path: [] },
    'a policy needs at most six levels of nesting',
  );
  return { policy: null, issues: [issue] };
}

/**
 * Reads a policy's JSON tree into located statements plus issues. Never throws: JSON errors, wrong
 * types and duplicate keys become issues, and whatever can be read is returned. Element rules
 * (required elements, versions, catalogs) are the validator's job. Reached through
 * `readPolicyDocument`, which parses each text once.
 */
export function readLocatedPolicy(
  text: string,
  root: Node | undefined,
  errors: readonly ParseError[],
): ParseResult {
  const context: ReadContext = { text, issues: [] };
  // One by one: a text of garbage has more errors than a call can take as spread arguments.
  for (const issue of syntaxIssues(errors, text)) context.issues.push(issue);
  if (root === undefined) return { policy: null, issues: context.issues };
  if (root.type !== 'object') {
    context.issues.push(
      createIssue(
        'DATA_TYPE_MISMATCH',
        `the policy must be a JSON object, not ${describeJsonType(root)}`,
        rangeOf(root, []),
      ),
    );
    return { policy: null, issues: context.issues };
  }
  return { policy: readPolicy(context, root), issues: context.issues };
}

/** The model a policy's `Version` selects: `1.1`, else `5.0` (also when it is missing or invalid). */
export function policyModelOf(policy: ParsedPolicy | null): PolicyModel {
  return policy?.version?.value === '1.1' ? '1.1' : '5.0';
}
