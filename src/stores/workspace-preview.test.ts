// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Expectation } from '../expectations';
import { DRAFTS_STORAGE_KEY, useDraftsStore } from './drafts-store';
import { useEvaluatorStore } from './evaluator-store';
import { isWorkspaceSavingSuspended } from './persistence/guarded-storage';
import { defaultScpChain } from './scenario-model';
import { useScenarioStore } from './scenario-store';
import { useUiStore } from './ui-store';
import {
  closeWorkspacePreview,
  keepWorkspacePreview,
  openWorkspacePreview,
  previewChanged,
  useWorkspacePreviewStore,
  workspaceOf,
} from './workspace-preview';
import type { WorkspaceBundle } from './workspace-bundle';

const text = (action: string) =>
  JSON.stringify({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: [action] }] });
const expectation = (id: string, action: string): Expectation => ({
  id,
  target: { kind: 'action', action },
  expect: 'allowed',
});

/** A link as the sender made it: the ids are theirs, and one clashes with the user's own draft. */
const link: WorkspaceBundle = {
  drafts: [
    { id: 'mine', name: 'Image readers', policyType: 'identity', text: text('ims:images:get') },
    { id: 'guard', name: 'No sharing', policyType: 'scp', text: text('ims:images:share') },
  ],
  expectations: { mine: [expectation('e1', 'ims:images:get')] },
  scpChain: { governed: true, levels: [{ name: 'Account', scpIds: ['scp-fullaccess', 'guard'] }] },
  context: { 'g:PrincipalAccount': 'masked-account-1' },
};

/** The same link, made by a sender who pinned a draft, scoped the resources and chose services. */
const evaluatedLink: WorkspaceBundle = {
  ...link,
  drafts: [
    ...link.drafts,
    { id: 'writers', name: 'Image writers', policyType: 'identity', text: text('ims:images:*') },
  ],
  evaluation: {
    activeDraftId: 'guard',
    lastIdentityDraftId: 'writers',
    identityDraftIds: ['writers'],
    unknownContext: false,
    services: ['ims'],
    resourceScope: { region: 'cn-north-4', accountId: 'masked-account-1', resourceId: '' },
  },
};

const drafts = () => useDraftsStore.getState().drafts;
const idOf = (name: string) => drafts().find((d) => d.name === name)?.id ?? '';
/** The evaluator settings a bundle's evaluation part carries, as the store holds them. */
const evaluatorSettings = () => {
  const { identityDraftIds, unknownContext, services, resourceScope, lastIdentityDraftId } =
    useEvaluatorStore.getState();
  return { identityDraftIds, unknownContext, services, resourceScope, lastIdentityDraftId };
};
const names = () => drafts().map((d) => d.name);
const savedStorage = () => ({ ...localStorage });

/** The user's own workspace, saved: one draft with an expectation, their own SCP chain. */
function ownWorkspace() {
  const id = useDraftsStore.getState().createDraft({ name: 'My own', text: text('ecs:*:*') });
  useEvaluatorStore.getState().addExpectation(id, expectation('m1', 'ecs:servers:list'));
  useEvaluatorStore.getState().setUnknownContext(false);
  useScenarioStore.getState().setScpChain({ governed: false, levels: [] });
  useScenarioStore.getState().setContext({ 'g:RequestedRegion': 'cn-north-4' });
  return id;
}

beforeEach(() => {
  localStorage.clear();
  useWorkspacePreviewStore.setState({ preview: null });
  useDraftsStore.setState(useDraftsStore.getInitialState(), true);
  useScenarioStore.setState(useScenarioStore.getInitialState(), true);
  useEvaluatorStore.setState(useEvaluatorStore.getInitialState(), true);
});

afterEach(() => {
  closeWorkspacePreview();
  vi.restoreAllMocks();
});

