/**
 * Every committed file in `catalogs/` passes both the JSON Schema (`catalog.schema.json`, with
 * ajv) and the hand-written validators, and corrupted copies fail both — so the schema and the
 * validators cannot drift apart silently.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { CatalogIndex, ServiceCatalog } from './catalog-types';
import {
  validateCatalogIndex,
  validateGlobalConditionKeys,
  validateServiceCatalog,
  validateSystemPolicies,
} from './validate-catalog';

const dir = new URL('../../catalogs/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const schema = JSON.parse(read('catalog.schema.json')) as { $id: string };
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema);

type Kind = 'serviceCatalog' | 'catalogIndex' | 'globalConditionKeysFile' | 'systemPoliciesFile';
const validators: Record<Kind, (data: unknown) => { ok: boolean }> = {
  serviceCatalog: validateServiceCatalog,
  catalogIndex: validateCatalogIndex,
  globalConditionKeysFile: validateGlobalConditionKeys,
  systemPoliciesFile: validateSystemPolicies,
};

function kindOf(name: string): Kind {
  if (name === 'index.json') return 'catalogIndex';
  if (name === 'global-condition-keys.json') return 'globalConditionKeysFile';
  if (name === 'system-policies.json') return 'systemPoliciesFile';
  return 'serviceCatalog';
}

function bySchema(kind: Kind, data: unknown): boolean {
  const validate = ajv.getSchema(`${schema.$id}#/$defs/${kind}`);
  if (!validate) throw new Error(`schema has no $defs/${kind}`);
  return validate(data) === true;
}

const files = readdirSync(dir).filter(
  (name) => name.endsWith('.json') && name !== 'catalog.schema.json',
);

describe('committed catalog files', () => {
  it('include the index, the global keys, the system policies and service catalogs', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'index.json',
        'global-condition-keys.json',
        'system-policies.json',
        'ims-5.0.json',
      ]),
    );
  });

  it.each(files)('%s passes the JSON Schema and the validator', (name) => {
    const data: unknown = JSON.parse(read(name));
    const kind = kindOf(name);
    expect(bySchema(kind, data), JSON.stringify(ajv.errors)).toBe(true);
    expect(validators[kind](data)).toMatchObject({ ok: true });
  });

  it("the schema's $id is relative, so it resolves to the schema file wherever that is served", () => {
    expect(new URL(schema.$id, dir).href).toBe(new URL('catalog.schema.json', dir).href);
  });

  it('the schema root describes a service catalog', () => {
    const validate = ajv.getSchema(schema.$id);
    expect(validate?.(JSON.parse(read('ims-5.0.json')))).toBe(true);
  });

  it('the index lists each file with its real content hash and counts', () => {
    const index = JSON.parse(read('index.json')) as CatalogIndex;
    for (const entry of index.catalogs) {
      const text = read(entry.file);
      expect(createHash('sha256').update(text).digest('hex'), entry.file).toBe(entry.contentHash);
      const catalog = JSON.parse(text) as ServiceCatalog;
      expect(entry.counts).toMatchObject({
        actions: catalog.actions.length,
        apis: catalog.apis.length,
        resourceTypes: catalog.resourceTypes.length,
        conditionKeys: catalog.conditionKeys.length,
        warnings: catalog.warnings.length,
      });
    }
    for (const ref of [index.globalConditionKeys, index.systemPolicies]) {
      expect(createHash('sha256').update(read(ref.file)).digest('hex')).toBe(ref.contentHash);
    }
  });
});

type Corruption = [string, string, Kind, (data: Record<string, unknown>) => void];

function dig(data: unknown, ...path: (string | number)[]): Record<string | number, unknown> {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown>)[key],
    data,
  ) as Record<string | number, unknown>;
}

const corruptions: Corruption[] = [
  [
    'an action name that is a number',
    'ims-5.0.json',
    'serviceCatalog',
    (d) => void (dig(d, 'actions', 0).name = 7),
  ],
  [
    'an unknown access level',
    'ims-5.0.json',
    'serviceCatalog',
    (d) => void (dig(d, 'actions', 0).accessLevel = 'admin'),
  ],
  [
    'an unexpected property',
    'ims-5.0.json',
    'serviceCatalog',
    (d) => void (dig(d, 'apis', 0).verb = 'GET'),
  ],
  ['no apis array', 'ims-5.0.json', 'serviceCatalog', (d) => void delete d.apis],
  [
    'a line number 0',
    'sms-5.0.json',
    'serviceCatalog',
    (d) => void (dig(d, 'warnings', 0, 'source').line = 0),
  ],
  ['an unknown model', 'ecs-1.1.json', 'serviceCatalog', (d) => void (d.model = '2.0')],
  [
    'a malformed content hash',
    'index.json',
    'catalogIndex',
    (d) => void (dig(d, 'catalogs', 0).contentHash = 'abc'),
  ],
  [
    'a version without its content digits',
    'index.json',
    'catalogIndex',
    (d) => void (d.version = '1.20260319'),
  ],
  ['a date that is not a date', 'index.json', 'catalogIndex', (d) => void (d.date = 'March')],
  [
    'counts that are not integers',
    'index.json',
    'catalogIndex',
    (d) => void (dig(d, 'catalogs', 0, 'counts').apis = 1.5),
  ],
  [
    'handKept false',
    'global-condition-keys.json',
    'globalConditionKeysFile',
    (d) => void (d.handKept = false),
  ],
  [
    'a policy of unknown kind',
    'system-policies.json',
    'systemPoliciesFile',
    (d) => void (dig(d, 'policies', 0).kind = 'group'),
  ],
];

describe('corrupted copies', () => {
  it.each(corruptions)(
    'with %s (%s) are rejected by the schema and the validator',
    (_what, name, kind, corrupt) => {
      const data = JSON.parse(read(name)) as Record<string, unknown>;
      corrupt(data);
      expect(bySchema(kind, data)).toBe(false);
      expect(validators[kind](data)).toMatchObject({ ok: false });
    },
  );
});
