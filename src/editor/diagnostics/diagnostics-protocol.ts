/**
 * Messages between the editor and the diagnostics worker. Plain, structured-clone data only:
 * the worker builds its own catalog indexes from the raw catalogs it is sent once per set.
 */
import type { GlobalConditionKey, ServiceCatalog } from '../../catalog';
import type { PolicySize, PolicyType } from '../../engine';
import type { Diagnostic, OutlineEntry } from '../../language';

/** The raw catalogs a policy is checked against. */
export interface CatalogSet {
  catalogs: readonly ServiceCatalog[];
  globalKeys: readonly GlobalConditionKey[];
}

export type ToWorker =
  | { type: 'catalogs'; catalogsId: number; set: CatalogSet }
  | {
      type: 'check';
      requestId: number;
      text: string;
      policyType: PolicyType;
      /** The catalogs sent earlier under this id; `null` checks the grammar only. */
      catalogsId: number | null;
    };

export interface CheckResult {
  diagnostics: Diagnostic[];
  outline: OutlineEntry[];
  /** The policy's size against the limit of its type (bytes or characters); `null` when unchecked. */
  size: PolicySize | null;
  /** Time the worker spent checking, for the latency report. */
  durationMs: number;
}

export interface FromWorker extends CheckResult {
  type: 'checked';
  requestId: number;
}