describe('previewing a shared workspace', () => {
  it('shows the link’s drafts, chain, context and expectations in place of the user’s own', () => {
    ownWorkspace();
    openWorkspacePreview('#share=a', link);

    expect(names()).toEqual(['Image readers', 'No sharing']);
    const [readers, guard] = drafts();
    // Ids of its own: the link's `mine` is not the user's draft of the same id.
    expect(readers?.id).not.toBe('mine');
    expect(useDraftsStore.getState().activeDraftId).toBe(readers?.id);
    expect(useScenarioStore.getState().scpChain).toEqual({
      governed: true,
      levels: [{ name: 'Account', scpIds: ['scp-fullaccess', guard?.id] }],
    });
    expect(useScenarioStore.getState().context).toEqual(link.context);
    expect(useEvaluatorStore.getState().expectations).toEqual({
      [readers?.id ?? '']: link.expectations.mine,
    });
    // The evaluator's other settings are a fresh workspace's, not the user's.
    expect(useEvaluatorStore.getState().unknownContext).toBe(true);
  });

  it('writes nothing to storage while it is open, whatever is edited', () => {
    ownWorkspace();
    const before = savedStorage();
    openWorkspacePreview('#share=a', link);
    expect(isWorkspaceSavingSuspended()).toBe(true);
    const id = drafts()[0]?.id ?? '';
    useDraftsStore.getState().updateDraftText(id, text('ims:*:*'));
    useDraftsStore.getState().createDraft({ name: 'Another' });
    useScenarioStore.getState().setScpChain(defaultScpChain());
    useEvaluatorStore.getState().addExpectation(id, expectation('e9', 'ims:images:list'));
    expect(savedStorage()).toEqual(before);
  });

  it('activates the first identity draft, which the evaluator follows, and starts from the default chain without one', () => {
    openWorkspacePreview('#share=b', {
      ...link,
      drafts: [link.drafts[1], link.drafts[0]].flatMap((d) => (d ? [d] : [])),
      scpChain: null,
      context: null,
    });
    expect(drafts().find((d) => d.id === useDraftsStore.getState().activeDraftId)?.name).toBe(
      'Image readers',
    );
    expect(useScenarioStore.getState().scpChain).toEqual(defaultScpChain());
    expect(useScenarioStore.getState().context).toEqual({});
  });

  it('applies the sender’s evaluator settings: active draft, pin, resource scope, “any request” and services', () => {
    ownWorkspace();
    useEvaluatorStore
      .getState()
      .setResourceScope({ region: 'mine', accountId: '', resourceId: '' });
    openWorkspacePreview('#share=e', evaluatedLink);

    expect(useDraftsStore.getState().activeDraftId).toBe(idOf('No sharing'));
    expect(evaluatorSettings()).toEqual({
      identityDraftIds: [idOf('Image writers')],
      lastIdentityDraftId: idOf('Image writers'),
      unknownContext: false,
      services: ['ims'],
      resourceScope: evaluatedLink.evaluation?.resourceScope,
    });
  });

  it('takes each setting a link does not carry from a fresh workspace, not from the user’s', () => {
    ownWorkspace();
    useEvaluatorStore.getState().setServices(['ecs']);
    useEvaluatorStore.getState().setLastIdentityDraftId('mine');
    openWorkspacePreview('#share=p', {
      ...link,
      evaluation: { resourceScope: evaluatedLink.evaluation?.resourceScope },
    });
    expect(useDraftsStore.getState().activeDraftId).toBe(idOf('Image readers'));
    expect(evaluatorSettings()).toEqual({
      identityDraftIds: null,
      lastIdentityDraftId: null,
      unknownContext: true,
      services: null,
      resourceScope: evaluatedLink.evaluation?.resourceScope,
    });
  });

  it('opens a link made before the settings travelled as it did then: all of them a fresh workspace’s', () => {
    ownWorkspace();
    useEvaluatorStore.getState().setIdentityDraftIds([]);
    openWorkspacePreview('#share=a', link);
    expect(evaluatorSettings()).toEqual({
      identityDraftIds: null,
      lastIdentityDraftId: null,
      unknownContext: true,
      services: null,
      resourceScope: { region: '', accountId: '', resourceId: '' },
    });
  });

  it('opening the same link again changes nothing, edits included', () => {
    openWorkspacePreview('#share=a', link);
    const id = drafts()[0]?.id ?? '';
    useDraftsStore.getState().updateDraftText(id, text('ims:*:*'));
    openWorkspacePreview('#share=a', link);
    expect(drafts()[0]).toMatchObject({ id, text: text('ims:*:*') });
  });
});

