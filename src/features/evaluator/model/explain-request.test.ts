import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '../../../engine';
import type { EvaluateRequestInput } from '../../../engine';
import { explainRequest } from './explain-request';
import type { ExplainOptions } from './explain-request';
import { policy } from './testing/fixture-catalog';

const readers = {
  id: 'd1',
  name: 'Image readers',
  text: policy([
    { Sid: 'ReadImages', Effect: 'Allow', Action: ['ims:images:get'] },
    { Sid: 'Unrelated', Effect: 'Allow', Action: ['ecs:servers:list'] },
  ]),
};
const fullAccess = {
  id: 'fa',
  name: 'FullAccess',
  text: policy([{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }]),
};
const noSharing = {
  id: 's1',
  name: 'No sharing',
  text: policy([
    {
      Sid: 'DenySharing',
      Effect: 'Deny',
      Action: ['ims:images:*'],
      Condition: { StringEquals: { 'g:RequestedRegion': ['cn-north-4'] } },
    },
  ]),
};
const levels: ExplainOptions = {
  levelNames: ['Root', 'Dev OU'],
  resourceless: false,
};

function explain(input: Partial<EvaluateRequestInput>, options = levels) {
  return explainRequest(
    evaluateRequest({
      identityPolicies: [readers],
      scps: [[fullAccess], [fullAccess, noSharing]],
      request: { action: 'ims:images:get', resource: 'ims:*:*:image:*' },
      ...input,
    }),
    options,
  );
}

