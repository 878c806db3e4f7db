import { describe, expect, it } from 'vitest';
import {
  bundleEvaluation,
  evaluatorSettingsOf,
  hostileBundleText,
  readWorkspaceBundle,
  remapEvaluation,
  toBundleEnvelope,
} from './workspace-bundle';
import type { BundleEvaluation, EvaluationState, WorkspaceBundle } from './workspace-bundle';

const text = '{"Version":"5.0","Statement":[]}';
const drafts = [
  { id: 'a', name: 'Image readers', policyType: 'identity' as const, text },
  { id: 'b', name: 'Image writers', policyType: 'identity' as const, text },
  { id: 'g', name: 'No sharing', policyType: 'scp' as const, text },
];
const base: WorkspaceBundle = {
  drafts,
  expectations: {},
  scpChain: { governed: true, levels: [{ name: 'Account', scpIds: ['scp-fullaccess', 'g'] }] },
  context: { 'g:RequestedRegion': 'cn-north-4' },
};
const evaluation: BundleEvaluation = {
  activeDraftId: 'g',
  lastIdentityDraftId: 'b',
  identityDraftIds: ['a', 'b'],
  unknownContext: false,
  services: ['ims', 'ecs'],
  resourceScope: { region: 'cn-north-4', accountId: 'acct1', resourceId: 'img-1' },
};

/** The bundle as a file or link carries it, read back (as JSON, like every reader sees it). */
function readBack(bundle: object) {
  const read = readWorkspaceBundle(
    JSON.parse(JSON.stringify({ ...toBundleEnvelope('share', base), ...bundle })),
    'share',
  );
  if (!read.ok) throw new Error(read.problems.join('; '));
  return read.bundle;
}
/** The evaluation part read from a bundle carrying `part` as it. */
const readPart = (part: unknown) => readBack({ evaluation: part }).evaluation;

describe('the evaluation part of a bundle', () => {
  it('round-trips every setting with the rest of the bundle', () => {
    expect(readBack({ evaluation })).toEqual({ ...base, evaluation });
    const following = { ...evaluation, identityDraftIds: null, services: null };
    expect(readPart(following)).toEqual(following);
  });

  it('is absent from a bundle made before it travelled, which reads as before', () => {
    const old = readBack({});
    expect(old).toEqual(base);
    expect('evaluation' in old).toBe(false);
  });

  it('keeps every readable setting and leaves out each one that is not, never refusing the bundle', () => {
    expect(
      readPart({
        ...evaluation,
        unknownContext: 'yes',
        services: ['ims', 42],
        resourceScope: { region: 'cn-north-4', accountId: 7, resourceId: 'x'.repeat(301) },
        surprise: '<b>',
      }),
    ).toEqual({
      activeDraftId: 'g',
      lastIdentityDraftId: 'b',
      identityDraftIds: ['a', 'b'],
      resourceScope: { region: 'cn-north-4', accountId: '', resourceId: '' },
    });
    expect(readPart({ resourceScope: { region: 'eu-west-0' } })).toEqual({
      resourceScope: { region: 'eu-west-0', accountId: '', resourceId: '' },
    });
    expect(readPart({ identityDraftIds: 'a', services: { ims: true }, resourceScope: [] })).toEqual(
      {},
    );
    for (const junk of ['evaluation', 42, [evaluation], null])
      expect(readPart(junk)).toBeUndefined();
  });

  it('keeps draft ids only of drafts the bundle carries, and a pin only when one of its drafts is', () => {
    expect(
      readPart({
        activeDraftId: 'gone',
        lastIdentityDraftId: 3,
        identityDraftIds: ['a', 'gone', 'a'],
      }),
    ).toEqual({ identityDraftIds: ['a'] });
    expect(readPart({ identityDraftIds: ['gone'] })).toEqual({});
    // Pinned to none: the sender's matrix evaluated nothing, and so does the recipient's.
    expect(readPart({ identityDraftIds: [] })).toEqual({ identityDraftIds: [] });
  });

  it('refuses a bundle whose resource scope or services look like markup, as it refuses such names', () => {
    const hostile = (part: BundleEvaluation) => hostileBundleText({ ...base, evaluation: part });
    expect(hostile(evaluation)).toBeNull();
    expect(
      hostile({
        resourceScope: { region: '', accountId: '<img src=x onerror=alert(1)>', resourceId: '' },
      }),
    ).toBe('its resource scope holds text that looks like markup or script');
    expect(hostile({ resourceScope: { region: 'cn\u202e', accountId: '', resourceId: '' } })).toBe(
      'its resource scope holds text that looks like markup or script',
    );
    expect(hostile({ services: ['ims', 'javascript:alert(1)'] })).toBe(
      'it names a service that looks like markup or script',
    );
  });
});

describe('writing the evaluation part', () => {
  const state: EvaluationState = {
    activeDraftId: 'g',
    lastIdentityDraftId: 'b',
    identityDraftIds: ['a', 'b'],
    unknownContext: false,
    services: ['ims'],
    resourceScope: { region: 'cn-north-4', accountId: '', resourceId: '' },
  };

  it('carries the settings and the drafts evaluated, by their ids in the bundle', () => {
    expect(bundleEvaluation(drafts, state)).toEqual({
      activeDraftId: 'g',
      lastIdentityDraftId: 'b',
      identityDraftIds: ['a', 'b'],
      unknownContext: false,
      services: ['ims'],
      resourceScope: state.resourceScope,
    });
  });

  it('leaves out drafts a link does not carry; a pin of none of them follows the active draft', () => {
    const onlyA = drafts.slice(0, 1);
    expect(bundleEvaluation(onlyA, { ...state, activeDraftId: 'a' })).toMatchObject({
      activeDraftId: 'a',
      identityDraftIds: ['a'],
    });
    const onlyB = bundleEvaluation(drafts.slice(1, 2), { ...state, identityDraftIds: ['a'] });
    expect(onlyB).not.toHaveProperty('activeDraftId');
    expect(onlyB).toMatchObject({ lastIdentityDraftId: 'b', identityDraftIds: null });
    expect(bundleEvaluation(onlyA, { ...state, identityDraftIds: [] }).identityDraftIds).toEqual(
      [],
    );
    expect(bundleEvaluation(onlyA, { ...state, identityDraftIds: null }).identityDraftIds).toBe(
      null,
    );
  });
});

describe('remapping the evaluation part', () => {
  it('points its draft ids at the ids the drafts got here, leaving out drafts not added', () => {
    const ids = new Map([
      ['a', 'a2'],
      ['g', 'g2'],
    ]);
    expect(remapEvaluation(evaluation, ids)).toEqual({
      activeDraftId: 'g2',
      identityDraftIds: ['a2'],
      unknownContext: false,
      services: ['ims', 'ecs'],
      resourceScope: evaluation.resourceScope,
    });
    expect(remapEvaluation({ identityDraftIds: null }, ids)).toEqual({ identityDraftIds: null });
    expect(remapEvaluation({}, ids)).toEqual({});
  });

  it('gives the evaluator only the settings the part carries', () => {
    expect(evaluatorSettingsOf({ unknownContext: true, activeDraftId: 'a' })).toEqual({
      unknownContext: true,
    });
    expect(evaluatorSettingsOf(evaluation)).toEqual({
      identityDraftIds: ['a', 'b'],
      unknownContext: false,
      services: ['ims', 'ecs'],
      resourceScope: evaluation.resourceScope,
    });
  });
});
