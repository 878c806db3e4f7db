import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateOperationApis } from './operation-apis';

const api = { catalogId: 'ecs-1.1', apiId: 'GET /v1/{project_id}/cloudservers/detail' };

describe('validateOperationApis', () => {
  it('accepts entries that each name their APIs and a reason', () => {
    const operations = [{ operation: 'Querying an ECS list', apis: [api], reason: 'the list API' }];
    expect(validateOperationApis({ description: 'why', operations })).toEqual({
      ok: true,
      value: operations,
    });
  });

  it('rejects an entry without a reason or APIs, and an operation listed twice', () => {
    const result = validateOperationApis({
      operations: [
        { operation: 'A', apis: [], reason: 'r' },
        { operation: 'A', apis: [api], reason: ' ' },
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: ['operations[1].reason: expected a non-empty string, got string " "'],
    });
    expect(
      validateOperationApis({
        operations: [
          { operation: 'A', apis: [], reason: 'r' },
          { operation: 'A', apis: [api], reason: 'r' },
        ],
      }),
    ).toEqual({
      ok: false,
      errors: [
        'operations[0].apis: expected at least one API',
        'operations[1].operation: `A` is listed twice',
      ],
    });
  });

  it('accepts the committed map', () => {
    const path = new URL('../../catalogs/overrides/system-policy-operations.json', import.meta.url);
    expect(validateOperationApis(JSON.parse(readFileSync(path, 'utf8'))).ok).toBe(true);
  });
});
