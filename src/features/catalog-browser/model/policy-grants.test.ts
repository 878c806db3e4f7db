import { describe, expect, it } from 'vitest';
import type { SystemPolicy } from '../../../catalog';
import { findGrantingPolicies } from './policy-grants';

const policy = (id: string, model: '5.0' | '1.1', Statement: object[]): SystemPolicy => ({
  id,
  name: id,
  kind: 'policy',
  policyType: 'identity',
  model,
  description: '',
  document: { Version: model, Statement },
  provenance: 'documented',
});

const share = { name: 'ims:images:share', aliases: ['ims:image:share'] };

describe('findGrantingPolicies', () => {
  it('names each Allow statement by number and Sid with the pattern that reaches the action', () => {
    const policies = [
      policy('Sharers', '5.0', [
        { Effect: 'Deny', Action: ['ims:*'] },
        { Sid: 'Share', Effect: 'Allow', Action: ['ecs:*:get', 'ims:images:*'] },
        { Effect: 'Allow', Action: 'ims:image:share' },
      ]),
      policy('Legacy', '1.1', [{ Effect: 'Allow', Action: ['ims:*:*'] }]),
    ];
    expect(findGrantingPolicies(policies, '5.0', share)).toEqual([
      {
        policyId: 'Sharers',
        policyName: 'Sharers',
        kind: 'policy',
        statementIndex: 1,
        sid: 'Share',
        pattern: 'ims:images:*',
      },
      {
        policyId: 'Sharers',
        policyName: 'Sharers',
        kind: 'policy',
        statementIndex: 2,
        sid: null,
        pattern: 'ims:image:share',
      },
    ]);
  });
});
