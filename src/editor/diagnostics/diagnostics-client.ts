import type { PolicyType } from '../../engine';
import { WatchedWorker, WORKER_TIMEOUT_MS, type WorkerLike } from '../../lib/watched-worker';
import type { CatalogSet, CheckResult, FromWorker, ToWorker } from './diagnostics-protocol';

/** The answer for a check the worker did not give in time: one finding that says so. */
function timedOut(text: string): CheckResult {
  return {
    diagnostics: [
      {
        offset: 0,
        length: Math.min(text.length, 1),
        code: 'CHECK_TIMED_OUT',
        severity: 'WARNING',
        message: `checking this policy took longer than ${WORKER_TIMEOUT_MS / 1000} s and was stopped; the checker was restarted, and the next edit is checked again`,
      },
    ],
    outline: [],
    size: null,
    durationMs: WORKER_TIMEOUT_MS,
  };
}

interface Pending {
  resolve: (result: CheckResult) => void;
  text: string;
}

/**
 * Talks to the diagnostics worker: sends each catalog set once (by identity), then checks texts
 * against it. Every check resolves with the worker's answer, or, when the worker does not answer
 * in time, with a finding that says so, and the worker is replaced by a fresh one: a stuck worker
 * is never waited on forever. Callers decide whether an answer is stale.
 */
export class DiagnosticsClient {
  private readonly pending = new Map<number, Pending>();
  private sentSets = new WeakMap<CatalogSet, number>();
  private nextId = 1;
  private readonly worker: WatchedWorker<ToWorker, FromWorker>;

  constructor(createWorker: () => WorkerLike<ToWorker, FromWorker>, timeoutMs = WORKER_TIMEOUT_MS) {
    this.worker = new WatchedWorker(
      createWorker,
      {
        onMessage: ({ requestId, diagnostics, outline, size, durationMs }) => {
          const pending = this.pending.get(requestId);
          if (!pending) return;
          this.worker.answered(requestId);
          this.pending.delete(requestId);
          pending.resolve({ diagnostics, outline, size, durationMs });
        },
        onRestart: (abandoned) => {
          // The fresh worker holds no catalogs: the next check sends its set again.
          this.sentSets = new WeakMap();
          for (const id of abandoned) {
            const pending = this.pending.get(id);
            this.pending.delete(id);
            pending?.resolve(timedOut(pending.text));
          }
        },
      },
      timeoutMs,
    );
  }

  check(text: string, policyType: PolicyType, set: CatalogSet | null): Promise<CheckResult> {
    let catalogsId: number | null = null;
    if (set) {
      catalogsId = this.sentSets.get(set) ?? null;
      if (catalogsId === null) {
        catalogsId = this.nextId++;
        this.sentSets.set(set, catalogsId);
        this.worker.post({ type: 'catalogs', catalogsId, set });
      }
    }
    const requestId = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(requestId, { resolve, text });
      this.worker.request(requestId, { type: 'check', requestId, text, policyType, catalogsId });
    });
  }

  dispose(): void {
    this.pending.clear();
    this.worker.dispose();
  }
}
