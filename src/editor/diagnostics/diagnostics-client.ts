import type { PolicyType } from '../../engine';
import type { CatalogSet, CheckResult, FromWorker, ToWorker } from './diagnostics-protocol';

/** The part of a `Worker` the client uses (so tests can pass a fake). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  terminate(): void;
}

/**
 * Talks to the diagnostics worker: sends each catalog set once (by identity), then checks texts
 * against it. Every check resolves with the worker's answer; callers decide whether it is stale.
 */
export class DiagnosticsClient {
  private readonly pending = new Map<number, (result: CheckResult) => void>();
  private readonly sentSets = new WeakMap<CatalogSet, number>();
  private nextId = 1;

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (event) => {
      const { requestId, diagnostics, outline, size, durationMs } = event.data;
      this.pending.get(requestId)?.({ diagnostics, outline, size, durationMs });
      this.pending.delete(requestId);
    });
  }

  check(text: string, policyType: PolicyType, set: CatalogSet | null): Promise<CheckResult> {
    let catalogsId: number | null = null;
    if (set) {
      catalogsId = this.sentSets.get(set) ?? null;
      if (catalogsId === null) {
        catalogsId = this.nextId++;
        this.sentSets.set(set, catalogsId);
        this.worker.postMessage({ type: 'catalogs', catalogsId, set });
      }
    }
    const requestId = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve);
      this.worker.postMessage({ type: 'check', requestId, text, policyType, catalogsId });
    });
  }

  dispose(): void {
    this.pending.clear();
    this.worker.terminate();
  }
}
