// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFTS_STORAGE_KEY, useDraftsStore } from './drafts-store';

const store = () => useDraftsStore.getState();
const names = () => store().drafts.map((d) => d.name);
const activeName = () => store().drafts.find((d) => d.id === store().activeDraftId)?.name;

beforeEach(() => {
  localStorage.clear();
  useDraftsStore.setState(useDraftsStore.getInitialState(), true);
});

describe('drafts store', () => {
  it('creates blank drafts with distinct default names and activates the newest', () => {
    store().createDraft();
    store().createDraft();
    store().createDraft({ policyType: 'scp' });
    expect(names()).toEqual(['Untitled policy', 'Untitled policy (2)', 'Untitled SCP']);
    expect(activeName()).toBe('Untitled SCP');
    expect(JSON.parse(store().drafts[2]?.text ?? '')).toMatchObject({
      Statement: [{ Effect: 'Deny', Resource: ['*'] }],
    });
  });

  it('adds drafts beside the existing ones, suffixing clashing names', () => {
    store().createDraft({ name: 'Read-only IMS' });
    const before = store().drafts[0];
    store().addDrafts([
      { name: 'Read-only IMS', policyType: 'identity', text: '{}' },
      { name: 'Read-only IMS', policyType: 'scp', text: '{}' },
    ]);
    expect(names()).toEqual(['Read-only IMS', 'Read-only IMS (2)', 'Read-only IMS (3)']);
    expect(store().drafts[0]).toEqual(before);
    expect(activeName()).toBe('Read-only IMS (2)');
  });

  it('takes typed text and the caret as one change, saved once', () => {
    const id = store().createDraft();
    let changes = 0;
    const stop = useDraftsStore.subscribe(() => changes++);
    const saves: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      saves.push(key);
      setItem.call(this, key, value);
    };
    try {
      store().updateDraftText(id, '{"Version":"5.0"}', 5);
    } finally {
      Storage.prototype.setItem = setItem;
      stop();
    }
    expect(changes).toBe(1);
    expect(saves).toEqual([DRAFTS_STORAGE_KEY]);
    expect(store().drafts[0]?.text).toBe('{"Version":"5.0"}');
    expect(store().carets[id]).toBe(5);
    store().updateDraftText(id, '{}');
    expect(store().carets[id]).toBe(5);
  });

  it('renames with trimming and ignores a blank name', () => {
    const id = store().createDraft();
    store().renameDraft(id, '  Deny sharing  ');
    store().renameDraft(id, '   ');
    expect(names()).toEqual(['Deny sharing']);
  });

  it('duplicates a draft right after its source', () => {
    const first = store().createDraft({ name: 'A', text: '{"Version":"5.0"}' });
    store().createDraft({ name: 'B' });
    store().duplicateDraft(first);
    expect(names()).toEqual(['A', 'A (copy)', 'B']);
    expect(store().drafts[1]?.text).toBe('{"Version":"5.0"}');
    expect(activeName()).toBe('A (copy)');
  });

  it('deletes a draft, activates its neighbour, and undo puts it back in place', () => {
    store().createDraft({ name: 'A' });
    const b = store().createDraft({ name: 'B' });
    store().createDraft({ name: 'C' });
    store().selectDraft(b);
    const deleted = store().deleteDraft(b);
    expect(names()).toEqual(['A', 'C']);
    expect(activeName()).toBe('C');
    if (!deleted) throw new Error('nothing was deleted');
    store().restoreDraft(deleted);
    expect(names()).toEqual(['A', 'B', 'C']);
    expect(activeName()).toBe('B');
  });

  it('deleting the last draft leaves no active draft', () => {
    const id = store().createDraft();
    store().deleteDraft(id);
    expect(store()).toMatchObject({ drafts: [], activeDraftId: null });
  });

  it('moves a draft, clamping the target index', () => {
    const a = store().createDraft({ name: 'A' });
    store().createDraft({ name: 'B' });
    const c = store().createDraft({ name: 'C' });
    store().moveDraft(a, 1);
    expect(names()).toEqual(['B', 'A', 'C']);
    store().moveDraft(c, -5);
    expect(names()).toEqual(['C', 'B', 'A']);
    store().moveDraft(c, 99);
    expect(names()).toEqual(['B', 'A', 'C']);
  });

  it('adds to the active draft, creating one when there is none', () => {
    const result = store().addToActiveDraft({ kind: 'action', value: 'ims:images:list' });
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(names()).toEqual(['Untitled policy']);
    expect(JSON.parse(store().drafts[0]?.text ?? '')).toEqual({
      Version: '5.0',
      Statement: [{ Effect: 'Allow', Action: ['ims:images:list'] }],
    });
  });

  it('adds to the statement where the caret was left', () => {
    const text =
      '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["a:b:c"]},{"Effect":"Deny","Action":[]}]}';
    const id = store().createDraft({ text });
    store().setCaret(id, text.indexOf('a:b:c'));
    store().addToActiveDraft({ kind: 'action', value: 'ims:images:get' });
    expect(JSON.parse(store().drafts[0]?.text ?? '')).toMatchObject({
      Statement: [{ Action: ['a:b:c', 'ims:images:get'] }, { Action: [] }],
    });
  });

  it('reports instead of editing when the active draft is not valid JSON', () => {
    store().createDraft({ text: '{ "Version": ' });
    expect(store().addToActiveDraft({ kind: 'action', value: 'ims:images:list' })).toMatchObject({
      ok: false,
    });
    expect(store().drafts[0]?.text).toBe('{ "Version": ');
  });
});

