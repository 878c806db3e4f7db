import type { PolicyType } from '../../engine';
import type { CatalogSet, CheckResult, FromWorker, ToWorker } from './diagnostics-protocol';

/** The part of a `Worker` the client uses (so tests can pass a fake). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  terminate(): void;
}

/**
 * A check that has not answered by then is given up and the worker replaced. Far above any real
 * check (a 1,000,000-character policy takes a few seconds on a slow machine), so only a worker that
 * is stuck is ever restarted.
 */
const CHECK_TIMEOUT_MS = 20_000;

/** The answer for a check the worker did not give in time: one finding that says so. */
function timedOut(text: string): CheckResult {
  return {
    diagnostics: [
      {
        offset: 0,
        length: Math.min(text.length, 1),
        code: 'CHECK_TIMED_OUT',
        severity: 'WARNING',
        message: `checking this policy took longer than ${CHECK_TIMEOUT_MS / 1000} s and was stopped; the checker was restarted, and the next edit is checked again`,
      },
    ],
    outline: [],
    size: null,
    durationMs: CHECK_TIMEOUT_MS,
  };
}

interface Pending {
  resolve: (result: CheckResult) => void;
  timer: ReturnType<typeof setTimeout>;
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
  private worker: WorkerLike;

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly timeoutMs = CHECK_TIMEOUT_MS,
  ) {
    this.worker = this.start();
  }

  private start(): WorkerLike {
    const worker = this.createWorker();
    worker.addEventListener('message', (event) => {
      if (worker !== this.worker) return;
      const { requestId, diagnostics, outline, size, durationMs } = event.data;
      const pending = this.pending.get(requestId);
      if (!pending) return;
      clearTimeout(pending.timer);
      this.pending.delete(requestId);
      pending.resolve({ diagnostics, outline, size, durationMs });
    });
    return worker;
  }

  /** Gives up every check in flight and starts a fresh worker (catalogs are sent again). */
  private restart(): void {
    this.worker.terminate();
    this.sentSets = new WeakMap();
    this.worker = this.start();
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
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        for (const other of this.pending.values()) {
          clearTimeout(other.timer);
          other.resolve(timedOut(text));
        }
        this.pending.clear();
        this.restart();
        resolve(timedOut(text));
      }, this.timeoutMs);
      this.pending.set(requestId, { resolve, timer });
      this.worker.postMessage({ type: 'check', requestId, text, policyType, catalogsId });
    });
  }

  dispose(): void {
    for (const pending of this.pending.values()) clearTimeout(pending.timer);
    this.pending.clear();
    this.worker.terminate();
  }
}
