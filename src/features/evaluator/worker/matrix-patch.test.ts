import { describe, expect, it } from 'vitest';
import { computeApiMatrix } from '../../../engine';
import { IMS_CATALOG, ECS_CATALOG, policy } from '../model/testing/fixture-catalog';
import { applyMatrixUpdate, matrixUpdate } from './matrix-patch';

const matrixOf = (actions: string[], services?: string[]) =>
  computeApiMatrix({
    identityPolicies: [{ id: 'p', text: policy([{ Effect: 'Allow', Action: actions }]) }],
    scps: [],
    catalogs: [IMS_CATALOG, ECS_CATALOG],
    ...(services ? { services } : {}),
  });

describe('matrix updates', () => {
  it('sends the whole view first, without the per-action verdicts', () => {
    const update = matrixUpdate(null, matrixOf(['ims:images:get']));
    expect(update.kind).toBe('full');
    expect(update.kind === 'full' && 'actions' in update.matrix).toBe(false);
  });

  it('then only the rows that changed, and the page rebuilds the same matrix', () => {
    const first = applyMatrixUpdate(null, matrixUpdate(null, matrixOf(['ims:images:get'])));
    const next = matrixOf(['ims:images:get', 'ims:images:list']);
    const update = matrixUpdate(first, next);
    expect(update.kind === 'patch' && update.rows.map(([, row]) => row.path)).toEqual([
      '/v2/cloudimages',
    ]);
    const { actions: _actions, ...expected } = next;
    const applied = applyMatrixUpdate(first, update);
    expect(applied).toEqual(expected);
    expect(applied.rows[1]).toBe(first.rows[1]);
  });

  it('sends the whole view again when the rows are other APIs', () => {
    const first = applyMatrixUpdate(null, matrixUpdate(null, matrixOf(['ims:images:get'])));
    expect(matrixUpdate(first, matrixOf(['ims:images:get'], ['ecs'])).kind).toBe('full');
  });
});
