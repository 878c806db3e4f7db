import { describe, expect, it } from 'vitest';
import { computeApiMatrix, matrixTable } from '../engine';
import type { ApiMatrix } from '../engine';
import {
  IMS_CATALOG,
  ECS_CATALOG,
  policy,
} from '../features/evaluator/model/testing/fixture-catalog';
import { applyMatrixUpdate, matrixUpdate } from './matrix-patch';
import type { SentMatrix } from './matrix-patch';

const catalogs = [IMS_CATALOG, ECS_CATALOG];

const matrixOf = (actions: string[], services?: string[]) =>
  computeApiMatrix({
    identityPolicies: [{ id: 'p', text: policy([{ Effect: 'Allow', Action: actions }]) }],
    scps: [],
    catalogs,
    ...(services ? { services } : {}),
  });

/** What the worker keeps after sending `matrix` as the first update. */
function sentFirst(matrix: ApiMatrix): SentMatrix {
  return { view: applyMatrixUpdate(null, matrixUpdate(null, matrix, catalogs)), matrix, catalogs };
}

/** The view the page should hold for `matrix`: every row, no per-action verdicts. */
function viewOf(matrix: ApiMatrix) {
  const { actions: _actions, ...view } = matrixTable(matrix, catalogs);
  return view;
}

describe('matrix updates', () => {
  it('sends the whole view first, without the per-action verdicts', () => {
    const matrix = matrixOf(['ims:images:get']);
    const update = matrixUpdate(null, matrix, catalogs);
    expect(update.kind).toBe('full');
    expect(update.kind === 'full' && 'actions' in update.matrix).toBe(false);
    expect(update.kind === 'full' && update.matrix).toEqual(viewOf(matrix));
  });

  it('then only the rows that changed, and the page rebuilds the same matrix', () => {
    const first = sentFirst(matrixOf(['ims:images:get']));
    const next = matrixOf(['ims:images:get', 'ims:images:list']);
    const update = matrixUpdate(first, next, catalogs);
    expect(update.kind === 'patch' && update.rows.map(([, row]) => row.path)).toEqual([
      '/v2/cloudimages',
    ]);
    const applied = applyMatrixUpdate(first.view, update);
    expect(applied).toEqual(viewOf(next));
    expect(applied.rows[1]).toBe(first.view.rows[1]);
  });

  it('sends no row when only reasons the rows do not show changed', () => {
    const first = sentFirst(matrixOf(['ims:images:get']));
    const update = matrixUpdate(first, matrixOf(['ims:images:get']), catalogs);
    expect(update.kind === 'patch' && update.rows).toEqual([]);
  });

  it('sends the whole view again when the rows are other APIs or the catalogs changed', () => {
    const first = sentFirst(matrixOf(['ims:images:get']));
    expect(matrixUpdate(first, matrixOf(['ims:images:get'], ['ecs']), catalogs).kind).toBe('full');
    expect(matrixUpdate(first, matrixOf(['ims:images:get']), [...catalogs]).kind).toBe('full');
  });
});
