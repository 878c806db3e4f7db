/**
 * Random valid policies written in random layouts, for the builder's round-trip properties:
 * statements with every element the builder edits plus fields it does not know, keys in any
 * order, each container on one line (spaced or not) or spread over lines, any indentation unit
 * and line ending.
 */
import fc from 'fast-check';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export const ACTION_POOL = [
  'ims:images:list',
  'ims:images:get',
  'ims:images:*',
  'evs:volumes:get',
  'ecs:*:get*',
  'obs:object:getObject',
];
export const RESOURCE_POOL = ['*', 'ims:*:*:image:*', 'ims:cn-north-4:123:image:img-1'];
export const OPERATOR_POOL = ['StringEquals', 'Bool', 'ForAnyValue:StringNotEquals'];
export const KEY_POOL = ['g:UserName', 'g:MFAPresent', 'ims:Encrypted', 'g:TagKeys'];
const VALUE_POOL = ['true', 'alice', 'a"quoted"', 'x,y:z', 'ünï'];

const values = fc.array(fc.constantFrom(...VALUE_POOL), { minLength: 1, maxLength: 3 });

const condition: fc.Arbitrary<Json> = fc.dictionary(
  fc.constantFrom(...OPERATOR_POOL),
  fc.dictionary(fc.constantFrom(...KEY_POOL), values, { minKeys: 1, maxKeys: 2 }),
  { minKeys: 1, maxKeys: 2 },
);

const list = (pool: string[]) =>
  fc.oneof(fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 4 }), fc.constantFrom(...pool));

/** One statement: a random subset of elements, in a random key order. */
export const statementArbitrary: fc.Arbitrary<Record<string, Json>> = fc
  .record(
    {
      Sid: fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/),
      Effect: fc.constantFrom('Allow', 'Deny'),
      Action: list(ACTION_POOL),
      NotAction: list(ACTION_POOL),
      Resource: list(RESOURCE_POOL),
      Condition: condition,
      Comment: fc.string({ maxLength: 8 }),
      'x-meta': fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
    },
    { requiredKeys: ['Effect'] },
  )
  .filter((s) => !('Action' in s && 'NotAction' in s))
  .chain((s) =>
    fc
      .shuffledSubarray(Object.keys(s), { minLength: Object.keys(s).length })
      .map((order) => Object.fromEntries(order.map((key) => [key, s[key as keyof typeof s]]))),
  ) as fc.Arbitrary<Record<string, Json>>;

export const policyArbitrary = fc
  .array(statementArbitrary, { minLength: 1, maxLength: 4 })
  .map((statements) => ({ Version: '5.0', Statement: statements }));

export interface Layout {
  unit: string;
  eol: string;
  /** One choice per container in document order: 0 compact, 1 spaced, 2 multi-line. */
  choices: number[];
}

export const layoutArbitrary: fc.Arbitrary<Layout> = fc.record({
  unit: fc.constantFrom('  ', '    ', '\t'),
  eol: fc.constantFrom('\n', '\r\n'),
  choices: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 40, maxLength: 40 }),
});

/** Writes `value` as JSON in the given layout (valid JSON, whatever the choices). */
export function writeJson(value: Json, layout: Layout): string {
  let next = 0;
  const choose = () => layout.choices[next++ % layout.choices.length] ?? 2;
  const write = (node: Json, indent: string, multilineParent: boolean): string => {
    if (node === null || typeof node !== 'object') return JSON.stringify(node);
    const items: [string | null, Json][] = Array.isArray(node)
      ? node.map((item) => [null, item])
      : Object.entries(node);
    const [open, close] = Array.isArray(node) ? ['[', ']'] : ['{', '}'];
    const choice = choose();
    // A multi-line container inside a one-line one would still be valid, but nobody writes that.
    const style = choice === 2 && !multilineParent ? 1 : choice;
    const inner = `${indent}${layout.unit}`;
    const entry = ([key, item]: [string | null, Json], at: string, multi: boolean) =>
      `${key === null ? '' : `${JSON.stringify(key)}${style === 0 ? ':' : ': '}`}${write(item, at, multi)}`;
    if (items.length === 0) return `${open}${close}`;
    if (style === 2) {
      const body = items.map((item) => `${inner}${entry(item, inner, true)}`);
      return `${open}${layout.eol}${body.join(`,${layout.eol}`)}${layout.eol}${indent}${close}`;
    }
    const separator = style === 0 ? ',' : ', ';
    return `${open}${items.map((item) => entry(item, indent, false)).join(separator)}${close}`;
  };
  return `${write(value, '', true)}${layout.eol}`;
}