describe('closing the preview', () => {
  it('brings the user’s workspace back exactly as it was, and saving resumes', () => {
    const mine = ownWorkspace();
    const own = {
      drafts: useDraftsStore.getState(),
      scenario: useScenarioStore.getState(),
      evaluator: useEvaluatorStore.getState(),
    };
    const before = savedStorage();
    openWorkspacePreview('#share=a', link);
    useDraftsStore.getState().createDraft({ name: 'Made during the preview' });
    closeWorkspacePreview();

    expect(useDraftsStore.getState()).toEqual(own.drafts);
    expect(useScenarioStore.getState()).toEqual(own.scenario);
    expect(useEvaluatorStore.getState()).toEqual(own.evaluator);
    expect(useWorkspacePreviewStore.getState().preview).toBeNull();
    expect(savedStorage()).toEqual(before);

    useDraftsStore.getState().updateDraftText(mine, text('ecs:servers:*'));
    expect(localStorage.getItem(DRAFTS_STORAGE_KEY)).toContain('ecs:servers:*');
  });

  it('keeps changes the user could not save (a full storage) through the preview', () => {
    const mine = ownWorkspace();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useDraftsStore.getState().updateDraftText(mine, text('ecs:unsaved:*'));
    expect(localStorage.getItem(DRAFTS_STORAGE_KEY)).not.toContain('ecs:unsaved:*');
    openWorkspacePreview('#share=a', link);
    closeWorkspacePreview();
    expect(drafts()).toEqual([expect.objectContaining({ id: mine, text: text('ecs:unsaved:*') })]);
  });

  it('takes in what another tab saved meanwhile, which it ignored while the preview was open', () => {
    const mine = ownWorkspace();
    openWorkspacePreview('#share=a', link);
    // Another tab of the same browser adds a draft and saves.
    const saved = JSON.parse(localStorage.getItem(DRAFTS_STORAGE_KEY) ?? '{}');
    saved.state.drafts.push({
      id: 'other',
      name: 'From the other tab',
      policyType: 'scp',
      text: '{}',
    });
    const newValue = JSON.stringify(saved);
    localStorage.setItem(DRAFTS_STORAGE_KEY, newValue);
    dispatchEvent(new StorageEvent('storage', { key: DRAFTS_STORAGE_KEY, newValue }));
    expect(names()).toEqual(['Image readers', 'No sharing']);

    closeWorkspacePreview();
    expect(names()).toEqual(['My own', 'From the other tab']);
    expect(useDraftsStore.getState().activeDraftId).toBe(mine);
  });

  it('brings the user’s own evaluator settings back after a link that carried the sender’s', () => {
    const mine = ownWorkspace();
    useEvaluatorStore.getState().setIdentityDraftIds([mine]);
    useEvaluatorStore.getState().setLastIdentityDraftId(mine);
    useEvaluatorStore
      .getState()
      .setResourceScope({ region: 'eu', accountId: 'a', resourceId: 'r' });
    const own = useEvaluatorStore.getState();
    const before = savedStorage();
    openWorkspacePreview('#share=e', evaluatedLink);
    useEvaluatorStore.getState().setServices(['ecs']);
    closeWorkspacePreview();
    expect(useEvaluatorStore.getState()).toEqual(own);
    expect(useDraftsStore.getState().activeDraftId).toBe(mine);
    expect(savedStorage()).toEqual(before);
  });

  it('opening another link replaces the preview, and closing still returns the user’s own', () => {
    ownWorkspace();
    openWorkspacePreview('#share=a', link);
    openWorkspacePreview('#share=b', { ...link, drafts: link.drafts.slice(1), expectations: {} });
    expect(names()).toEqual(['No sharing']);
    closeWorkspacePreview();
    expect(names()).toEqual(['My own']);
  });
});

