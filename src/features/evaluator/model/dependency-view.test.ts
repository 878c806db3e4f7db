import { describe, expect, it } from 'vitest';
import { computeApiMatrix, evaluateRequest, matrixRows } from '../../../engine';
import { dependencyView } from './dependency-view';
import { IMS_CATALOG, policy } from './testing/fixture-catalog';

const readers = {
  id: 'r',
  name: 'Readers',
  policyType: 'identity' as const,
  text: policy([{ Effect: 'Allow', Action: ['ims:images:list'] }]),
};
const uploader = {
  id: 'u',
  name: 'Uploader',
  policyType: 'identity' as const,
  text: policy([{ Effect: 'Allow', Action: ['ims:images:upload'] }]),
};
const frozen = {
  id: 's',
  text: policy([
    { Effect: 'Allow', Action: ['*'] },
    { Effect: 'Deny', Action: ['ims:images:update'] },
  ]),
};

describe('dependencyView', () => {
  const input = { identityPolicies: [readers, uploader], scps: [[frozen]] };
  const row = matrixRows(computeApiMatrix({ ...input, catalogs: [IMS_CATALOG] }), [
    IMS_CATALOG,
  ]).find((r) => r.action === 'ims:images:upload');
  const decisive = evaluateRequest({
    ...input,
    request: { action: 'ims:images:upload', resource: 'ims:*:*:image:*' },
  }).decisive;

  it('lists each dependency with its status, and fixes only what an Allow can grant', () => {
    if (!row) throw new Error('no upload row');
    const view = dependencyView(row, decisive, [readers, uploader]);
    expect(view.lines.map((l) => [l.action, l.label, l.missing, l.fixable])).toEqual([
      ['ims:images:get', 'not allowed', true, true],
      ['ims:images:update', 'denied by SCP', true, false],
    ]);
    expect(view.fixable).toEqual(['ims:images:get']);
    expect(view.blocked).toEqual(['ims:images:update (denied by SCP)']);
  });

  it('writes the fix into the draft that allows the API, not the first one', () => {
    if (!row) throw new Error('no upload row');
    expect(dependencyView(row, decisive, [readers, uploader]).target).toEqual({
      id: 'u',
      name: 'Uploader',
    });
    expect(dependencyView(row, [], []).target).toBeNull();
  });
});
