import type { Node } from 'jsonc-parser';
import { createIssue } from '../validate/check-registry';
import { rangeOf, reportTypeMismatch } from './json-node';
import type { Member, ReadContext } from './json-node';
import type { JsonPath, Located } from './policy-types';

/** A string node as a located value; other nodes are reported and give `null`. */
export function readString(
  context: ReadContext,
  member: Member,
  hint?: string,
): Located<string> | null {
  const node = member.value;
  if (node === undefined) return null;
  if (node.type === 'string' && typeof node.value === 'string') {
    return { value: node.value, range: rangeOf(node, member.path) };
  }
  reportTypeMismatch(context, member.name, 'a string', node, member.path, hint);
  return null;
}

function readArrayStrings(
  context: ReadContext,
  element: string,
  node: Node,
  path: JsonPath,
): Located<string>[] {
  const values: Located<string>[] = [];
  (node.children ?? []).forEach((child, index) => {
    const childPath = [...path, index];
    if (child.type === 'string' && typeof child.value === 'string') {
      values.push({ value: child.value, range: rangeOf(child, childPath) });
    } else {
      reportTypeMismatch(context, `${element}[${index}]`, 'a string', child, childPath);
    }
  });
  return values;
}

function reportEmpty(context: ReadContext, element: string, node: Node, path: JsonPath): void {
  context.issues.push(
    createIssue(
      'EMPTY_ARRAY',
      `\`${element}\` is an empty array`,
      rangeOf(node, path),
      'list at least one value, or remove the element',
    ),
  );
}

/**
 * `Action`, `NotAction`, `Resource`, `NotResource`: an array of strings. A bare string is accepted
 * (an AWS habit) and normalised to a one-element list; anything else gives an empty list.
 */
export function readStringList(context: ReadContext, member: Member): Located<string>[] {
  const node = member.value;
  if (node === undefined) return [];
  if (node.type === 'string' && typeof node.value === 'string') {
    const range = rangeOf(node, member.path);
    context.issues.push(
      createIssue(
        'STRING_NOT_ARRAY',
        `\`${member.name}\` is a string; the grammar expects an array`,
        range,
        `write \`[${context.text.slice(node.offset, node.offset + node.length)}]\``,
      ),
    );
    return [{ value: node.value, range }];
  }
  if (node.type !== 'array') {
    reportTypeMismatch(context, member.name, 'an array of strings', node, member.path);
    return [];
  }
  if ((node.children ?? []).length === 0) reportEmpty(context, member.name, node, member.path);
  return readArrayStrings(context, member.name, node, member.path);
}

/** One condition value: a string, or a number or boolean kept as written (reported). */
function readConditionValue(
  context: ReadContext,
  element: string,
  node: Node,
  path: JsonPath,
): Located<string> | null {
  if (node.type === 'string' && typeof node.value === 'string') {
    return { value: node.value, range: rangeOf(node, path) };
  }
  if (node.type === 'number' || node.type === 'boolean') {
    const written = context.text.slice(node.offset, node.offset + node.length);
    context.issues.push(
      createIssue(
        'CONDITION_VALUE_NOT_STRING',
        `condition value ${written} of \`${element}\` is ${node.type === 'number' ? 'a number' : 'a boolean'}`,
        rangeOf(node, path),
        `write it as a string: \`"${written}"\``,
      ),
    );
    return { value: written, range: rangeOf(node, path) };
  }
  reportTypeMismatch(context, element, 'a string or an array of strings', node, path);
  return null;
}

/**
 * The values of a condition key: one value or an array of values (the official grammar accepts
 * both, so a bare string is not reported here).
 */
export function readConditionValues(context: ReadContext, member: Member): Located<string>[] {
  const node = member.value;
  if (node === undefined) return [];
  if (node.type !== 'array') {
    const value = readConditionValue(context, member.name, node, member.path);
    return value === null ? [] : [value];
  }
  const children = node.children ?? [];
  if (children.length === 0) reportEmpty(context, member.name, node, member.path);
  const values: Located<string>[] = [];
  children.forEach((child, index) => {
    const value = readConditionValue(context, member.name, child, [...member.path, index]);
    if (value !== null) values.push(value);
  });
  return values;
}
