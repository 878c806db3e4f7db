import { describe, expect, it } from 'vitest';
import { FULL_ACCESS_SCP_ID, type ScpChain } from '../../../stores/scenario-model';
import { chainWithActiveScp, describeTarget, evaluationTarget } from './evaluation-target';
import type { DraftLike } from './policy-set';

const drafts: DraftLike[] = [
  { id: 'a', name: 'Readers', policyType: 'identity', text: '{}' },
  { id: 's', name: 'No sharing', policyType: 'scp', text: '{"Statement": []}' },
  { id: 'b', name: 'Writers', policyType: 'identity', text: '{}' },
];
const chain: ScpChain = {
  governed: true,
  levels: [
    { name: 'Root', scpIds: [FULL_ACCESS_SCP_ID] },
    { name: 'Account', scpIds: [FULL_ACCESS_SCP_ID] },
  ],
};
const ids = (target: { identityDrafts: DraftLike[] }) => target.identityDrafts.map((d) => d.id);

describe('evaluation target', () => {
  it('follows the active identity draft when nothing is pinned', () => {
    const target = evaluationTarget(drafts, null, 'b', 'a');
    expect([ids(target), target.reason, target.activeScp]).toEqual([['b'], 'active', null]);
  });

  it('evaluates an active SCP draft against the identity draft last active, else the first', () => {
    const last = evaluationTarget(drafts, null, 's', 'b');
    expect([ids(last), last.reason, last.activeScp?.id]).toEqual([['b'], 'scp-active', 's']);
    const first = evaluationTarget(drafts, null, 's', 'deleted');
    expect(ids(first)).toEqual(['a']);
  });

  it('keeps pinned drafts, in workspace order, whichever draft is active', () => {
    const target = evaluationTarget(drafts, ['b', 'gone', 's', 'a'], 's', null);
    expect([ids(target), target.reason, target.activeScp]).toEqual([['a', 'b'], 'pinned', null]);
  });

  it('has nothing to evaluate without an identity draft', () => {
    const scpOnly = drafts.filter((d) => d.policyType === 'scp');
    expect(evaluationTarget(scpOnly, null, 's', null).reason).toBe('none');
    expect(evaluationTarget(drafts, null, null, 'a').reason).toBe('none');
  });

  it('adds the active SCP draft as a level of its own unless the chain attaches it', () => {
    const scp = drafts[1] ?? null;
    expect(chainWithActiveScp(chain, scp).levels).toEqual([
      ...chain.levels,
      { name: 'No sharing (active draft)', scpIds: ['s'] },
    ]);
    const attached = { governed: true, levels: [{ name: 'Root', scpIds: ['s'] }] };
    expect(chainWithActiveScp(attached, scp)).toBe(attached);
    expect(chainWithActiveScp({ governed: false, levels: [] }, scp)).toEqual({
      governed: true,
      levels: [{ name: 'No sharing (active draft)', scpIds: ['s'] }],
    });
    expect(chainWithActiveScp(chain, null)).toBe(chain);
  });

  it('names what is evaluated, under which chain and why', () => {
    const withScp = chainWithActiveScp(chain, drafts[1] ?? null);
    expect(describeTarget(evaluationTarget(drafts, null, 'a', null), chain)).toBe(
      'Evaluating “Readers”, the active draft, under the SCPs of Root → Account',
    );
    expect(describeTarget(evaluationTarget(drafts, ['a', 'b'], 'a', null), chain)).toBe(
      'Evaluating “Readers”, “Writers” (pinned under Inputs) under the SCPs of Root → Account',
    );
    expect(describeTarget(evaluationTarget(drafts, null, 's', 'b'), withScp)).toBe(
      'Evaluating “Writers” under the SCPs of Root → Account → No sharing (active draft), following the active SCP draft',
    );
    expect(
      describeTarget(evaluationTarget(drafts, null, 'a', null), { governed: false, levels: [] }),
    ).toBe('Evaluating “Readers”, the active draft, not governed by SCPs');
    expect(describeTarget(evaluationTarget(drafts, ['gone'], 'a', null), chain)).toBe(
      'No identity draft chosen under Inputs',
    );
    expect(describeTarget(evaluationTarget(drafts, null, null, null), chain)).toBe(
      'No identity draft to evaluate',
    );
  });
});
