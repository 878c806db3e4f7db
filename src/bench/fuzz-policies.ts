/**
 * Policy texts for fuzzing the engine: well-formed policies built from the catalogs' own words
 * (actions, aliases, resource types, condition keys, operators) mixed with wildcards, odd casing
 * and hostile values; the same texts cut or corrupted at random; and arbitrary JSON. The
 * vocabulary is real so that most cases reach the evaluator and the matrix, not only the parser.
 */
import fc from 'fast-check';
import type { GlobalConditionKey, ServiceCatalog } from '../catalog/catalog-types';
import { OPERATOR_DEFINITIONS } from '../engine/index';

export interface FuzzVocabulary {
  actions: string[];
  services: string[];
  resourceTypes: string[];
  keys: string[];
  operators: string[];
}

export function fuzzVocabulary(
  catalogs: readonly ServiceCatalog[],
  globalKeys: readonly GlobalConditionKey[],
): FuzzVocabulary {
  const actions = catalogs.flatMap((c) => c.actions.flatMap((a) => [a.name, ...a.aliases]));
  return {
    actions: [...new Set(actions)],
    services: [...new Set(catalogs.map((c) => c.service))],
    resourceTypes: [...new Set(catalogs.flatMap((c) => c.resourceTypes.map((r) => r.name)))],
    keys: [
      ...new Set([
        ...globalKeys.map((k) => k.name),
        ...catalogs.flatMap((c) => c.conditionKeys.map((k) => k.name)),
      ]),
    ],
    operators: OPERATOR_DEFINITIONS.map((d) => d.name),
  };
}

/** Characters that matter to the matchers, plus a few that do not belong anywhere. */
const PATTERN_CHARS = ['*', '?', ':', '*', 'a', 'Z', '-', '/', '.', '\u0000', '\u202e', ' '];

const patternText = fc
  .array(fc.constantFrom(...PATTERN_CHARS), { maxLength: 40 })
  .map((chars) => chars.join(''));

function actionPattern(v: FuzzVocabulary): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...v.actions) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...v.services), fc.constantFrom('*', 'get*', '*:*', '*:list*', '*:'))
        .map(([service, rest]) => `${service}:${rest}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('*', '*:*:*', '*:*:get*', 'ims:*:', 'ims:*:g') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...v.actions).map((name) => name.toUpperCase()),
    },
    { weight: 1, arbitrary: patternText },
  );
}

function resourcePattern(v: FuzzVocabulary): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constant('*'),
    fc
      .tuple(
        fc.constantFrom(...v.services, '*'),
        fc.constantFrom('*', 'cn-north-4', ''),
        fc.constantFrom('*', '0123456789abcdef', ''),
        fc.constantFrom(...v.resourceTypes, '*'),
        fc.oneof(fc.constant('*'), patternText),
      )
      .map((segments) => segments.join(':')),
    patternText,
  );
}

const hostileString = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '10.0.0.0/8',
    '::1/129',
    '2026-13-45T99:00:00Z',
    '1e309',
    '-0',
    'true',
    '${g:UserName}',
    '<img src=x onerror=alert(1)>',
    'o-a1/r-b2/ou-c3/*',
  ),
  patternText,
);

const conditionValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

function condition(v: FuzzVocabulary): fc.Arbitrary<unknown> {
  const operator = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...v.operators) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('ForAnyValue:', 'ForAllValues:'), fc.constantFrom(...v.operators))
        .map(([prefix, name]) => prefix + name),
    },
    { weight: 1, arbitrary: fc.constantFrom(...v.operators).map((name) => `${name}IfExists`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...v.keys) },
    { weight: 1, arbitrary: fc.string({ maxLength: 16 }) },
  );
  return fc.dictionary(operator, fc.dictionary(key, conditionValue, { maxKeys: 3 }), {
    maxKeys: 3,
  });
}

function listOrOne(item: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(item, { minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: item },
    { weight: 1, arbitrary: fc.constant([]) },
  );
}

function statement(v: FuzzVocabulary): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      Sid: fc.string({ maxLength: 12 }),
      Effect: fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom('Allow', 'Deny') },
        { weight: 1, arbitrary: fc.constantFrom('allow', 'DENY', '', 'Permit') },
      ),
      Action: listOrOne(actionPattern(v)),
      NotAction: listOrOne(actionPattern(v)),
      Resource: listOrOne(resourcePattern(v)),
      NotResource: listOrOne(resourcePattern(v)),
      Condition: condition(v),
      Principal: fc.constant('*'),
    },
    { requiredKeys: ['Effect'] },
  );
}

function policyObject(v: FuzzVocabulary): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      Version: fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('5.0', '1.1') },
        { weight: 1, arbitrary: fc.constantFrom('2012-10-17', '', '5', '1.1 ') },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
      ),
      Statement: fc.oneof(
        { weight: 6, arbitrary: fc.array(statement(v), { maxLength: 6 }) },
        { weight: 1, arbitrary: statement(v) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
      ),
    },
    { requiredKeys: ['Statement'] },
  );
}

/** A text cut short or with a stretch replaced: what a half-typed or damaged policy looks like. */
function corrupted(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(text, fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 4 }))
    .map(([whole, at, cut, inserted]) => {
      const start = at % (whole.length + 1);
      return whole.slice(0, start) + inserted + whole.slice(start + cut);
    });
}

/** Policy texts: mostly well-formed, some corrupted, some arbitrary JSON or not JSON at all. */
export function fuzzPolicyText(v: FuzzVocabulary): fc.Arbitrary<string> {
  const wellFormed = policyObject(v).map((policy) => JSON.stringify(policy, null, 1));
  return fc.oneof(
    { weight: 12, arbitrary: wellFormed },
    { weight: 4, arbitrary: corrupted(wellFormed) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  );
}
