import fc from 'fast-check';
import type { Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { applyBuilderEdit } from './builder-edits';
import type { BuilderEdit, ListElement } from './builder-edits';
import { readPolicyDocument } from '../engine';
import {
  ACTION_POOL,
  KEY_POOL,
  layoutArbitrary,
  OPERATOR_POOL,
  policyArbitrary,
  RESOURCE_POOL,
  statementArbitrary,
  writeJson,
} from './testing/builder-policy-arbitrary';
import type { Json } from './testing/builder-policy-arbitrary';
import { applyEdits } from './testing/cursor-fixture';
import { diffEdit } from './text-edits';

type Statement = Record<string, Json>;
interface Policy {
  Version: string;
  Statement: Statement[];
}

const LISTS: ListElement[] = ['Action', 'NotAction', 'Resource', 'NotResource'];
const STATEMENT_EDITS = new Set<BuilderEdit['kind']>([
  'add-statement',
  'duplicate-statement',
  'move-statement',
  'delete-statement',
]);

/** A random builder edit that makes sense for a policy with `count` statements. */
function editArbitrary(policy: Policy): fc.Arbitrary<BuilderEdit> {
  const count = policy.Statement.length;
  const index = fc.integer({ min: 0, max: count - 1 });
  const pool = [...ACTION_POOL, ...RESOURCE_POOL];
  const entries = fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 3 });
  return fc.oneof(
    fc.record({
      kind: fc.constant('set-effect' as const),
      statement: index,
      effect: fc.constantFrom('Allow' as const, 'Deny' as const),
    }),
    fc.record({
      kind: fc.constant('set-sid' as const),
      statement: index,
      sid: fc.constantFrom('', 'ReadImages', 'Sid2'),
    }),
    fc.record({
      kind: fc.constant('edit-list' as const),
      statement: index,
      element: fc.constantFrom(...LISTS),
      remove: entries,
      add: entries,
    }),
    fc.record({
      kind: fc.constant('rename-element' as const),
      statement: index,
      from: fc.constantFrom(...LISTS),
      to: fc.constantFrom(...LISTS),
    }),
    fc.record({
      kind: fc.constant('remove-element' as const),
      statement: index,
      element: fc.constantFrom<ListElement | 'Condition'>(...LISTS, 'Condition'),
    }),
    fc.record({
      kind: fc.constant('set-condition' as const),
      statement: index,
      operator: fc.constantFrom(...OPERATOR_POOL),
      key: fc.constantFrom(...KEY_POOL),
      values: fc.array(fc.constantFrom('true', 'bob', 'a\\b'), { minLength: 1, maxLength: 2 }),
    }),
    fc.record({
      kind: fc.constant('remove-condition' as const),
      statement: index,
      operator: fc.constantFrom(...OPERATOR_POOL),
      key: fc.constantFrom(...KEY_POOL),
    }),
    fc.record({ kind: fc.constant('add-statement' as const), statement: statementArbitrary }),
    fc.record({ kind: fc.constant('duplicate-statement' as const), statement: index }),
    fc.record({
      kind: fc.constant('move-statement' as const),
      statement: index,
      direction: fc.constantFrom(-1 as const, 1 as const),
    }),
    fc.record({ kind: fc.constant('delete-statement' as const), statement: index }),
  );
}

const clone = <T>(value: T): T => structuredClone(value);

/** What the edit should do to the parsed policy; `null` when the builder must refuse it. */
function expected(before: Policy, edit: BuilderEdit): Policy | null {
  const policy = clone(before);
  const statements = policy.Statement;
  if (edit.kind === 'add-statement') {
    statements.push(edit.statement as Statement);
    return policy;
  }
  if (edit.kind === 'wrap-statement') return null;
  const index = edit.statement;
  const statement = statements[index] as Statement;
  switch (edit.kind) {
    case 'set-effect':
      statement.Effect = edit.effect;
      break;
    case 'set-sid':
      if (edit.sid === '') delete statement.Sid;
      else statement.Sid = edit.sid;
      break;
    case 'edit-list': {
      const current = statement[edit.element];
      if (current === undefined) {
        if (edit.add.length > 0) statement[edit.element] = edit.add;
        break;
      }
      const list = (Array.isArray(current) ? current : [current]) as string[];
      const kept = list.filter((v) => !edit.remove.includes(v));
      statement[edit.element] = [...kept, ...edit.add.filter((v) => !kept.includes(v))];
      break;
    }
    case 'rename-element':
      if (!(edit.from in statement) || edit.to in statement) return null;
      statement[edit.to] = statement[edit.from] as Json;
      Reflect.deleteProperty(statement, edit.from);
      break;
    case 'remove-element':
      Reflect.deleteProperty(statement, edit.element);
      break;
    case 'set-condition': {
      const condition = (statement.Condition ??= {}) as Record<string, Record<string, Json>>;
      condition[edit.operator] = { ...condition[edit.operator], [edit.key]: edit.values };
      break;
    }
    case 'remove-condition': {
      const condition = statement.Condition as Record<string, Record<string, Json>> | undefined;
      const block = condition?.[edit.operator];
      if (!condition || !block || !(edit.key in block)) return null;
      Reflect.deleteProperty(block, edit.key);
      if (Object.keys(block).length === 0) Reflect.deleteProperty(condition, edit.operator);
      if (Object.keys(condition).length === 0) delete statement.Condition;
      break;
    }
    case 'duplicate-statement':
      statements.splice(index + 1, 0, clone(statement));
      break;
    case 'move-statement': {
      const other = index + edit.direction;
      if (other < 0 || other >= statements.length) return null;
      statements[index] = statements[other] as Statement;
      statements[other] = statement;
      break;
    }
    case 'delete-statement':
      statements.splice(index, 1);
      break;
  }
  return policy;
}

