/**
 * The sentences that explain why a documented cell and the computed support differ: the actions
 * and the policy's patterns that miss them, else the matrix's reason for the API.
 */
import { describe, expect, it } from 'vitest';
import {
  compare,
  compareStatements,
  reasonsOf,
  supported,
  unsupported,
} from './compare-operations-test-helper';

const onProject = { StringEquals: { 'g:EnterpriseProjectId': '0' } };

describe('why an operation the table says is supported is not', () => {
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

  it('names an API its source gives by name alone (no method) by that name', () => {
    expect(reasonsOf(compare(['vpc:*:*'], [supported('Renaming')]))).toEqual([
      ['`dcs:servers:rename` (RenameServer) is matched by no Allow pattern of the policy'],
    ]);
  });

  it('explains each missing dependency no pattern names, naming the API it is needed for', () => {
    const result = compare(
      ['dcs:servers:resume', 'dcs:disks:attachVolume'],
      [supported('Resuming')],
    );
    expect(result.operations[0]?.computed).toBe('not-supported');
    expect(reasonsOf(result)).toEqual([
      [
        '`dcs:disks:use` (a dependency of GET /resume) is matched by no Allow pattern of the policy',
        '`dcs:disks:attach` (a dependency of GET /resume) is not matched by `dcs:disks:attachVolume`',
      ],
    ]);
  });

  it('explains only the APIs that are not allowed', () => {
    expect(reasonsOf(compare(['dcs:servers:reboot'], [supported('Operating')]))).toEqual([
      ['`dcs:servers:vnc` (GET /vnc) is matched by no Allow pattern of the policy'],
    ]);
  });

  it.each([
    {
      what: 'a Deny decides over a pattern that names the action',
      statements: [
        { Effect: 'Allow', Action: ['dcs:servers:*'] },
        { Effect: 'Deny', Action: ['dcs:servers:reboot'] },
      ],
      operation: 'Rebooting',
      reasons: ['GET /reboot: denied by statement 2 of policy `DCS Test`'],
    },
    {
      what: 'a Deny decides where no Allow pattern names the action',
      statements: [
        { Effect: 'Allow', Action: ['vpc:*:*'] },
        { Effect: 'Deny', Action: ['dcs:servers:reboot'] },
      ],
      operation: 'Rebooting',
      reasons: ['GET /reboot: denied by statement 2 of policy `DCS Test`'],
    },
    {
      what: 'a condition leaves the API open',
      statements: [{ Effect: 'Allow', Action: ['dcs:servers:reboot'], Condition: onProject }],
      operation: 'Rebooting',
      reasons: ['GET /reboot: allowed only if g:EnterpriseProjectId is 0'],
    },
    {
      what: 'a Deny takes the missing dependency a pattern names',
      statements: [
        { Effect: 'Allow', Action: ['dcs:servers:*', 'dcs:disks:use'] },
        { Effect: 'Deny', Action: ['dcs:disks:use'] },
      ],
      operation: 'Restarting',
      reasons: [
        'GET /start: `dcs:servers:start` is allowed but not its dependencies `dcs:disks:use`',
      ],
    },
    {
      what: 'a pattern names one of the missing dependencies',
      statements: [
        { Effect: 'Allow', Action: ['dcs:servers:resume', 'dcs:disks:use'] },
        { Effect: 'Deny', Action: ['dcs:disks:use'] },
      ],
      operation: 'Resuming',
      reasons: [
        'GET /resume: `dcs:servers:resume` is allowed but not its dependencies `dcs:disks:use`, `dcs:disks:attach`',
      ],
    },
  ])("gives the matrix's reason when $what", ({ statements, operation, reasons }) => {
    const [compared] = compareStatements(statements, [supported(operation)]).operations;
    expect(compared?.agrees).toBe(false);
    expect(compared?.reasons).toEqual(reasons);
  });

  it("gives the matrix's reason for the one open API of an operation, not the allowed one", () => {
    const result = compareStatements(
      [
        { Effect: 'Allow', Action: ['dcs:servers:reboot'] },
        { Effect: 'Allow', Action: ['dcs:servers:vnc'], Condition: onProject },
      ],
      [supported('Operating')],
    );
    expect(reasonsOf(result)).toEqual([['GET /vnc: allowed only if g:EnterpriseProjectId is 0']]);
  });
});

describe('why an operation the table says is not supported is allowed', () => {
  it('names the pattern that grants the action, and keeps the cell note', () => {
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

  it('lists every pattern that grants the action', () => {
    const result = compare(['dcs:servers:*', 'dcs:*:reboot'], [unsupported('Rebooting')]);
    expect(reasonsOf(result)).toEqual([
      ['`dcs:servers:reboot` (GET /reboot) is allowed by `dcs:servers:*`, `dcs:*:reboot`'],
    ]);
  });

  it("gives the matrix's reason when the pattern grants it through the action's alias", () => {
    const result = compare(['dcs:servers:shutdown'], [unsupported('Stopping')]);
    expect(result.operations[0]?.computed).toBe('supported');
    expect(reasonsOf(result)).toEqual([
      [
        'GET /stop: allowed by statement 1 of policy `DCS Test`, matched through alias `dcs:servers:shutdown`',
      ],
    ]);
  });

  it('names every API the operation is allowed or open for', () => {
    const result = compareStatements(
      [
        { Effect: 'Allow', Action: ['dcs:servers:reboot'] },
        { Effect: 'Allow', Action: ['dcs:servers:vnc'], Condition: onProject },
      ],
      [unsupported('Operating')],
    );
    expect(result.operations[0]?.computed).toBe('conditional');
    expect(reasonsOf(result)).toEqual([
      [
        '`dcs:servers:reboot` (GET /reboot) is allowed by `dcs:servers:reboot`',
        'GET /vnc: allowed only if g:EnterpriseProjectId is 0',
      ],
    ]);
  });
});
