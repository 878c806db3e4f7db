import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Expectation } from '../expectations';
import { EMPTY_RESOURCE_SCOPE, restoreEvaluatorSettings } from './evaluator-model';
import type { EvaluatorSettings, ResourceScope } from './evaluator-model';
import { createGuardedStorage } from './persistence/guarded-storage';
import type { ScpChain } from './scenario-model';
import { useStorageNoticesStore } from './storage-notices-store';

export type { Expectation, ExpectationTarget, ExpectedOutcome } from '../expectations';
export type { ResourceScope } from './evaluator-model';

export interface EvaluatorState extends EvaluatorSettings {
  /**
   * The identity draft last active, evaluated against an active SCP draft (else the first identity
   * draft). Not saved: a reload starts from the first one.
   */
  lastIdentityDraftId: string | null;
  setLastIdentityDraftId: (id: string | null) => void;
  setIdentityDraftIds: (ids: string[] | null) => void;
  setUnknownContext: (unknown: boolean) => void;
  setServices: (services: string[] | null) => void;
  setResourceScope: (scope: ResourceScope) => void;
  setCompareScpChain: (chain: ScpChain | null) => void;
  /** Adds an expectation to a draft unless the same one is already there. */
  addExpectation: (draftId: string, expectation: Expectation) => void;
  removeExpectation: (draftId: string, expectationId: string) => void;
  /** Adds the expectations of drafts that just arrived (a link, a file); other drafts keep theirs. */
  addDraftExpectations: (byDraft: Readonly<Record<string, Expectation[]>>) => void;
}

const EVALUATOR_STORAGE_KEY = 'policy-workbench:evaluator';
const EVALUATOR_VERSION = 1;

const storage = createGuardedStorage<EvaluatorSettings>({
  label: 'evaluator settings and expectations',
  workspace: true,
  report: (notice) => useStorageNoticesStore.getState().report(notice),
  versions: { current: EVALUATOR_VERSION, oldestReadable: EVALUATOR_VERSION },
});

/** The part of the state that is saved: the settings, without the actions. */
export function savedSettings(state: EvaluatorState): EvaluatorSettings {
  const {
    identityDraftIds,
    unknownContext,
    services,
    resourceScope,
    compareScpChain,
    expectations,
  } = state;
  return {
    identityDraftIds,
    unknownContext,
    services,
    resourceScope,
    compareScpChain,
    expectations,
  };
}

const sameExpectation = (a: Expectation, b: Expectation) =>
  a.expect === b.expect && JSON.stringify(a.target) === JSON.stringify(b.target);

/** The evaluator panel's persisted inputs (the SCP chain and context live in the scenario store). */
export const useEvaluatorStore = create<EvaluatorState>()(
  persist(
    (set) => ({
      identityDraftIds: null,
      // "Any request" by default: conditions on empty keys show as conditional, not as denied.
      unknownContext: true,
      services: null,
      resourceScope: EMPTY_RESOURCE_SCOPE,
      compareScpChain: null,
      expectations: {},
      lastIdentityDraftId: null,
      setLastIdentityDraftId: (lastIdentityDraftId) => set({ lastIdentityDraftId }),
      setIdentityDraftIds: (identityDraftIds) => set({ identityDraftIds }),
      setUnknownContext: (unknownContext) => set({ unknownContext }),
      setServices: (services) => set({ services }),
      setResourceScope: (resourceScope) => set({ resourceScope }),
      setCompareScpChain: (compareScpChain) => set({ compareScpChain }),
      addExpectation: (draftId, expectation) =>
        set((state) => {
          const list = state.expectations[draftId] ?? [];
          if (list.some((e) => sameExpectation(e, expectation))) return state;
          return { expectations: { ...state.expectations, [draftId]: [...list, expectation] } };
        }),
      addDraftExpectations: (byDraft) =>
        set((state) => {
          const expectations = { ...state.expectations };
          for (const [draftId, incoming] of Object.entries(byDraft)) {
            const list = [...(expectations[draftId] ?? [])];
            for (const expectation of incoming)
              if (!list.some((e) => e.id === expectation.id || sameExpectation(e, expectation)))
                list.push(expectation);
            expectations[draftId] = list;
          }
          return { expectations };
        }),
      removeExpectation: (draftId, expectationId) =>
        set((state) => ({
          expectations: {
            ...state.expectations,
            [draftId]: (state.expectations[draftId] ?? []).filter((e) => e.id !== expectationId),
          },
        })),
    }),
    {
      name: EVALUATOR_STORAGE_KEY,
      version: EVALUATOR_VERSION,
      storage,
      partialize: savedSettings,
      merge: storage.merge<EvaluatorState>(EVALUATOR_STORAGE_KEY, restoreEvaluatorSettings, {
        version: EVALUATOR_VERSION,
        partialize: savedSettings,
      }),
    },
  ),
);
