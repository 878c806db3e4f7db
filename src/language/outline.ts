import { readPolicyDocument } from '../engine';
import type { Node } from 'jsonc-parser';
import { nodeAt, propertyOf, stringNodes } from './json-document';
import type { OutlineEntry } from './language-types';

function valueOf(statement: Node, key: string): Node | undefined {
  return propertyOf(statement, key)?.children?.[1];
}

function describeStatement(statement: Node): string {
  const effect = valueOf(statement, 'Effect')?.value;
  const notAction = valueOf(statement, 'NotAction');
  const actions = stringNodes(notAction ?? valueOf(statement, 'Action')).map((n) =>
    String(n.value),
  );
  const first = actions[0];
  const listed =
    first === undefined
      ? 'no actions'
      : `${notAction ? 'not ' : ''}${first}${actions.length > 1 ? `, +${actions.length - 1} more` : ''}`;
  return `${typeof effect === 'string' ? effect : 'no Effect'} · ${listed}`;
}

/** The statements of the policy, by `Sid` or position, for navigation. */
export function outline(text: string): OutlineEntry[] {
  const document = readPolicyDocument(text);
  const statements = nodeAt(document, ['Statement']);
  if (!statements) return [];
  const list = statements.type === 'array' ? (statements.children ?? []) : [statements];
  return list.flatMap((statement, index) => {
    if (statement.type !== 'object') return [];
    const sid = valueOf(statement, 'Sid');
    const named = sid?.type === 'string' && typeof sid.value === 'string' && sid.value !== '';
    return [
      {
        label: named ? String(sid.value) : `Statement ${index + 1}`,
        detail: describeStatement(statement),
        span: { offset: statement.offset, length: statement.length },
        selection:
          named && sid
            ? { offset: sid.offset + 1, length: sid.length - 2 }
            : { offset: statement.offset, length: 1 },
        index,
      },
    ];
  });
}
