// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DRAFT_TEXT_MAX_LENGTH } from '../draft-model';
import { DRAFTS_STORAGE_KEY, useDraftsStore } from '../drafts-store';
import { DEFAULT_PANE_SIZES, UI_STORAGE_KEY, useUiStore } from '../ui-store';
import { useStorageNoticesStore } from '../storage-notices-store';
import { createGuardedStorage } from './guarded-storage';
import type { StorageNotice } from '../storage-notices-store';

const backups = (key: string) =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith(`${key}:backup:`))
    .map((k) => localStorage.getItem(k));
const notices = () => useStorageNoticesStore.getState().notices;

/** A reload with `raw` in storage under `key`. */
async function reloadWith(key: string, raw: string) {
  useDraftsStore.setState(useDraftsStore.getInitialState(), true);
  useUiStore.setState(useUiStore.getInitialState(), true);
  localStorage.clear();
  localStorage.setItem(key, raw);
  await useDraftsStore.persist.rehydrate();
  await useUiStore.persist.rehydrate();
}

beforeEach(() => {
  localStorage.clear();
  useStorageNoticesStore.setState({ notices: [] });
});

describe('recovering saved drafts', () => {
  it('sets aside data that is not JSON, tells the user, and starts empty', async () => {
    await reloadWith(DRAFTS_STORAGE_KEY, '{"state": {"drafts": [tru');
    expect(useDraftsStore.getState().drafts).toEqual([]);
    expect(backups(DRAFTS_STORAGE_KEY)).toEqual(['{"state": {"drafts": [tru']);
    // Safe in the backup, the unreadable data no longer stands in the way of the next load.
    expect(localStorage.getItem(DRAFTS_STORAGE_KEY)).toBeNull();
    expect(notices()).toEqual([
      expect.objectContaining({
        message: 'saved drafts could not be read and were set aside',
        details: ['the saved data is not JSON'],
      }),
    ]);
  });

  it('sets aside foreign data and keeps the backup when the user carries on', async () => {
    await reloadWith(DRAFTS_STORAGE_KEY, '["someone", "else"]');
    useDraftsStore.getState().createDraft({ name: 'New' });
    expect(backups(DRAFTS_STORAGE_KEY)).toEqual(['["someone", "else"]']);
    expect(JSON.parse(localStorage.getItem(DRAFTS_STORAGE_KEY) ?? '').state.drafts).toHaveLength(1);
    expect(notices()[0]?.details).toEqual(['the saved data is not a Policy Workbench save']);
  });

  it.each([
    [0, 'they are in format 0, older than this version reads (1 to 1)'],
    [
      2,
      'they were saved by a newer version of Policy Workbench (format 2; this version reads up to 1)',
    ],
  ])(
    'sets aside drafts saved in format %i with a notice and never overwrites them',
    async (version, detail) => {
      const raw = JSON.stringify({
        version,
        state: {
          drafts: [{ id: 'a', name: 'Kept', policyType: 'identity', text: '{}' }],
          activeDraftId: 'a',
        },
      });
      await reloadWith(DRAFTS_STORAGE_KEY, raw);
      expect(notices()).toEqual([
        expect.objectContaining({
          message: 'saved drafts could not be read and were set aside',
          details: [detail],
        }),
      ]);
      useDraftsStore.getState().createDraft({ name: 'New' });
      expect(backups(DRAFTS_STORAGE_KEY)).toEqual([raw]);
      expect(notices()[0]?.backupKey).toMatch(/^policy-workbench:drafts:backup:/);
    },
  );

  it('reads back a draft of the largest size the editor and imports accept', async () => {
    const text = 'x'.repeat(DRAFT_TEXT_MAX_LENGTH);
    useDraftsStore.setState(useDraftsStore.getInitialState(), true);
    useDraftsStore.getState().createDraft({ name: 'Largest', text });
    const saved = localStorage.getItem(DRAFTS_STORAGE_KEY) ?? '';
    await reloadWith(DRAFTS_STORAGE_KEY, saved);
    expect(useDraftsStore.getState().drafts.map((d) => d.text.length)).toEqual([
      DRAFT_TEXT_MAX_LENGTH,
    ]);
    expect(notices()).toEqual([]);
  });

  it('keeps every valid draft and reports each one it had to drop', async () => {
    const raw = JSON.stringify({
      version: 1,
      state: {
        drafts: [
          { id: 'a', name: 'Good', policyType: 'identity', text: '{}' },
          { id: 'b', name: 'Bad type', policyType: 'resource', text: '{}' },
          { id: 'a', name: 'Same id', policyType: 'scp', text: '{}' },
          'nonsense',
          { id: 'c', name: 'Also good', policyType: 'scp', text: '' },
        ],
        activeDraftId: 'b',
      },
    });
    await reloadWith(DRAFTS_STORAGE_KEY, raw);
    const { drafts, activeDraftId } = useDraftsStore.getState();
    expect(drafts.map((d) => d.name)).toEqual(['Good', 'Also good']);
    expect(activeDraftId).toBe('a');
    expect(backups(DRAFTS_STORAGE_KEY)).toEqual([raw]);
    // What was recovered is saved at once: a reload finds it, with nothing more to report.
    expect(JSON.parse(localStorage.getItem(DRAFTS_STORAGE_KEY) ?? '').state.drafts).toEqual(drafts);
    expect(notices()).toEqual([
      expect.objectContaining({
        message: 'some saved drafts could not be read; what could be recovered was kept',
        details: [
          'draft 2 (`Bad type`) is neither an identity policy nor an SCP',
          'draft 3 (`Same id`) has a missing or repeated id',
          'draft 4 is not an object',
        ],
      }),
    ]);
  });

  it('after a recovery, the next load is clean', async () => {
    const raw = JSON.stringify({
      version: 1,
      state: {
        drafts: [{ id: 'a', name: 'A', policyType: 'identity', text: '{}' }, 42],
        activeDraftId: 'a',
      },
    });
    await reloadWith(DRAFTS_STORAGE_KEY, raw);
    const saved = localStorage.getItem(DRAFTS_STORAGE_KEY) ?? '';
    useStorageNoticesStore.setState({ notices: [] });
    await reloadWith(DRAFTS_STORAGE_KEY, saved);
    expect(useDraftsStore.getState().drafts.map((d) => d.name)).toEqual(['A']);
    expect(notices()).toEqual([]);
  });

  it('reports nothing and keeps no backup for a valid save', async () => {
    const raw = JSON.stringify({
      version: 1,
      state: {
        drafts: [{ id: 'a', name: 'A', policyType: 'identity', text: '{}' }],
        activeDraftId: 'a',
      },
    });
    await reloadWith(DRAFTS_STORAGE_KEY, raw);
    expect(useDraftsStore.getState().drafts).toHaveLength(1);
    expect(notices()).toEqual([]);
    expect(backups(DRAFTS_STORAGE_KEY)).toEqual([]);
  });
});

