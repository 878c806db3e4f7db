import { describe, expect, it } from 'vitest';
import type {
  DocumentedOperation,
  OperationSupport,
  ServiceCatalog,
  SystemPolicy,
} from '../../catalog/catalog-types';
import { testCatalog } from '../matrix/catalog-test-helper';
import { compareDocumentedOperations } from './compare-operations';

const legacy = testCatalog(
  'dcs',
  '1.1',
  [
    { name: 'dcs:servers:showServer' },
    { name: 'dcs:servers:batchSetTags' },
    { name: 'dcs:servers:reboot' },
    { name: 'dcs:servers:start' },
    { name: 'dcs:servers:vnc' },
    { name: 'dcs:disks:use' },
  ],
  [
    { id: 'show', action: 'dcs:servers:showServer' },
    { id: 'tags', action: 'dcs:servers:batchSetTags' },
    { id: 'reboot', action: 'dcs:servers:reboot' },
    { id: 'start', action: 'dcs:servers:start', dependencies: ['dcs:disks:use'] },
    { id: 'vnc', action: 'dcs:servers:vnc' },
  ],
);
/** The v5 catalog knows the action's older name, which a 1.1 pattern may have been written for. */
const v5: ServiceCatalog = {
  ...testCatalog('dcs', '5.0', [{ name: 'dcs:servers:showServer' }], []),
};
v5.actions = v5.actions.map((action) => ({ ...action, aliases: ['dcs:servers:get'] }));
const catalogs = [legacy, v5];

const row = (operation: string, apiIds: string[]): DocumentedOperation => ({
  operation,
  apis: apiIds.map((apiId) => ({ catalogId: 'dcs-1.1', apiId })),
  reason: `${operation} calls ${apiIds.join(', ')}`,
  source: { file: 'table.txt', line: 1 },
});
const operations = [
  row('Showing', ['show']),
  row('Tagging', ['tags']),
  row('Rebooting', ['reboot']),
  row('Starting', ['start']),
  row('Logging in', ['vnc']),
  row('Vanished', ['gone']),
  row('Restarting', ['reboot', 'start']),
  row('Operating', ['reboot', 'vnc']),
];

function policy(actions: string[], support: OperationSupport[]): SystemPolicy {
  return {
    id: 'dcs-test',
    name: 'DCS Test',
    kind: 'policy',
    policyType: 'identity',
    model: '1.1',
    description: '',
    document: { Version: '1.1', Statement: [{ Effect: 'Allow', Action: actions }] },
    provenance: 'documented',
    operationSupport: support,
  };
}

const supported = (operation: string): OperationSupport => ({ operation, supported: true });
const compare = (actions: string[], support: OperationSupport[]) =>
  compareDocumentedOperations(policy(actions, support), operations, catalogs);
