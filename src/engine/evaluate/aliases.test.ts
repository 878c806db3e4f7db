/**
 * An action and its aliases are the same action (reference §5 rule 6), through every path that
 * decides a request: the explained evaluation, the indexed fast path, `--batch`'s decision with
 * assumptions and the API matrix, with aliases from the request or from the catalogs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../../catalog/catalog-types';
import { testCatalog } from '../matrix/testing/test-catalog';
import { computeApiMatrix } from '../matrix/compute-api-matrix';
import { matrixRows, matrixVerdicts } from '../matrix/matrix-rows';
import { diffPolicySets } from '../matrix/diff-policy-sets';
import { compilePolicySet } from './compile-policy-set';
import { decideRequest, decideWithAssumptions, evaluateRequest } from './evaluate-request';
import type { PolicyInput } from './evaluation-types';

const MIGRATION = 'sms:server:migrationServer';

const policy = (id: string, statements: object[], version = '5.0'): PolicyInput => ({
  id,
  text: JSON.stringify({ Version: version, Statement: statements }),
});
const allowAllDenyAlias = policy('p', [
  { Effect: 'Allow', Action: ['*'] },
  { Effect: 'Deny', Action: [MIGRATION] },
]);

/** The bundled SMS catalog: 19 of its actions answer to `sms:server:migrationServer`. */
const sms = JSON.parse(
  readFileSync(new URL('../../../catalogs/sms-5.0.json', import.meta.url), 'utf8'),
) as ServiceCatalog;
const smsCatalogs = [sms];

const eip = testCatalog(
  'eip',
  '5.0',
  [
    { name: 'eip:publicIps:create', aliases: ['vpc:publicIps:create'] },
    { name: 'eip:publicIps:delete' },
  ],
  [
    { id: 'POST /publicips', action: 'eip:publicIps:create' },
    { id: 'DELETE /publicips', action: 'eip:publicIps:delete' },
  ],
);
const vpc = testCatalog(
  'vpc',
  '5.0',
  [{ name: 'vpc:publicIps:create' }],
  [{ id: 'POST /vpc/publicips', action: 'vpc:publicIps:create' }],
);

describe('a Deny written with an alias (Allow * and Deny sms:server:migrationServer)', () => {
  it('denies sms:template:create when the aliases come from the catalogs', () => {
    const result = evaluateRequest({
      identityPolicies: [allowAllDenyAlias],
      scps: [],
      catalogs: smsCatalogs,
      request: { action: 'sms:template:create' },
    });
    expect(result.decision).toBe('explicit-deny');
    expect(result.summary).toBe(
      'denied by statement 2 of policy `p`, matched through alias `sms:server:migrationServer`',
    );
    const deny = result.identity[0]?.statements[1];
    expect(deny?.action).toEqual({
      applies: true,
      reason: 'action-matched',
      pattern: MIGRATION,
      alias: MIGRATION,
    });
    expect(deny?.sentence).toBe(
      'action and resource match (matched through alias `sms:server:migrationServer`)',
    );
    const wildcard = evaluateRequest({
      identityPolicies: [policy('w', [{ Effect: 'Allow', Action: ['sms:server:migration*'] }])],
      scps: [],
      catalogs: smsCatalogs,
      request: { action: 'sms:template:create' },
    });
    expect(wildcard.identity[0]?.statements[0]?.sentence).toBe(
      'action and resource match (`sms:server:migration*` matched through alias `sms:server:migrationServer`)',
    );
    expect(result.assumptions).not.toContain('scp-action-aliases');
  });

  it('denies it on the indexed path and on the batch path too', () => {
    const set = compilePolicySet({
      identityPolicies: [allowAllDenyAlias],
      scps: [],
      catalogs: smsCatalogs,
    });
    expect(decideRequest(set, { action: 'sms:template:create' }).decision).toBe('explicit-deny');
    expect(decideWithAssumptions(set, { action: 'SMS:Template:Create' }).decision).toBe(
      'explicit-deny',
    );
  });

  it('denies every one of the 19 actions answering to it, and no other SMS action', () => {
    const set = compilePolicySet({
      identityPolicies: [allowAllDenyAlias],
      scps: [],
      catalogs: smsCatalogs,
    });
    const denied = sms.actions
      .filter((action) => decideRequest(set, { action: action.name }).decision !== 'allow')
      .map((action) => action.name);
    expect(denied).toHaveLength(19);
    expect(denied).toEqual(
      sms.actions.filter((a) => a.aliases.includes(MIGRATION)).map((a) => a.name),
    );
  });

  it('the matrix row of its API says explicit-deny, as evaluate does, for every SMS action', () => {
    const matrix = computeApiMatrix({
      identityPolicies: [allowAllDenyAlias],
      scps: [],
      catalogs: smsCatalogs,
    });
    const rows = matrixRows(matrix, smsCatalogs);
    const create = rows.find((row) => row.action === 'sms:template:create');
    expect(create?.status).toBe('explicit-deny');
    expect(create?.reason).toContain('matched through alias `sms:server:migrationServer`');
    const set = compilePolicySet({
      identityPolicies: [allowAllDenyAlias],
      scps: [],
      catalogs: smsCatalogs,
    });
    for (const verdict of matrixVerdicts(matrix)) {
      const evaluated = decideRequest(set, { action: verdict.action });
      expect([verdict.action, verdict.decision]).toEqual([verdict.action, evaluated.decision]);
      expect(verdict.reason).toBe(evaluated.summary);
    }
  });

  it("the request's own aliases win over the catalogs", () => {
    const input = { identityPolicies: [allowAllDenyAlias], scps: [], catalogs: smsCatalogs };
    const request = { action: 'sms:template:create', aliases: [] };
    expect(evaluateRequest({ ...input, request }).decision).toBe('allow');
  });

  it('without catalogs or aliases the action answers to its own name only', () => {
    const result = evaluateRequest({
      identityPolicies: [allowAllDenyAlias],
      scps: [],
      request: { action: 'sms:template:create' },
    });
    expect(result.decision).toBe('allow');
  });

  it("the catalogs of the policies' model are used: a 1.1 policy does not see 5.0 aliases", () => {
    const legacy = policy(
      'p',
      [
        { Effect: 'Allow', Action: ['*:*:*'] },
        { Effect: 'Deny', Action: [MIGRATION] },
      ],
      '1.1',
    );
    const result = evaluateRequest({
      identityPolicies: [legacy],
      scps: [],
      catalogs: smsCatalogs,
      request: { action: 'sms:template:create' },
    });
    expect(result.decision).toBe('allow');
  });
});

