import { describe, expect, it } from 'vitest';
import { compilePolicySet } from './compile-policy-set';
import { decideWithAssumptions, evaluateRequest } from './evaluate-request';
import type { PolicyInput } from './evaluation-types';

const doc = (id: string, statements: object[], name?: string): PolicyInput => ({
  id,
  ...(name ? { name } : {}),
  text: JSON.stringify({ Version: '5.0', Statement: statements }, null, 2),
});

describe('evaluateRequest explanations', () => {
  const identity = doc(
    'dev',
    [
      { Sid: 'Read', Effect: 'Allow', Action: ['ecs:*:get*', 'ecs:*:list*'] },
      {
        Sid: 'Project',
        Effect: 'Allow',
        Action: ['ecs:*'],
        Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
      },
      { Effect: 'Deny', Action: ['ecs:*:delete*'], Resource: ['ecs:*:*:instance:prod-*'] },
    ],
    'Developers',
  );
  const scps = [
    [doc('root', [{ Effect: 'Allow', Action: ['*'] }])],
    [doc('ou', [{ Effect: 'Allow', Action: ['ecs:*'] }])],
  ];

  it('names the decisive statements with policy, index, Sid and source range', () => {
    const result = evaluateRequest({
      identityPolicies: [identity],
      scps,
      request: { action: 'ecs:cloudServers:listServers' },
    });
    expect(result.decision).toBe('allow');
    expect(result.summary).toBe('allowed by statement 1 (`Read`) of policy `Developers`');
    expect(result.decisive).toEqual([
      expect.objectContaining({
        layer: 'identity',
        policyId: 'dev',
        policyName: 'Developers',
        statementIndex: 0,
        sid: 'Read',
        effect: 'Allow',
      }),
    ]);
    const range = result.decisive[0]?.range;
    expect(
      identity.text.slice(range?.offset, (range?.offset ?? 0) + (range?.length ?? 0)),
    ).toContain('"Sid": "Read"');
  });

  it('explains every statement of every layer, down to each condition', () => {
    const result = evaluateRequest({
      identityPolicies: [identity],
      scps,
      request: {
        action: 'ecs:cloudServers:delete',
        resource: 'ecs:r:1:instance:dev-1',
        context: { 'g:EnterpriseProjectId': '7' },
      },
    });
    expect(result.decision).toBe('implicit-deny');
    const [read, project, deny] = result.identity[0]?.statements ?? [];
    expect(read).toMatchObject({
      status: 'does-not-apply',
      action: { applies: false, reason: 'action-not-listed' },
    });
    expect(project).toMatchObject({
      status: 'does-not-apply',
      action: { applies: true, reason: 'action-matched', pattern: 'ecs:*' },
      conditions: [
        {
          key: 'g:EnterpriseProjectId',
          operator: 'StringEquals',
          policyValues: ['0'],
          requestValues: ['7'],
          result: 'false',
          reason: 'no-value-matched',
        },
      ],
    });
    expect(project?.sentence).toBe(
      'condition not met: `g:EnterpriseProjectId` is `7`, which does not equal `0`',
    );
    expect(deny).toMatchObject({
      status: 'does-not-apply',
      resource: {
        applies: 'false',
        reason: 'resource-path-mismatch',
        pattern: 'ecs:*:*:instance:prod-*',
      },
    });
    expect(result.scpLevels.map((level) => level.allows)).toEqual(['true', 'true']);
    expect(result.scpLevels[1]?.policies[0]?.statements[0]?.status).toBe('applies');
  });

  it('says which SCP level allows nothing matching', () => {
    const result = evaluateRequest({
      identityPolicies: [identity],
      scps,
      request: { action: 'evs:volumes:list' },
    });
    expect(result).toMatchObject({
      decision: 'denied-by-scp',
      deniedAtScpLevel: 1,
      decisive: [],
      summary: 'no SCP at level 1 allows `evs:volumes:list`',
    });
  });

  it('says per SCP level whether its own Deny applies, apart from what it allows', () => {
    const denyDelete = doc('no-delete', [
      {
        Effect: 'Deny',
        Action: ['ecs:*:delete*'],
        Condition: { Bool: { 'g:MFAPresent': ['false'] } },
      },
    ]);
    const levels = (context: Record<string, string>, unknownContext = false) =>
      evaluateRequest({
        identityPolicies: [identity],
        scps: [[...(scps[0] ?? []), denyDelete], scps[1] ?? []],
        request: { action: 'ecs:cloudServers:delete', context },
        options: { unknownContext },
      }).scpLevels.map(({ allows, denies }) => ({ allows, denies }));
    expect(levels({ 'g:MFAPresent': 'false' })).toEqual([
      { allows: 'true', denies: 'true' },
      { allows: 'true', denies: 'false' },
    ]);
    expect(levels({ 'g:MFAPresent': 'true' })[0]).toEqual({ allows: 'true', denies: 'false' });
    expect(levels({}, true)[0]).toEqual({ allows: 'true', denies: 'unknown' });
  });

  it('lists the assumptions the answer depended on, and only those', () => {
    // `Read` allows; `Project`'s condition fails on an absent key (an assumption), but `Read`
    // allows whatever `Project` says.
    const plain = evaluateRequest({
      identityPolicies: [identity],
      scps: [],
      request: { action: 'ecs:cloudServers:listServers' },
    });
    expect(plain.assumptions).toEqual([]);
    expect(plain.identity[0]?.statements[1]?.assumptions).toEqual(['missing-key-plain-operator']);
    // Nothing else allows `stop`: had the absent key counted otherwise, `Project` would allow it.
    const stop = evaluateRequest({
      identityPolicies: [identity],
      scps: [],
      request: { action: 'ecs:cloudServers:stop' },
    });
    expect(stop.decision).toBe('implicit-deny');
    expect(stop.assumptions).toEqual(['missing-key-plain-operator']);
    const cased = evaluateRequest({
      identityPolicies: [identity],
      scps: [],
      request: {
        action: 'ECS:cloudServers:listServers',
        context: { 'g:enterpriseprojectid': '0' },
      },
    });
    expect(cased.assumptions).toEqual([
      'action-case-insensitive',
      'condition-key-case-insensitive',
    ]);
  });

  describe('words a negated element that applies as matching none of its patterns', () => {
    const sentenceOf = (statement: object, request: object, options = {}) =>
      evaluateRequest({
        identityPolicies: [doc('p', [statement])],
        scps: [],
        request: { action: 'obs:bucket:deleteBucket', ...request },
        options,
      }).identity[0]?.statements[0]?.sentence;
    const notResource = {
      Effect: 'Deny',
      Action: ['obs:*'],
      NotResource: ['obs:*:*:bucket:public', 'obs:*:*:bucket:shared'],
    };

    it('NotResource, the resource listed nowhere', () => {
      expect(sentenceOf(notResource, { resource: 'obs:*:*:bucket:private' })).toBe(
        'the action matches and the resource matches none of `obs:*:*:bucket:public`, `obs:*:*:bucket:shared` (its `NotResource`)',
      );
    });

    it('NotResource, the resource listed', () => {
      expect(sentenceOf(notResource, { resource: 'obs:*:*:bucket:shared' })).toBe(
        'the resource is excluded by `NotResource` pattern `obs:*:*:bucket:shared`',
      );
    });

    it('NotResource, the resource unknown', () => {
      expect(sentenceOf(notResource, {}, { unknownContext: true })).toBe(
        'applies only if the resource matches none of `obs:*:*:bucket:public`, `obs:*:*:bucket:shared` (its `NotResource`); it is not known',
      );
    });

    it('NotAction, with a condition that holds', () => {
      const statement = {
        Effect: 'Deny',
        NotAction: ['ecs:*'],
        Condition: { StringEquals: { 'g:UserName': ['bob'] } },
      };
      expect(sentenceOf(statement, { context: { 'g:UserName': 'bob' } })).toBe(
        'the action matches none of `ecs:*` (its `NotAction`) and the resource matches, and every condition holds',
      );
    });
  });

  it('shows skipped statements with the reason and reports them as problems', () => {
    const broken = doc('broken', [
      { Effect: 'Allow', Action: ['*'], Condition: { IsNull: { 'g:UserName': ['true'] } } },
    ]);
    const result = evaluateRequest({
      identityPolicies: [broken],
      scps: [],
      request: { action: 'ecs:a:b' },
    });
    expect(result.identity[0]?.statements[0]).toMatchObject({
      status: 'skipped',
      skipReason: 'legacy operator `IsNull` is not evaluated (replaced by `Null`)',
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'STATEMENT_SKIPPED', policyId: 'broken' }),
    ]);
  });

  it('reports the policies model, or none when they mix models', () => {
    const legacy = {
      id: 'old',
      text: JSON.stringify({
        Version: '1.1',
        Statement: [{ Effect: 'Allow', Action: ['ecs:*:*'] }],
      }),
    };
    expect(
      evaluateRequest({
        identityPolicies: [legacy],
        scps: [],
        request: { action: 'ecs:servers:list' },
      }).model,
    ).toBe('1.1');
    expect(
      evaluateRequest({
        identityPolicies: [legacy, identity],
        scps: [],
        request: { action: 'ecs:servers:list' },
      }).model,
    ).toBeNull();
  });

  it('returns plain data that survives a JSON round trip', () => {
    const result = evaluateRequest({
      identityPolicies: [identity],
      scps,
      request: { action: 'ecs:cloudServers:delete' },
      options: { unknownContext: true },
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.decision).toBe('conditional');
    expect(result.residualSentences).toEqual([
      'allowed only if g:EnterpriseProjectId is 0',
      'denied if the resource matches ecs:*:*:instance:prod-*',
    ]);
  });
});