const reasonsOf = (result: ReturnType<typeof compare>) =>
  result.operations.map((operation) => operation.reasons);

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

  it("names the pattern that matches the action's alias but not the action", () => {
    const result = compare(['dcs:*:get*'], [supported('Showing')]);
    expect(result.operations[0]?.computed).toBe('not-supported');
    expect(reasonsOf(result)).toEqual([
      [
        '`dcs:servers:showServer` (GET /show) is not matched by `dcs:*:get*`, which matches `dcs:servers:get`, its alias in `dcs-5.0`',
      ],
    ]);
  });

  it('names the pattern whose last segment shares the most words with the action', () => {
    const result = compare(['dcs:servers:setTags', 'dcs:servers:setName'], [supported('Tagging')]);
    expect(reasonsOf(result)).toEqual([
      ['`dcs:servers:batchSetTags` (GET /tags) is not matched by `dcs:servers:setTags`'],
    ]);
  });

  it("lists the service's wildcards when no pattern is close, and says when there is none", () => {
    expect(reasonsOf(compare(['dcs:*:list*', 'dcs:disks:use'], [supported('Rebooting')]))).toEqual([
      [
        "`dcs:servers:reboot` (GET /reboot) is matched by none of the policy's `dcs` wildcards `dcs:*:list*`",
      ],
    ]);
    expect(reasonsOf(compare(['vpc:*:*'], [supported('Rebooting')]))).toEqual([
      ['`dcs:servers:reboot` (GET /reboot) is matched by no Allow pattern of the policy'],
    ]);
  });

  it('explains a missing dependency the same way, naming the API it is needed for', () => {
    const result = compare(['dcs:servers:start', 'dcs:disks:attach'], [supported('Starting')]);
    expect(result.operations[0]?.computed).toBe('not-supported');
    expect(reasonsOf(result)).toEqual([
      ['`dcs:disks:use` (a dependency of GET /start) is matched by no Allow pattern of the policy'],
    ]);
  });

  it('names the granting pattern when the table says an allowed operation is not supported', () => {
    const result = compare(
      ['dcs:servers:*'],
      [{ operation: 'Logging in', supported: false, note: 'VNC login not supported' }],
    );
    expect(result.operations[0]).toMatchObject({
      documented: { supported: false, note: 'VNC login not supported' },
      computed: 'supported',
      agrees: false,
      reasons: ['`dcs:servers:vnc` (GET /vnc) is allowed by `dcs:servers:*`'],
    });
  });

  it('agrees when the table says not supported and the policy does not allow it', () => {
    const result = compare(['dcs:servers:reboot'], [{ operation: 'Logging in', supported: false }]);
    expect(result.operations[0]).toMatchObject({ computed: 'not-supported', agrees: true });
  });

  it('cannot compute an operation whose API is not loaded or that the map lacks', () => {
    const result = compare(['*:*:*'], [supported('Vanished'), supported('Unmapped')]);
    expect(result.operations.map((operation) => [operation.computed, operation.agrees])).toEqual([
      ['unknown', false],
      ['unknown', false],
    ]);
    expect(result.operations[1]?.mapping).toBeNull();
    expect(reasonsOf(result)).toEqual([
      ['`gone` is not an API of the loaded catalog `dcs-1.1`'],
      ['the operation map names no API for this operation'],
    ]);
    expect(result.differences).toBe(2);
  });

  it("gives the matrix's reason when a pattern names the action but a Deny decides", () => {
    const denying = policy([], [supported('Rebooting')]);
    denying.document = {
      Version: '1.1',
      Statement: [
        { Effect: 'Allow', Action: ['dcs:servers:*'] },
        { Effect: 'Deny', Action: ['dcs:servers:reboot'] },
      ],
    };
    const [rebooting] = compareDocumentedOperations(denying, operations, catalogs).operations;
    expect(rebooting?.apis[0]?.row?.status).toBe('explicit-deny');
    expect(rebooting?.reasons).toEqual([`GET /reboot: ${rebooting?.apis[0]?.row?.reason}`]);
  });

  it('leaves an API open under a condition as conditional, and gives the matrix reason', () => {
    const conditional = policy([], [supported('Rebooting')]);
    conditional.document = {
      Version: '1.1',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['dcs:servers:reboot'],
          Condition: { StringEquals: { 'g:EnterpriseProjectId': '0' } },
        },
      ],
    };
    const result = compareDocumentedOperations(conditional, operations, catalogs);
    expect(result.operations[0]?.computed).toBe('conditional');
    expect(result.operations[0]?.reasons).toEqual([
      `GET /reboot: ${result.operations[0]?.apis[0]?.row?.reason}`,
    ]);
    expect(result.operations[0]?.reasons[0]).toMatch(/g:EnterpriseProjectId/);
  });

  describe('an operation that calls several APIs', () => {
    const conditionalPolicy = (support: OperationSupport[]) => {
      const made = policy([], support);
      made.document = {
        Version: '1.1',
        Statement: [
          { Effect: 'Allow', Action: ['dcs:servers:reboot'] },
          {
            Effect: 'Allow',
            Action: ['dcs:servers:vnc'],
            Condition: { StringEquals: { 'g:EnterpriseProjectId': '0' } },
          },
        ],
      };
      return made;
    };

    it('is supported only when every API is allowed', () => {
      const all = compare(['dcs:servers:reboot', 'dcs:servers:vnc'], [supported('Operating')]);
      expect(all.operations[0]?.computed).toBe('supported');
      const one = compare(['dcs:servers:reboot'], [supported('Operating')]);
      expect(one.operations[0]?.computed).toBe('not-supported');
      // The allowed API needs no reason; the one no pattern names gets one.
      expect(reasonsOf(one)).toEqual([
        [expect.stringMatching(/^`dcs:servers:vnc` \(GET \/vnc\) is matched by /)],
      ]);
    });

    it('is conditional when the rest are allowed and one is open', () => {
      const result = compareDocumentedOperations(
        conditionalPolicy([supported('Operating')]),
        operations,
        catalogs,
      );
      expect(result.operations[0]?.computed).toBe('conditional');
      // Only the open API is explained; the allowed one needs no reason.
      expect(result.operations[0]?.reasons).toEqual([
        `GET /vnc: ${result.operations[0]?.apis[1]?.row?.reason}`,
      ]);
    });

    it('names every API a "not supported" operation is allowed or open for', () => {
      const result = compareDocumentedOperations(
        conditionalPolicy([{ operation: 'Operating', supported: false }]),
        operations,
        catalogs,
      );
      expect(result.operations[0]?.reasons).toEqual([
        '`dcs:servers:reboot` (GET /reboot) is allowed by `dcs:servers:reboot`',
        `GET /vnc: ${result.operations[0]?.apis[1]?.row?.reason}`,
      ]);
    });

    it('lists every pattern that grants the action', () => {
      const result = compare(
        ['dcs:servers:*', 'dcs:*:reboot'],
        [{ operation: 'Rebooting', supported: false }],
      );
      expect(reasonsOf(result)).toEqual([
        ['`dcs:servers:reboot` (GET /reboot) is allowed by `dcs:servers:*`, `dcs:*:reboot`'],
      ]);
    });

    it("gives the matrix's reason for a missing dependency some pattern names", () => {
      const denying = policy([], [supported('Restarting')]);
      denying.document = {
        Version: '1.1',
        Statement: [
          { Effect: 'Allow', Action: ['dcs:servers:*', 'dcs:disks:use'] },
          { Effect: 'Deny', Action: ['dcs:disks:use'] },
        ],
      };
      const [restarting] = compareDocumentedOperations(denying, operations, catalogs).operations;
      expect(restarting?.computed).toBe('not-supported');
      expect(restarting?.apis[1]?.row?.status).toBe('allowed-missing-dependencies');
      expect(restarting?.reasons).toEqual([`GET /start: ${restarting?.apis[1]?.row?.reason}`]);
    });
  });
});
