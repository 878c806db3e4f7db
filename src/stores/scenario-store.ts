import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord } from '../catalog';
import { createGuardedStorage } from './persistence/guarded-storage';
import type { Restored } from './persistence/guarded-storage';
import { migrateScenario, SCENARIO_VERSION } from './persistence/migrate-scenario';
import { readRequestContext } from '../expectations';
import type { RequestContext } from '../engine';
import { defaultScpChain, readScpChain } from './scenario-model';
import type { ScpChain } from './scenario-model';
import { useStorageNoticesStore } from './storage-notices-store';

export type { RequestContext } from '../engine';

export interface Scenario {
  scpChain: ScpChain;
  context: RequestContext;
}

export interface ScenarioState extends Scenario {
  setScpChain: (scpChain: ScpChain) => void;
  setContext: (context: RequestContext) => void;
}

export const SCENARIO_STORAGE_KEY = 'policy-workbench:scenario';

/**
 * Keeps the saved SCP chain and context when each is valid; anything else falls back to a fresh
 * workspace's (FullAccess at the root and the account, no context).
 */
function restoreScenario(saved: unknown): Restored<Partial<Scenario>> {
  if (!isRecord(saved))
    return { state: {}, problems: ['the saved SCP selection and context are not an object'] };
  const state: Partial<Scenario> = {};
  const problems: string[] = [];
  const chain = readScpChain(saved.scpChain);
  if ('chain' in chain) state.scpChain = chain.chain;
  else problems.push(chain.problem);
  const context = readRequestContext(saved.context);
  if ('context' in context) state.context = context.context;
  else problems.push(context.problem);
  return { state, problems };
}

const partialize = ({ scpChain, context }: ScenarioState): Scenario => ({ scpChain, context });

const storage = createGuardedStorage<Scenario>({
  label: 'SCP selection and request context',
  workspace: true,
  report: (notice) => useStorageNoticesStore.getState().report(notice),
  versions: { current: SCENARIO_VERSION, oldestReadable: 1 },
});

/** The SCP chain and request context the drafts are evaluated under. */
export const useScenarioStore = create<ScenarioState>()(
  persist(
    (set) => ({
      scpChain: defaultScpChain(),
      context: {},
      setScpChain: (scpChain) => set({ scpChain }),
      setContext: (context) => set({ context }),
    }),
    {
      name: SCENARIO_STORAGE_KEY,
      version: SCENARIO_VERSION,
      storage,
      // Still untrusted after migration: `merge` restores it.
      migrate: (saved, version) => migrateScenario(saved, version) as Scenario,
      partialize,
      merge: storage.merge<ScenarioState>(SCENARIO_STORAGE_KEY, restoreScenario, {
        version: SCENARIO_VERSION,
        partialize,
      }),
    },
  ),
);