describe('aliases of another service (the FAQ: EIP actions answer to VPC names)', () => {
  const denyNotVpc = policy('p', [
    { Effect: 'Allow', Action: ['*'] },
    { Effect: 'Deny', NotAction: ['VPC:*:*'] },
  ]);

  it('a Deny NotAction of VPC:*:* also excludes the EIP action answering to a VPC name', () => {
    const result = evaluateRequest({
      identityPolicies: [denyNotVpc],
      scps: [],
      catalogs: [eip, vpc],
      request: { action: 'eip:publicIps:create' },
    });
    expect(result.decision).toBe('allow');
    expect(result.identity[0]?.statements[1]?.sentence).toBe(
      'the action is excluded by `NotAction` pattern `VPC:*:*`, matched through alias `vpc:publicIps:create`',
    );
  });

  it('the matrix and diff agree: only the aliased EIP API stays allowed', () => {
    const matrix = computeApiMatrix({
      identityPolicies: [denyNotVpc],
      scps: [],
      catalogs: [eip, vpc],
    });
    const statuses = Object.fromEntries(
      matrixRows(matrix, [eip, vpc]).map((row) => [row.action, row.status]),
    );
    expect(statuses).toEqual({
      'eip:publicIps:create': 'allowed',
      'eip:publicIps:delete': 'explicit-deny',
      'vpc:publicIps:create': 'allowed',
    });
    const diff = diffPolicySets(
      {
        identityPolicies: [policy('p', [{ Effect: 'Allow', Action: ['*'] }])],
        scps: [],
        catalogs: [eip, vpc],
      },
      { identityPolicies: [denyNotVpc], scps: [], catalogs: [eip, vpc] },
    );
    expect(diff.actions.newlyDenied.map((change) => change.action)).toEqual([
      'eip:publicIps:delete',
    ]);
  });

  it('an Allow of a VPC name reaches the EIP action through the statement index', () => {
    const set = compilePolicySet({
      identityPolicies: [policy('p', [{ Effect: 'Allow', Action: ['vpc:publicIps:*'] }])],
      scps: [],
      catalogs: [eip, vpc],
    });
    expect(decideRequest(set, { action: 'eip:publicIps:create' }).decision).toBe('allow');
    expect(decideRequest(set, { action: 'eip:publicIps:delete' }).decision).toBe('implicit-deny');
  });
});

describe('SCPs take the same rule, as assumption scp-action-aliases', () => {
  const allowAll = policy('identity', [{ Effect: 'Allow', Action: ['*'] }]);
  const scp = policy('scp', [
    { Effect: 'Allow', Action: ['*'] },
    { Effect: 'Deny', Action: [MIGRATION] },
  ]);

  it('an SCP Deny of an alias denies, and the explanation names the assumption', () => {
    const result = evaluateRequest({
      identityPolicies: [allowAll],
      scps: [[scp]],
      catalogs: smsCatalogs,
      request: { action: 'sms:template:create' },
    });
    expect(result.decision).toBe('denied-by-scp');
    expect(result.summary).toContain('matched through alias `sms:server:migrationServer`');
    expect(result.assumptions).toContain('scp-action-aliases');
    expect(result.scpLevels[0]?.policies[0]?.statements[1]?.assumptions).toContain(
      'scp-action-aliases',
    );
  });

  it('the assumption is not listed when no SCP pattern matched through an alias', () => {
    const result = evaluateRequest({
      identityPolicies: [allowAll],
      scps: [[scp]],
      catalogs: smsCatalogs,
      request: { action: 'sms:server:collectLog', aliases: [] },
    });
    expect(result.decision).toBe('allow');
    expect(result.assumptions).not.toContain('scp-action-aliases');
  });
});
