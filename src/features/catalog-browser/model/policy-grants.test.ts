import { describe, expect, it } from 'vitest';
import { findGrantingPolicies } from './policy-grants';
import { systemPolicy as policy } from './testing/fixture-catalogs';

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