describe('drafts store persistence', () => {
  it('saves drafts and the active draft (not carets) under a versioned key', () => {
    const id = store().createDraft({ name: 'A', text: '{}' });
    store().setCaret(id, 1);
    const saved = JSON.parse(localStorage.getItem(DRAFTS_STORAGE_KEY) ?? 'null');
    expect(saved).toEqual({
      version: 1,
      state: { drafts: [{ id, name: 'A', policyType: 'identity', text: '{}' }], activeDraftId: id },
    });
  });

  it('restores exactly what was saved', async () => {
    store().createDraft({ name: 'A', text: '{"Version":"5.0"}' });
    const b = store().createDraft({ name: 'B', policyType: 'scp' });
    store().moveDraft(b, 0);
    const before = { drafts: store().drafts, activeDraftId: store().activeDraftId };
    const saved = localStorage.getItem(DRAFTS_STORAGE_KEY) ?? '';
    // A reload: a fresh in-memory store, the same browser storage.
    useDraftsStore.setState(useDraftsStore.getInitialState(), true);
    localStorage.setItem(DRAFTS_STORAGE_KEY, saved);
    expect(store().drafts).toEqual([]);
    await useDraftsStore.persist.rehydrate();
    expect({ drafts: store().drafts, activeDraftId: store().activeDraftId }).toEqual(before);
  });
});

describe('two tabs of one browser', () => {
  type Saved = {
    state: { drafts: { id: string; name: string; policyType: string; text: string }[] };
  };
  const saved = () => JSON.parse(localStorage.getItem(DRAFTS_STORAGE_KEY) ?? '{}') as Saved;

  it('a save merges the drafts another tab saved since, instead of overwriting them', async () => {
    store().createDraft({ name: 'Mine' });
    const other = saved();
    other.state.drafts.push({
      id: 'other',
      name: 'From the other tab',
      policyType: 'scp',
      text: '{}',
    });
    localStorage.setItem(DRAFTS_STORAGE_KEY, JSON.stringify(other));

    store().createDraft({ name: 'Mine too' });

    expect(saved().state.drafts.map((d) => d.name)).toEqual([
      'Mine',
      'Mine too',
      'From the other tab',
    ]);
    await Promise.resolve();
    expect(names()).toEqual(['Mine', 'Mine too', 'From the other tab']);
    expect(activeName()).toBe('Mine too');
  });

  it("another tab's save shows here at once, and this tab's active draft stays", () => {
    store().createDraft({ name: 'First' });
    store().createDraft({ name: 'Second' });
    const other = saved();
    const first = other.state.drafts[0];
    if (first) first.text = '{"edited": "in the other tab"}';
    window.dispatchEvent(
      new StorageEvent('storage', { key: DRAFTS_STORAGE_KEY, newValue: JSON.stringify(other) }),
    );
    expect(store().drafts[0]?.text).toBe('{"edited": "in the other tab"}');
    expect(activeName()).toBe('Second');
  });

  it('ignores unreadable data from another tab', () => {
    store().createDraft({ name: 'Kept' });
    window.dispatchEvent(
      new StorageEvent('storage', { key: DRAFTS_STORAGE_KEY, newValue: '{"state": [nonsense' }),
    );
    expect(names()).toEqual(['Kept']);
  });
});

describe('a storage that cannot be written', () => {
  it("keeps this tab's unsaved change when another tab saves", () => {
    const id = store().createDraft({ name: 'Mine', text: '{"saved": true}' });
    const before = localStorage.getItem(DRAFTS_STORAGE_KEY) ?? '';
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store().updateDraftText(id, '{"saved": false}');
    setItem.mockRestore();
    // Another tab (with room to write) adds a draft to what it read: the list saved before.
    const other = JSON.parse(before);
    other.state.drafts.push({ id: 'other', name: 'Theirs', policyType: 'scp', text: '{}' });
    window.dispatchEvent(
      new StorageEvent('storage', { key: DRAFTS_STORAGE_KEY, newValue: JSON.stringify(other) }),
    );
    expect(store().drafts.map((d) => [d.name, d.text])).toEqual([
      ['Mine', '{"saved": false}'],
      ['Theirs', '{}'],
    ]);
  });
});
