import { describe, expect, it } from 'vitest';
import { computeApiMatrix } from '../engine';
import { IMS_CATALOG, policy } from '../features/evaluator/model/testing/fixture-catalog';
import { checkExpectations, describeExpectation, expectationServices } from './check-expectations';
import type { Expectation } from './expectation';

const catalogs = [IMS_CATALOG];
const matrix = computeApiMatrix({
  identityPolicies: [
    {
      id: 'p',
      name: 'Readers',
      text: policy([
        { Effect: 'Allow', Action: ['ims:images:list', 'ims:images:get', 'ims:images:upload'] },
      ]),
    },
  ],
  scps: [],
  catalogs,
});

const expectation = (id: string, target: Expectation['target'], expect: Expectation['expect']) => ({
  id,
  target,
  expect,
});

describe('expectations', () => {
  const deleteDenied = expectation(
    '1',
    { kind: 'api', service: 'ims', api: 'DELETE /v2/images/{image_id}' },
    'denied',
  );
  const readsAllowed = expectation(
    '2',
    { kind: 'service', service: 'ims', accessLevel: 'read' },
    'allowed',
  );
  const writesAllowed = expectation(
    '3',
    { kind: 'service', service: 'ims', accessLevel: 'write' },
    'allowed',
  );
  const listDenied = expectation('4', { kind: 'action', action: 'ims:images:list' }, 'denied');
  const unknownApi = expectation(
    '5',
    { kind: 'api', service: 'ims', api: 'GET /nowhere' },
    'allowed',
  );

  it('reads as sentences', () => {
    expect([deleteDenied, readsAllowed, listDenied].map(describeExpectation)).toEqual([
      '`DELETE /v2/images/{image_id}` of IMS must be denied',
      'every read API of IMS must be allowed',
      'action `ims:images:list` must be denied',
    ]);
    expect(
      describeExpectation(
        expectation('6', { kind: 'service', service: 'obs', accessLevel: null }, 'denied'),
      ),
    ).toBe('every API of OBS must be denied');
  });

  it('names the services a matrix must hold to check them', () => {
    expect(expectationServices([deleteDenied, listDenied, readsAllowed])).toEqual(['ims']);
  });

  it('passes and fails with the APIs that broke it and why', () => {
    const [a, b, c, d, e] = checkExpectations(
      [deleteDenied, readsAllowed, writesAllowed, listDenied, unknownApi],
      matrix,
      catalogs,
    );
    expect(a).toMatchObject({ passed: true, checked: 1, failures: [] });
    expect(b).toMatchObject({ passed: true, checked: 1 });
    expect(c?.passed).toBe(false);
    expect(c?.checked).toBe(2);
    expect(c?.failures.map((f) => [f.subject, f.status])).toEqual([
      ['PUT /v1/cloudimages/{image_id}/upload', 'allowed-missing-dependencies'],
      ['DELETE /v2/images/{image_id}', 'implicit-deny'],
    ]);
    expect(c?.failures[0]?.reason).toMatch(/^allowed — missing dependencies: /);
    expect(c?.failingRows).toEqual([
      { catalogId: 'ims-5.0', apiId: 'PUT /v1/cloudimages/{image_id}/upload' },
      { catalogId: 'ims-5.0', apiId: 'DELETE /v2/images/{image_id}' },
    ]);
    expect(d).toMatchObject({
      passed: false,
      failures: [{ subject: 'ims:images:list', status: 'allowed' }],
    });
    expect(e).toMatchObject({
      passed: false,
      checked: 0,
      failures: [{ reason: 'no API of the catalogs matches it' }],
    });
  });
});
