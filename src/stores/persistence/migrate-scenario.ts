import { isRecord } from '../../catalog';

/**
 * Saved scenario versions:
 * - v1 `{ selectedScpIds: string[], context: Record<string, string> }`: one flat SCP selection.
 * - v2 `{ scpChain: { governed, levels: [{ name, scpIds }] }, context }`: SCPs per level of the
 *   organization path, because SCPs attached at different levels must each allow a request.
 */
export const SCENARIO_VERSION = 2;

/**
 * Brings a saved scenario up to the current version. Never throws: data it does not recognise is
 * passed through for the restore step to check (and report).
 */
export function migrateScenario(saved: unknown, fromVersion: number): unknown {
  if (fromVersion === 1 && isRecord(saved)) return migrateV1ToV2(saved);
  return saved;
}

function migrateV1ToV2(saved: Record<string, unknown>): Record<string, unknown> {
  const { selectedScpIds, ...rest } = saved;
  const ids = Array.isArray(selectedScpIds) ? selectedScpIds : [];
  // A flat v1 selection was attached to the account itself.
  const scpChain = {
    governed: ids.length > 0,
    levels: ids.length > 0 ? [{ name: 'Account', scpIds: ids }] : [],
  };
  return { ...rest, scpChain };
}
