// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Expectation } from '../expectations';
import { useDraftsStore } from './drafts-store';
import { useEvaluatorStore } from './evaluator-store';
import { applyBundleEvaluation, importBundleDrafts } from './import-bundle';

const text = '{"Version":"5.0","Statement":[]}';
const expectation = (id: string, action: string): Expectation => ({
  id,
  target: { kind: 'action', action },
  expect: 'denied',
});

beforeEach(() => {
  localStorage.clear();
  useDraftsStore.setState(useDraftsStore.getInitialState(), true);
  useEvaluatorStore.setState(useEvaluatorStore.getInitialState(), true);
});

describe('importing a bundle', () => {
  it('adds the drafts with their expectations under the new ids, leaving the user’s own alone', () => {
    // The user's own draft has the id the bundle's draft had where it came from.
    useDraftsStore.setState({
      drafts: [{ id: 'a', name: 'Mine', policyType: 'identity', text }],
    });
    const mine = [expectation('m1', 'ims:images:get')];
    useEvaluatorStore.setState({ expectations: { a: mine } });

    const shared = [expectation('e1', 'ims:images:delete'), expectation('e2', 'ims:images:share')];
    const imported = importBundleDrafts({
      drafts: [
        { id: 'a', name: 'Shared', policyType: 'identity', text },
        { id: 'b', name: 'Guardrail', policyType: 'scp', text },
      ],
      expectations: { a: shared },
      scpChain: { governed: true, levels: [{ name: 'Account', scpIds: ['b'] }] },
      context: null,
    });

    const drafts = useDraftsStore.getState().drafts;
    const newId = drafts.find((d) => d.name === 'Shared')?.id ?? '';
    expect(newId).not.toBe('a');
    expect(useEvaluatorStore.getState().expectations).toEqual({ a: mine, [newId]: shared });
    expect(imported.expectationCount).toBe(2);
    expect(imported.names).toEqual(['Shared', 'Guardrail']);
    const guardrailId = drafts.find((d) => d.name === 'Guardrail')?.id;
    expect(imported.scenario.scpChain?.levels[0]?.scpIds).toEqual([guardrailId]);
  });

  it('adds nothing to the expectations when the bundle carries none', () => {
    const imported = importBundleDrafts({
      drafts: [{ id: 'a', name: 'Shared', policyType: 'identity', text }],
      expectations: {},
      scpChain: null,
      context: null,
    });
    expect(imported.expectationCount).toBe(0);
    expect(useEvaluatorStore.getState().expectations).toEqual({});
  });

  it('opening the same bundle again adds no duplicate, and its SCP chain points at the drafts already here', () => {
    const bundle = {
      drafts: [
        { id: 'a', name: 'Shared', policyType: 'identity' as const, text },
        { id: 'b', name: 'Guardrail', policyType: 'scp' as const, text },
      ],
      expectations: {},
      scpChain: { governed: true, levels: [{ name: 'Account', scpIds: ['b'] }] },
      context: null,
    };
    importBundleDrafts(bundle);
    const again = importBundleDrafts(bundle);
    const drafts = useDraftsStore.getState().drafts;
    expect(drafts.map((d) => d.name)).toEqual(['Shared', 'Guardrail']);
    expect(again.names).toEqual([]);
    expect(again.alreadyPresent).toEqual(['Shared', 'Guardrail']);
    expect(again.scenario.scpChain?.levels[0]?.scpIds).toEqual([
      drafts.find((d) => d.name === 'Guardrail')?.id,
    ]);
  });

  it('returns its evaluator settings pointing at the new drafts, applied only when asked', () => {
    useDraftsStore.setState({
      drafts: [{ id: 'a', name: 'Mine', policyType: 'identity', text }],
      activeDraftId: 'a',
    });
    const imported = importBundleDrafts({
      drafts: [
        { id: 'a', name: 'Shared', policyType: 'identity', text },
        { id: 'b', name: 'Guardrail', policyType: 'scp', text },
      ],
      expectations: {},
      scpChain: null,
      context: null,
      evaluation: {
        activeDraftId: 'b',
        lastIdentityDraftId: 'a',
        identityDraftIds: ['a'],
        resourceScope: { region: 'cn-north-4', accountId: '', resourceId: '' },
      },
    });
    const idOf = (name: string) =>
      useDraftsStore.getState().drafts.find((d) => d.name === name)?.id ?? '';
    expect(imported.evaluation).toEqual({
      activeDraftId: idOf('Guardrail'),
      lastIdentityDraftId: idOf('Shared'),
      identityDraftIds: [idOf('Shared')],
      resourceScope: { region: 'cn-north-4', accountId: '', resourceId: '' },
    });
    // Not applied yet: the user's settings are theirs until they choose.
    expect(useEvaluatorStore.getState().identityDraftIds).toBeNull();

    applyBundleEvaluation(imported.evaluation ?? {});
    expect(useDraftsStore.getState().activeDraftId).toBe(idOf('Guardrail'));
    expect(useEvaluatorStore.getState()).toMatchObject({
      identityDraftIds: [idOf('Shared')],
      lastIdentityDraftId: idOf('Shared'),
      resourceScope: { region: 'cn-north-4' },
      // Not carried: left as they were.
      unknownContext: true,
      services: null,
    });
  });
});
