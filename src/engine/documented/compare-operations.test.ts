/**
 * The computed support of a documented operation and how it is compared with the table's cell.
 * The sentences that explain a difference: compare-operations-reasons.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { OperationSupport } from '../../catalog/catalog-types';
import { documentedSupportText } from './compare-operations';
import {
  compare,
  compareStatements,
  compareWhole,
  policy,
  reasonsOf,
  supported,
  unsupported,
} from './compare-operations-test-helper';

describe('documentedSupportText', () => {
  it.each<[OperationSupport, string]>([
    [{ operation: 'Rebooting', supported: true }, 'supported'],
    [{ operation: 'Rebooting', supported: false }, 'not supported'],
    [
      { operation: 'Logging in', supported: false, note: 'VNC login not supported' },
      'not supported (VNC login not supported)',
    ],
    [
      { operation: 'Logging in', supported: true, note: 'password login only' },
      'supported (password login only)',
    ],
  ])('prints the cell %j as "%s"', (cell, text) => {
    expect(documentedSupportText(cell)).toBe(text);
  });
});

describe('compareDocumentedOperations', () => {
  it('agrees when every API of a supported operation is allowed, and says nothing more', () => {
    const result = compare(['dcs:servers:reboot'], [supported('Rebooting')]);
    expect(result.differences).toBe(0);
    expect(result.operations[0]).toMatchObject({
      operation: 'Rebooting',
      computed: 'supported',
      agrees: true,
      reasons: [],
      mapping: 'Rebooting calls reboot',
    });
    expect(result.operations[0]?.apis[0]?.row).toMatchObject({
      apiId: 'reboot',
      action: 'dcs:servers:reboot',
      status: 'allowed',
    });
  });

  it('agrees when the table says not supported and the policy does not allow it', () => {
    const result = compare(['dcs:servers:reboot'], [unsupported('Logging in')]);
    expect(result.operations[0]).toMatchObject({ computed: 'not-supported', agrees: true });
  });

  it('keeps the policy and counts the operations that differ, in the table order', () => {
    const result = compare(
      ['dcs:servers:reboot'],
      [supported('Logging in'), supported('Rebooting'), unsupported('Rebooting')],
    );
    expect(result).toMatchObject({ policyId: 'dcs-test', policyName: 'DCS Test', differences: 2 });
    expect(result.operations.map(({ operation, agrees }) => [operation, agrees])).toEqual([
      ['Logging in', false],
      ['Rebooting', true],
      ['Rebooting', false],
    ]);
  });

  it('compares nothing for a policy without a documented column', () => {
    expect(compareWhole(policy([{ Effect: 'Allow', Action: ['dcs:*:*'] }]))).toEqual({
      policyId: 'dcs-test',
      policyName: 'DCS Test',
      operations: [],
      differences: 0,
    });
  });

  describe('an operation that calls several APIs', () => {
    const conditional = [
      { Effect: 'Allow', Action: ['dcs:servers:reboot'] },
      {
        Effect: 'Allow',
        Action: ['dcs:servers:vnc'],
        Condition: { StringEquals: { 'g:EnterpriseProjectId': '0' } },
      },
    ];

    it('is supported only when every API is allowed', () => {
      const all = compare(['dcs:servers:reboot', 'dcs:servers:vnc'], [supported('Operating')]);
      expect(all.operations[0]?.computed).toBe('supported');
      const one = compare(['dcs:servers:reboot'], [supported('Operating')]);
      expect(one.operations[0]?.computed).toBe('not-supported');
    });

    it('is conditional when the rest are allowed and one is open', () => {
      const result = compareStatements(conditional, [supported('Operating')]);
      expect(result.operations[0]?.apis.map(({ row }) => row?.status)).toEqual([
        'allowed',
        'conditional',
      ]);
      expect(result.operations[0]?.computed).toBe('conditional');
    });

    it('is conditional when its only API is open', () => {
      const result = compareStatements(conditional, [supported('Logging in')]);
      expect(result.operations[0]?.computed).toBe('conditional');
    });
  });

  describe('an operation it cannot compute', () => {
    it.each([
      {
        why: 'an API the loaded catalog lacks',
        support: supported('Vanished'),
        reasons: ['`gone` is not an API of the loaded catalog `dcs-1.1`'],
      },
      {
        why: 'an API of a catalog that is not loaded',
        support: supported('Listing buckets'),
        reasons: ['`ListBuckets` is not an API of the loaded catalog `obs-1.1`'],
      },
      {
        why: "an API of the other model's catalog",
        support: supported('Showing in 5.0'),
        reasons: ['`show` is not an API of the loaded catalog `dcs-5.0`'],
      },
      {
        why: 'one API of two missing, the other allowed',
        support: supported('Half-loaded'),
        reasons: ['`gone` is not an API of the loaded catalog `dcs-1.1`'],
      },
      {
        why: 'one API of two missing, the other not allowed, for a "not supported" cell',
        support: { operation: 'Half-loaded', supported: false },
        reasons: ['`gone` is not an API of the loaded catalog `dcs-1.1`'],
      },
    ])('is unknown with $why, and names only the missing API', ({ support, reasons }) => {
      const allowed = support.supported ? ['dcs:servers:reboot'] : ['dcs:servers:vnc'];
      const [operation] = compare(allowed, [support]).operations;
      expect(operation).toMatchObject({ computed: 'unknown', agrees: false, reasons });
      expect(operation?.apis.at(-1)?.row).toBeNull();
    });

    it('is unknown, without throwing, for a 1.1 policy whose document has no Version (5.0)', () => {
      const unversioned = policy([], [supported('Rebooting')]);
      unversioned.document = { Statement: [{ Effect: 'Allow', Action: ['dcs:servers:reboot'] }] };
      const [rebooting] = compareWhole(unversioned).operations;
      expect(rebooting).toMatchObject({ computed: 'unknown', agrees: false });
      expect(rebooting?.apis.map(({ row }) => row)).toEqual([null]);
    });

    it('is unknown for an operation the map lacks, which has no APIs and no mapping', () => {
      const result = compare(['*:*:*'], [supported('Unmapped')]);
      expect(result.operations[0]).toMatchObject({
        computed: 'unknown',
        agrees: false,
        apis: [],
        mapping: null,
      });
      expect(reasonsOf(result)).toEqual([['the operation map names no API for this operation']]);
    });
  });
});