describe('keeping the preview', () => {
  it('adds its drafts beside the user’s with their expectations, and applies its chain and context', () => {
    const mine = ownWorkspace();
    const ownExpectations = useEvaluatorStore.getState().expectations[mine];
    openWorkspacePreview('#share=a', link);
    const kept = keepWorkspacePreview();

    expect(kept?.names).toEqual(['Image readers', 'No sharing']);
    expect(names()).toEqual(['My own', 'Image readers', 'No sharing']);
    const byName = (name: string) => drafts().find((d) => d.name === name)?.id ?? '';
    expect(useEvaluatorStore.getState().expectations).toEqual({
      [mine]: ownExpectations,
      [byName('Image readers')]: link.expectations.mine,
    });
    expect(useScenarioStore.getState().scpChain.levels[0]?.scpIds).toEqual([
      'scp-fullaccess',
      byName('No sharing'),
    ]);
    expect(useScenarioStore.getState().context).toEqual(link.context);
    // The user's other evaluator settings are theirs again.
    expect(useEvaluatorStore.getState().unknownContext).toBe(false);
    // And it is all saved.
    expect(localStorage.getItem(DRAFTS_STORAGE_KEY)).toContain('No sharing');
    expect(useWorkspacePreviewStore.getState().preview).toBeNull();
  });

  it('applies the link’s evaluator settings as the preview has them, pointing at the kept drafts', () => {
    const mine = ownWorkspace();
    useEvaluatorStore
      .getState()
      .setResourceScope({ region: 'eu', accountId: 'a', resourceId: 'r' });
    openWorkspacePreview('#share=e', evaluatedLink);
    // Changed in the preview: the kept settings are the ones on screen.
    useEvaluatorStore.getState().setServices(['ims', 'ecs']);
    const kept = keepWorkspacePreview();

    expect(names()).toEqual(['My own', 'Image readers', 'No sharing', 'Image writers']);
    expect(useDraftsStore.getState().activeDraftId).toBe(idOf('No sharing'));
    expect(evaluatorSettings()).toEqual({
      identityDraftIds: [idOf('Image writers')],
      lastIdentityDraftId: idOf('Image writers'),
      unknownContext: false,
      services: ['ims', 'ecs'],
      resourceScope: evaluatedLink.evaluation?.resourceScope,
    });
    expect(kept?.evaluation).toBeDefined();
    expect(useEvaluatorStore.getState().expectations[mine]).toHaveLength(1);
    expect(localStorage.getItem('policy-workbench:evaluator')).toContain('masked-account-1');
  });

  it('points the settings at the drafts already here when the same link is kept again', () => {
    ownWorkspace();
    openWorkspacePreview('#share=e', evaluatedLink);
    keepWorkspacePreview();
    const writers = idOf('Image writers');
    useEvaluatorStore.getState().setIdentityDraftIds(null);
    openWorkspacePreview('#share=e', evaluatedLink);
    keepWorkspacePreview();
    expect(drafts()).toHaveLength(4);
    expect(useEvaluatorStore.getState().identityDraftIds).toEqual([writers]);
  });

  it('leaves the user’s own evaluator settings when the link carried none', () => {
    ownWorkspace();
    useEvaluatorStore.getState().setServices(['ecs']);
    openWorkspacePreview('#share=a', link);
    const kept = keepWorkspacePreview();
    expect(kept?.evaluation).toBeUndefined();
    expect(useEvaluatorStore.getState().services).toEqual(['ecs']);
    expect(useEvaluatorStore.getState().unknownContext).toBe(false);
  });

  it('keeps the drafts as edited during the preview', () => {
    openWorkspacePreview('#share=a', link);
    const id = drafts()[0]?.id ?? '';
    useDraftsStore.getState().updateDraftText(id, text('ims:*:*'));
    keepWorkspacePreview();
    expect(drafts()[0]).toMatchObject({ name: 'Image readers', text: text('ims:*:*') });
  });

  it('never adds the same drafts twice, however often the link is opened and kept', () => {
    ownWorkspace();
    openWorkspacePreview('#share=a', link);
    keepWorkspacePreview();
    openWorkspacePreview('#share=a', link);
    const again = keepWorkspacePreview();
    expect(again?.names).toEqual([]);
    expect(again?.alreadyPresent).toEqual(['Image readers', 'No sharing']);
    expect(names()).toEqual(['My own', 'Image readers', 'No sharing']);
    expect(Object.values(useEvaluatorStore.getState().expectations).flat()).toHaveLength(2);
  });

  it('does nothing without a preview', () => {
    ownWorkspace();
    expect(keepWorkspacePreview()).toBeNull();
    expect(names()).toEqual(['My own']);
  });
});

describe('telling whether the preview was changed', () => {
  const parts = () => ({
    drafts: drafts(),
    expectations: useEvaluatorStore.getState().expectations,
    scpChain: useScenarioStore.getState().scpChain,
    context: useScenarioStore.getState().context,
  });

  it('is unchanged as opened, and changed by an edit, a new draft, a chain, a context or an expectation', () => {
    openWorkspacePreview('#share=a', link);
    const opened = workspaceOf(parts());
    expect(previewChanged(opened, parts())).toBe(false);
    const id = drafts()[0]?.id ?? '';
    const edits: (() => void)[] = [
      () => useDraftsStore.getState().updateDraftText(id, text('ims:*:*')),
      () => useDraftsStore.getState().createDraft(),
      () => useScenarioStore.getState().setScpChain(defaultScpChain()),
      () => useScenarioStore.getState().setContext({}),
      () => useEvaluatorStore.getState().addExpectation(id, expectation('x', 'ims:images:list')),
    ];
    for (const edit of edits) {
      const { drafts: d, expectations } = {
        drafts: drafts(),
        expectations: useEvaluatorStore.getState().expectations,
      };
      const { scpChain, context } = useScenarioStore.getState();
      edit();
      expect(previewChanged(opened, parts())).toBe(true);
      useDraftsStore.setState({ drafts: d });
      useEvaluatorStore.setState({ expectations });
      useScenarioStore.setState({ scpChain, context });
      expect(previewChanged(opened, parts())).toBe(false);
    }
  });

  it('ignores the caret and the evaluator’s display settings', () => {
    openWorkspacePreview('#share=a', link);
    const opened = workspaceOf(parts());
    useDraftsStore.getState().setCaret(drafts()[0]?.id ?? '', 3);
    useEvaluatorStore.getState().setServices(['ims']);
    expect(previewChanged(opened, parts())).toBe(false);
  });
});

describe('display settings', () => {
  it('are still saved during a preview: they are not part of the workspace', () => {
    openWorkspacePreview('#share=a', link);
    useUiStore.getState().setTheme('dark');
    expect(localStorage.getItem('policy-workbench:ui')).toContain('"theme":"dark"');
  });
});