describe('explainRequest', () => {
  it('names the allowing statement and every SCP level, and why an SCP Deny does not apply', () => {
    const view = explain({
      request: {
        action: 'ims:images:get',
        resource: 'ims:*:*:image:*',
        context: { 'g:RequestedRegion': 'eu-west-0' },
      },
    });
    expect(view.decision).toBe('Allowed by statement 1 (`ReadImages`) of draft `Image readers`.');
    expect(view.scps).toMatch(
      /^Every SCP level allows it: `FullAccess` at Root and `FullAccess` at Dev OU; `No sharing` at Dev OU does not deny it: condition not met: .*g:RequestedRegion.*\.$/,
    );
    const identity = view.layers[0];
    expect(identity?.title).toBe('Identity draft `Image readers`');
    expect(identity?.statements.map((s) => [s.name, s.outcome])).toEqual([
      ['statement 1 (`ReadImages`)', 'applies'],
    ]);
    expect(identity?.unrelated).toEqual(['statement 2 (`Unrelated`)']);
  });

  it('names the SCP level that denies', () => {
    const view = explain({
      request: {
        action: 'ims:images:get',
        resource: 'ims:*:*:image:*',
        context: { 'g:RequestedRegion': 'cn-north-4' },
      },
    });
    expect(view.decision).toBe(
      'Denied by statement 1 (`DenySharing`) of SCP `No sharing` at Dev OU.',
    );
    // Never "every SCP level allows it" when a level's own Deny decided.
    expect(view.scps).toBe('`No sharing` at Dev OU denies it, whatever any level allows.');
    const scpLayer = view.layers.find((l) => l.title === 'SCP `No sharing` at Dev OU');
    expect(scpLayer?.statements[0]?.conditions).toEqual([
      { sentence: expect.stringContaining('cn-north-4'), result: 'true' },
    ]);
  });

  it('says which level allows nothing when a level has no SCP', () => {
    const view = explain({ scps: [[fullAccess], []] });
    expect(view.decision).toBe('Denied: Dev OU has no SCPs attached, so it allows nothing.');
    expect(view.assumptions.map((a) => a.id)).toContain('empty-scp-level-denies');
  });

  it('reports what a conditional result depends on', () => {
    const view = explain({
      identityPolicies: [
        {
          id: 'd2',
          name: 'Project readers',
          text: policy([
            {
              Sid: 'InProject',
              Effect: 'Allow',
              Action: ['ims:images:get'],
              Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
            },
          ]),
        },
      ],
      scps: [],
      options: { unknownContext: true },
    });
    expect(view.decision).toBe(
      'Conditional: the decision depends on what the request does not say yet.',
    );
    expect(view.residual).toEqual([
      expect.stringMatching(/^allowed only if .*g:EnterpriseProjectId/),
    ]);
    expect(view.scps).toBeNull();
    expect(view.layers[0]?.statements[0]?.outcome).toBe('may apply');
  });

  it('counts a pattern narrower in an unspecified URN segment as possibly applying', () => {
    const regional = {
      id: 'd3',
      name: 'Regional',
      text: policy([
        {
          Sid: 'North',
          Effect: 'Allow',
          Action: ['ims:images:get'],
          Resource: ['ims:cn-north-4:*:image:*'],
        },
      ]),
    };
    const image = (region: string | null) => ({
      action: 'ims:images:get',
      scopedResource: {
        text: `ims:${region ?? '*'}:*:image:*`,
        segments: ['ims', region, null, 'image', null],
      },
    });
    const open = explain({ identityPolicies: [regional], scps: [], request: image(null) });
    expect(open.layers[0]?.statements[0]).toMatchObject({
      outcome: 'may apply',
      sentence: 'applies only if the resource matches; it is not known',
    });
    expect(open.assumptions.map((a) => a.id)).toEqual(
      expect.arrayContaining(['scoped-urn-template', 'scoped-urn-unknown-segment']),
    );
    const pinned = explain({ identityPolicies: [regional], scps: [], request: image('eu-west-0') });
    expect(pinned.layers[0]?.statements[0]?.outcome).toBe('does not apply');
    expect(pinned.assumptions.map((a) => a.id)).not.toContain('scoped-urn-unknown-segment');
  });

  it('says a resource-specific statement does not apply to an action without resources', () => {
    const view = explain(
      {
        identityPolicies: [
          {
            id: 'd4',
            name: 'Listers',
            text: policy([
              { Effect: 'Allow', Action: ['ims:images:list'], Resource: ['ims:*:*:image:*'] },
            ]),
          },
        ],
        scps: [],
        request: { action: 'ims:images:list', resource: '*' },
        options: { unknownContext: true },
      },
      { ...levels, resourceless: true },
    );
    expect(view.layers[0]?.statements[0]).toMatchObject({
      name: 'statement 1',
      outcome: 'does not apply',
      sentence:
        'its Resource `ims:*:*:image:*` names specific resources, and the action takes none',
    });
  });
});

describe('explainRequest: aliases are the same action', () => {
  const denyAlias = {
    id: 'd2',
    name: 'No migration',
    text: policy([
      { Effect: 'Allow', Action: ['*'] },
      { Effect: 'Deny', Action: ['sms:server:migrationServer'] },
    ]),
  };
  const denyNotVpc = {
    id: 'd3',
    name: 'VPC only',
    text: policy([
      { Effect: 'Allow', Action: ['*'] },
      { Effect: 'Deny', NotAction: ['VPC:*:*'] },
    ]),
  };

  it('says the decisive statement matched through an alias', () => {
    const explained = explain({
      identityPolicies: [denyAlias],
      scps: [],
      request: { action: 'sms:template:create', aliases: ['sms:server:migrationServer'] },
    });
    expect(explained.decision).toBe(
      'Denied by statement 2 of draft `No migration`, matched through alias `sms:server:migrationServer`.',
    );
  });

  it('shows a NotAction that leaves the action out through an alias', () => {
    const explained = explain({
      identityPolicies: [denyNotVpc],
      scps: [],
      request: { action: 'eip:publicIps:create', aliases: ['vpc:publicIps:create'] },
    });
    expect(explained.layers[0]?.statements.map((line) => line.sentence)).toContain(
      'the action is excluded by `NotAction` pattern `VPC:*:*`, matched through alias `vpc:publicIps:create`',
    );
  });
});