describe('recovering display settings', () => {
  it('keeps the valid preference and resets the invalid one', async () => {
    const raw = JSON.stringify({
      version: 2,
      state: {
        theme: 'neon',
        panes: { catalog: false, evaluator: true },
        paneSizes: { catalog: 25, evaluator: 30 },
        draftViews: { a: 'split' },
      },
    });
    await reloadWith(UI_STORAGE_KEY, raw);
    expect(useUiStore.getState()).toMatchObject({
      theme: 'system',
      panes: { catalog: false, evaluator: true },
      paneSizes: { catalog: 25, evaluator: 30 },
      draftViews: { a: 'split' },
    });
    expect(notices()[0]?.details).toEqual(['the saved theme is not one of system, light or dark']);
  });

  it('reads version 1 settings, saved before panes could be resized, with the default sizes', async () => {
    const raw = JSON.stringify({
      version: 1,
      state: { theme: 'dark', panes: { catalog: false, evaluator: true } },
    });
    await reloadWith(UI_STORAGE_KEY, raw);
    expect(useUiStore.getState()).toMatchObject({
      theme: 'dark',
      panes: { catalog: false, evaluator: true },
      paneSizes: DEFAULT_PANE_SIZES,
      draftViews: {},
    });
    expect(notices()).toEqual([]);
  });

  it('persists theme and panes', () => {
    useUiStore.setState(useUiStore.getInitialState(), true);
    useUiStore.getState().setTheme('dark');
    useUiStore.getState().togglePane('catalog');
    useUiStore.getState().setPaneSizes({ evaluator: 35, catalog: 90 });
    useUiStore.getState().setDraftView('a', 'visual');
    expect(JSON.parse(localStorage.getItem(UI_STORAGE_KEY) ?? '')).toEqual({
      version: 2,
      state: {
        theme: 'dark',
        panes: { catalog: false, evaluator: true },
        paneSizes: { catalog: DEFAULT_PANE_SIZES.catalog, evaluator: 35 },
        draftViews: { a: 'visual' },
      },
    });
  });
});

describe('guarded storage', () => {
  const failing = (what: 'getItem' | 'setItem') =>
    ({
      getItem: () => {
        if (what === 'getItem') throw new DOMException('blocked', 'SecurityError');
        return null;
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    }) as unknown as Storage;

  it('reports a full storage instead of throwing into the app', () => {
    const reported: Omit<StorageNotice, 'id'>[] = [];
    const storage = createGuardedStorage({
      label: 'drafts',
      report: (n) => reported.push(n),
      versions: { current: 1, oldestReadable: 1 },
      backend: () => failing('setItem'),
    });
    expect(() => storage.setItem('k', { state: {}, version: 1 })).not.toThrow();
    expect(reported[0]?.message).toBe(
      'changes to drafts are not being saved: browser storage is full or unavailable',
    );
  });

  it('reports a blocked storage and reads nothing', () => {
    const reported: Omit<StorageNotice, 'id'>[] = [];
    const storage = createGuardedStorage({
      label: 'drafts',
      report: (n) => reported.push(n),
      versions: { current: 1, oldestReadable: 1 },
      backend: () => failing('getItem'),
    });
    expect(storage.getItem('k')).toBeNull();
    expect(reported[0]?.message).toBe('saved drafts are unavailable: browser storage is blocked');
  });
});