const nodeEnd = (node: Node) => node.offset + node.length;

/** The stretch of the original text the edit may touch, with the separators around it. */
function allowedRegion(text: string, edit: BuilderEdit): [number, number] {
  const root = readPolicyDocument(text).root as Node;
  const array = root.children?.find((p) => p.children?.[0]?.value === 'Statement')
    ?.children?.[1] as Node;
  const statements = array.children ?? [];
  const around = (items: Node[], at: number, container: Node): [number, number] => [
    items[at - 1] ? nodeEnd(items[at - 1] as Node) : container.offset + 1,
    items[at + 1] ? (items[at + 1] as Node).offset : nodeEnd(container) - 1,
  ];
  if (edit.kind === 'add-statement') return [array.offset, nodeEnd(array)];
  if (edit.kind === 'wrap-statement') return [0, text.length];
  const index = edit.statement;
  const statement = statements[index] as Node;
  switch (edit.kind) {
    case 'duplicate-statement':
      return [nodeEnd(statement), nodeEnd(statement)];
    case 'delete-statement':
      return around(statements, index, array);
    case 'move-statement': {
      const other = statements[index + edit.direction] as Node;
      return [
        Math.min(statement.offset, other.offset),
        Math.max(nodeEnd(statement), nodeEnd(other)),
      ];
    }
    default: {
      const key =
        edit.kind === 'edit-list' || edit.kind === 'remove-element'
          ? edit.element
          : edit.kind === 'rename-element'
            ? edit.from
            : edit.kind === 'set-effect'
              ? 'Effect'
              : edit.kind === 'set-sid'
                ? 'Sid'
                : 'Condition';
      const properties = statement.children ?? [];
      const at = properties.findIndex((p) => p.children?.[0]?.value === key);
      // A new element goes somewhere between the statement's braces; an existing one stays put.
      return at < 0
        ? [statement.offset + 1, nodeEnd(statement) - 1]
        : around(properties, at, statement);
    }
  }
}

/** Keys of each statement that were there before and are still there, in written order. */
const keptKeyOrder = (before: Policy, after: Policy) =>
  before.Statement.map((statement, index) => {
    const afterKeys = Object.keys(after.Statement[index] ?? {});
    return [
      Object.keys(statement).filter((k) => afterKeys.includes(k)),
      afterKeys.filter((k) => k in statement),
    ];
  });

describe('builder edits on random policies in random layouts', () => {
  it('change exactly what they say and keep every byte outside the edited element', () => {
    fc.assert(
      fc.property(
        policyArbitrary.chain((policy) =>
          fc.tuple(fc.constant(policy), layoutArbitrary, editArbitrary(policy)),
        ),
        ([policy, layout, edit]) => {
          const text = writeJson(policy, layout);
          const want = expected(policy, edit);
          const result = applyBuilderEdit(text, edit);
          if (want === null) {
            expect(result.ok).toBe(false);
            return;
          }
          if (!result.ok) throw new Error(result.message);
          // Strict JSON that means what the edit says.
          expect(JSON.parse(result.text)).toEqual(want);
          if (result.text === text) return;
          // Every byte outside the edited element is the same, in the same place.
          const [from, to] = allowedRegion(text, edit);
          expect(result.text.startsWith(text.slice(0, from))).toBe(true);
          expect(result.text.endsWith(text.slice(to))).toBe(true);
          expect(result.text.length).toBeGreaterThanOrEqual(from + text.length - to);
          // Elements that stayed keep their order.
          if (!STATEMENT_EDITS.has(edit.kind)) {
            for (const [was, is] of keptKeyOrder(policy, JSON.parse(result.text) as Policy)) {
              expect(is).toEqual(was);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('write new entries in the layout of their neighbours', () => {
    fc.assert(
      fc.property(policyArbitrary, layoutArbitrary, (policy, layout) => {
        const text = writeJson(policy, layout);
        const result = applyBuilderEdit(text, {
          kind: 'add-statement',
          statement: { Effect: 'Allow', Action: ['ims:images:list'] },
        });
        if (!result.ok) throw new Error(result.message);
        const edit = diffEdit(text, result.text);
        // The edit is checked rather than trusted: applied to the old text, it gives the new one.
        expect(applyEdits(text, [edit])).toBe(result.text);
        const added = edit.newText;
        // No line ending other than the text's own, and no mixed indentation units.
        expect(added.replace(/\r\n/g, '').includes('\r')).toBe(false);
        if (layout.eol === '\r\n') expect(/[^\r]\n/.test(added)).toBe(false);
        if (layout.unit === '\t') expect(/\n {2}/.test(added)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
