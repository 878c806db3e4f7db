import { describe, expect, it } from 'vitest';
import { computeApiMatrix as computeColumns, matrixTable } from '../../../engine';
import type { ApiMatrixInput } from '../../../engine';

/** The matrix with its rows materialised, as the panel reads it. */
const computeApiMatrix = (input: ApiMatrixInput) =>
  matrixTable(computeColumns(input), input.catalogs);
import type { ApiMatrixRow } from '../../../engine';
import { filterRows, groupByService, matrixItems, NO_FILTER, sortRows } from './matrix-view';
import { ECS_CATALOG, IMS_CATALOG, policy } from './testing/fixture-catalog';

const matrix = computeApiMatrix({
  identityPolicies: [
    {
      id: 'p',
      name: 'Readers',
      text: policy([
        { Effect: 'Allow', Action: ['ims:images:list', 'ims:images:get', 'ims:images:upload'] },
        { Effect: 'Deny', Action: ['ims:images:delete'] },
      ]),
    },
  ],
  scps: [],
  catalogs: [IMS_CATALOG, ECS_CATALOG],
});
const paths = (rows: readonly ApiMatrixRow[]) => rows.map((r) => `${r.method} ${r.path}`);

describe('matrix view model', () => {
  it('filters by status, service and every word of the text', () => {
    expect(paths(filterRows(matrix.rows, { ...NO_FILTER, statuses: ['explicit-deny'] }))).toEqual([
      'DELETE /v2/images/{image_id}',
    ]);
    expect(paths(filterRows(matrix.rows, { ...NO_FILTER, service: 'ECS' }))).toEqual([
      'GET /v1/servers',
    ]);
    expect(paths(filterRows(matrix.rows, { ...NO_FILTER, text: 'image_id GET' }))).toEqual([
      'GET /v2/images/{image_id}',
    ]);
    expect(filterRows(matrix.rows, { ...NO_FILTER, text: 'upload missing' })).toHaveLength(0);
    expect(
      paths(filterRows(matrix.rows, { ...NO_FILTER, text: 'update' })),
      'the reason names the missing dependency',
    ).toEqual(['PUT /v1/cloudimages/{image_id}/upload']);
  });

  it('sorts by status from allowed to denied, ties by path', () => {
    const sorted = sortRows(
      matrix.rows.filter((r) => r.service === 'ims'),
      { key: 'status', direction: 'asc' },
    );
    expect(sorted.map((r) => r.status)).toEqual([
      'allowed',
      'allowed',
      'allowed-missing-dependencies',
      'explicit-deny',
      'implicit-deny',
    ]);
    expect(paths(sorted.slice(0, 2))).toEqual(['GET /v2/cloudimages', 'GET /v2/images/{image_id}']);
    const reversed = sortRows(matrix.rows, { key: 'path', direction: 'desc' });
    expect(reversed[0]?.path).toBe('/v2/images/{image_id}/members');
  });

  it('groups by service with counts of every row, and lists only the filtered rows', () => {
    const groups = groupByService(
      matrix.rows,
      { ...NO_FILTER, statuses: ['allowed'] },
      { key: 'path', direction: 'asc' },
    );
    expect(groups.map((g) => [g.service, g.total, g.rows.length])).toEqual([
      ['ecs', 1, 0],
      ['ims', 5, 2],
    ]);
    expect(groups[1]?.counts).toMatchObject({
      allowed: 2,
      'allowed-missing-dependencies': 1,
      'explicit-deny': 1,
      'implicit-deny': 1,
    });
    const items = matrixItems(groups);
    expect(items.map((i) => (i.kind === 'group' ? `# ${i.group.service}` : i.row.path))).toEqual([
      '# ims',
      '/v2/cloudimages',
      '/v2/images/{image_id}',
    ]);
  });
});