describe('evaluateRequest assumptions of date comparisons', () => {
  const policy = (deadline: string): PolicyInput =>
    doc('dates', [
      {
        Effect: 'Allow',
        Action: ['*'],
        Condition: { DateLessThan: { 'g:CurrentTime': [deadline] } },
      },
    ]);

  it.each([
    ['2026-01-01T00:00:00', true],
    ['2026-01-01', true],
    ['2026-01-01T00:00:00Z', false],
    ['2026-01-01T08:00:00+08:00', false],
  ])('policy date `%s` lists date-without-zone-utc: %s', (deadline, listed) => {
    const result = evaluateRequest({
      identityPolicies: [policy(deadline)],
      scps: [],
      request: {
        action: 'obs:bucket:listBucket',
        context: { 'g:CurrentTime': '2025-12-31T23:00:00Z' },
      },
    });
    expect(result.decision).toBe('allow');
    expect(result.assumptions.includes('date-without-zone-utc')).toBe(listed);
    expect(
      result.identity[0]?.statements[0]?.conditions[0]?.assumptions.includes(
        'date-without-zone-utc',
      ),
    ).toBe(listed);
  });
});

describe('the assumptions a decision lists', () => {
  // Each statement rests on an assumption of its own: a date without a zone, `?` in a resource.
  const policy = doc('mixed', [
    {
      Effect: 'Allow',
      Action: ['obs:*:*'],
      Condition: { DateLessThan: { 'g:CurrentTime': ['2026-01-01'] } },
    },
    { Effect: 'Allow', Action: ['ecs:*:get*'], Resource: ['ecs:*:*:instance:web-?'] },
  ]);
  const input = (action: string) => ({
    identityPolicies: [policy],
    scps: [],
    request: { action, context: { 'g:CurrentTime': '2025-12-31T23:00:00Z' } },
  });

  it.each([
    ['obs:bucket:listBucket', ['date-without-zone-utc']],
    ['ecs:cloudServers:getServer', ['question-mark-wildcard']],
    ['evs:volumes:list', []],
  ])(
    '`%s` lists those of the statements its action reaches, and so does --batch',
    (action, expected) => {
      const explained = evaluateRequest(input(action));
      expect(explained.assumptions).toEqual(expected);
      // Per statement the explanation still lists everything each one rests on.
      expect(explained.identity[0]?.statements.flatMap((s) => s.assumptions)).toEqual([
        'date-without-zone-utc',
        'question-mark-wildcard',
      ]);
      const set = compilePolicySet(input(action));
      expect(decideWithAssumptions(set, input(action).request).assumptions).toEqual(expected);
    },
  );
});
