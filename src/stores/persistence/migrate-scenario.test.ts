// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScpChain } from '../scenario-model';
import { SCENARIO_STORAGE_KEY, useScenarioStore } from '../scenario-store';
import { useStorageNoticesStore } from '../storage-notices-store';
import { migrateScenario, SCENARIO_VERSION } from './migrate-scenario';

beforeEach(() => {
  localStorage.clear();
  useStorageNoticesStore.setState({ notices: [] });
});

describe('migrateScenario', () => {
  it('v1 → v2: a flat SCP selection becomes the account level of a governed chain', () => {
    expect(
      migrateScenario(
        { selectedScpIds: ['scp-a', 'scp-b'], context: { 'g:PrincipalAccount': '123' } },
        1,
      ),
    ).toEqual({
      scpChain: { governed: true, levels: [{ name: 'Account', scpIds: ['scp-a', 'scp-b'] }] },
      context: { 'g:PrincipalAccount': '123' },
    });
  });

  it('v1 → v2: no selection means not governed by any SCP', () => {
    expect(migrateScenario({ selectedScpIds: [], context: {} }, 1)).toEqual({
      scpChain: { governed: false, levels: [] },
      context: {},
    });
  });

  it('passes data it does not know through unchanged for the restore step to judge', () => {
    expect(migrateScenario('garbage', 1)).toBe('garbage');
    expect(migrateScenario({ future: true }, 7)).toEqual({ future: true });
  });
});

describe('scenario store', () => {
  async function reloadWith(raw: string) {
    useScenarioStore.setState(useScenarioStore.getInitialState(), true);
    localStorage.setItem(SCENARIO_STORAGE_KEY, raw);
    await useScenarioStore.persist.rehydrate();
  }

  it('loads a v1 save as v2 and writes it back as v2', async () => {
    await reloadWith(
      JSON.stringify({
        version: 1,
        state: { selectedScpIds: ['deny-share'], context: { 'g:MFAPresent': 'true' } },
      }),
    );
    expect(useScenarioStore.getState()).toMatchObject({
      scpChain: { governed: true, levels: [{ name: 'Account', scpIds: ['deny-share'] }] },
      context: { 'g:MFAPresent': 'true' },
    });
    expect(JSON.parse(localStorage.getItem(SCENARIO_STORAGE_KEY) ?? '').version).toBe(
      SCENARIO_VERSION,
    );
    expect(useStorageNoticesStore.getState().notices).toEqual([]);
  });

  it('restores a v2 save exactly, multi-valued context included', async () => {
    const scenario = {
      scpChain: {
        governed: true,
        levels: [
          { name: 'Root', scpIds: ['a'] },
          { name: 'Account', scpIds: [] },
        ],
      },
      context: { 'g:TagKeys': ['team', 'env'], 'g:RequestedRegion': 'cn-north-4' },
    };
    await reloadWith(JSON.stringify({ version: 2, state: scenario }));
    const { scpChain, context } = useScenarioStore.getState();
    expect({ scpChain, context }).toEqual(scenario);
  });

  it('starts a fresh workspace governed, with FullAccess at the root and the account', async () => {
    useScenarioStore.setState(useScenarioStore.getInitialState(), true);
    localStorage.clear();
    await useScenarioStore.persist.rehydrate();
    const { scpChain, context } = useScenarioStore.getState();
    expect({ scpChain, context }).toEqual({
      scpChain: {
        governed: true,
        levels: [
          { name: 'Root', scpIds: ['scp-fullaccess'] },
          { name: 'Account', scpIds: ['scp-fullaccess'] },
        ],
      },
      context: {},
    });
  });

  it('keeps a saved "not governed by SCPs" as it was, from v2 and from v1', async () => {
    const notGoverned = { scpChain: { governed: false, levels: [] }, context: {} };
    await reloadWith(JSON.stringify({ version: 2, state: notGoverned }));
    expect(useScenarioStore.getState()).toMatchObject(notGoverned);
    await reloadWith(JSON.stringify({ version: 1, state: { selectedScpIds: [], context: {} } }));
    expect(useScenarioStore.getState()).toMatchObject(notGoverned);
    expect(useStorageNoticesStore.getState().notices).toEqual([]);
  });

  it('keeps a valid context when the chain is unreadable, and says so', async () => {
    await reloadWith(
      JSON.stringify({ version: 2, state: { scpChain: { governed: 'yes' }, context: { k: 'v' } } }),
    );
    const { scpChain, context } = useScenarioStore.getState();
    expect({ scpChain, context }).toEqual({ scpChain: defaultScpChain(), context: { k: 'v' } });
    expect(useStorageNoticesStore.getState().notices[0]?.details).toEqual([
      'the SCP selection is not readable',
    ]);
  });
});
