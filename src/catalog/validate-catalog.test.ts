import { describe, expect, it } from 'vitest';
import type { ServiceCatalog } from './catalog-types';
import {
  validateCatalogIndex,
  validateGlobalConditionKeys,
  validateServiceCatalog,
  validateSystemPolicies,
} from './validate-catalog';

const hash = 'a'.repeat(64);

function smallCatalog(): ServiceCatalog {
  return {
    schemaVersion: 1,
    id: 'ims-5.0',
    service: 'ims',
    serviceName: 'Image Management Service',
    model: '5.0',
    coverage: 'complete',
    sources: [{ file: 'ims.txt', updatedOn: '2024-05-11', sha256: hash }],
    actions: [
      {
        name: 'ims:images:get',
        description: 'Grants permission to view details about a specified image.',
        accessLevel: 'read',
        resourceTypes: [{ type: 'image', required: true }],
        conditionKeys: [],
        aliases: [],
        notes: [],
        source: { file: 'ims.txt', line: 56 },
      },
    ],
    apis: [
      {
        id: 'GET /v2/images/{image_id}',
        method: 'GET',
        path: '/v2/images/{image_id}',
        action: 'ims:images:get',
        dependencies: [{ action: 'ims:images:list', condition: 'when listing' }],
        notes: [],
        source: { file: 'ims.txt', line: 339 },
      },
    ],
    resourceTypes: [
      {
        name: 'image',
        urnPatterns: ['ims:<region>:<account-id>:image:<image-id>'],
        source: { file: 'ims.txt', line: 511 },
      },
    ],
    conditionKeys: [
      {
        name: 'ims:Encrypted',
        type: 'boolean',
        multiValued: false,
        description: 'whether images are encrypted',
        source: { file: 'ims.txt', line: 551 },
      },
    ],
    warnings: [{ code: 'OVERRIDE_APPLIED', message: 'm', source: { file: 'ims.txt', line: 405 } }],
  };
}

describe('validateServiceCatalog', () => {
  it('accepts a well-formed catalog and returns it unchanged', () => {
    const catalog = smallCatalog();
    const result = validateServiceCatalog(catalog);
    expect(result).toEqual({ ok: true, value: catalog });
  });

  it.each([
    [
      'a non-string action name',
      (c: Record<string, unknown>) => setIn(c, ['actions', 0, 'name'], 7),
      'actions[0].name: expected a string, got number 7',
    ],
    [
      'an unknown access level',
      (c: Record<string, unknown>) => setIn(c, ['actions', 0, 'accessLevel'], 'admin'),
      'actions[0].accessLevel: expected one of',
    ],
    [
      'a missing apis array',
      (c: Record<string, unknown>) => delete c['apis'],
      'apis: missing required property',
    ],
    [
      'an unexpected property',
      (c: Record<string, unknown>) => setIn(c, ['apis', 0, 'verb'], 'GET'),
      'apis[0].verb: unexpected property',
    ],
    [
      'a zero line number',
      (c: Record<string, unknown>) => setIn(c, ['warnings', 0, 'source', 'line'], 0),
      'warnings[0].source.line: expected a positive integer',
    ],
    [
      'a wrong schema version',
      (c: Record<string, unknown>) => setIn(c, ['schemaVersion'], 2),
      'schemaVersion: expected one of 1',
    ],
    [
      'a bad sha256',
      (c: Record<string, unknown>) => setIn(c, ['sources', 0, 'sha256'], 'xyz'),
      'sources[0].sha256: expected a lower-case hex SHA-256',
    ],
  ])('rejects %s and names the JSON path', (_name, corrupt, expected) => {
    const catalog = structuredClone(smallCatalog()) as unknown as Record<string, unknown>;
    corrupt(catalog);
    const result = validateServiceCatalog(catalog);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(expected);
  });

  it('reports every problem in one pass rather than stopping at the first', () => {
    const result = validateServiceCatalog({ schemaVersion: 1, actions: [{}] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(10);
  });

  it.each([null, 42, 'text', [], undefined])('rejects %j without throwing', (data) => {
    expect(validateServiceCatalog(data).ok).toBe(false);
  });
});

describe('the other file validators', () => {
  it('accept minimal valid files', () => {
    expect(
      validateCatalogIndex({
        schemaVersion: 1,
        version: '1.0.0123abcd',
        date: null,
        catalogs: [],
        globalConditionKeys: { file: 'global-condition-keys.json', contentHash: hash },
        systemPolicies: { file: 'system-policies.json', contentHash: hash },
      }).ok,
    ).toBe(true);
    expect(validateGlobalConditionKeys({ schemaVersion: 1, handKept: true, keys: [] }).ok).toBe(
      true,
    );
    expect(validateSystemPolicies({ schemaVersion: 1, policies: [] }).ok).toBe(true);
  });

  it('reject a global key without the g: prefix and a policy of unknown kind', () => {
    const keys = validateGlobalConditionKeys({
      schemaVersion: 1,
      handKept: true,
      keys: [
        {
          name: 'ims:Encrypted',
          type: 'boolean',
          multiValued: false,
          description: '',
          confidence: 'H',
          models: ['5.0'],
          sources: [],
        },
      ],
    });
    expect(keys.ok ? [] : keys.errors).toEqual([
      'keys[0].name: expected a key name starting with `g:`, got string "ims:Encrypted"',
    ]);
    const policies = validateSystemPolicies({
      schemaVersion: 1,
      policies: [
        {
          id: 'x',
          name: 'X',
          kind: 'group',
          policyType: 'identity',
          model: '1.1',
          description: '',
          document: {},
          provenance: 'documented',
        },
      ],
    });
    expect(policies.ok ? [] : policies.errors).toEqual([
      'policies[0].kind: expected one of "policy", "role", "scp", got string "group"',
    ]);
  });
});

function setIn(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  (node as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
}
