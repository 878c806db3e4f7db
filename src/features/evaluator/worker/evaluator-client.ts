import type { GlobalConditionKey, ServiceCatalog } from '../../../catalog';
import type { PolicyType } from '../../../engine';
import { WatchedWorker, WORKER_TIMEOUT_MS, type WorkerLike } from '../../../lib/watched-worker';
import type { MatrixJob, SuiteJob, WorkerRequest, WorkerResponse } from './evaluator-protocol';

type Kind = 'evaluate' | 'compare' | 'findings';
type Answer<K extends Kind> =
  Extract<WorkerResponse, { type: K }> | Extract<WorkerResponse, { type: 'error' }>;

interface Job {
  kind: Kind;
  request: WorkerRequest & { id: number };
  onAnswer: (response: WorkerResponse) => void;
}

/** What a job that the worker did not answer in time is answered with. */
const TIMED_OUT = `it took longer than ${WORKER_TIMEOUT_MS / 1000} s and was stopped; the evaluator was restarted, and the next change is evaluated again`;

/**
 * Talks to the evaluator worker, one job of each kind at a time. While a job runs, newer jobs of
 * its kind replace each other in a one-place queue: when the user types faster than a matrix is
 * computed, the worker skips the superseded texts instead of falling behind. A job the worker does
 * not answer in time is answered with an error and the worker replaced, so the panel never waits
 * forever.
 */
export class EvaluatorClient {
  private nextId = 1;
  private readonly running = new Map<number, Job>();
  private readonly busy = new Set<Kind>();
  private readonly queued = new Map<Kind, Job>();
  /** The last catalogs sent, for a replacement worker. */
  private catalogs: (WorkerRequest & { type: 'catalogs' }) | null = null;
  private readonly worker: WatchedWorker<WorkerRequest, WorkerResponse>;

  constructor(
    createWorker: () => WorkerLike<WorkerRequest, WorkerResponse>,
    timeoutMs = WORKER_TIMEOUT_MS,
  ) {
    this.worker = new WatchedWorker(
      createWorker,
      {
        onMessage: (response) => this.receive(response),
        // A worker that fails to load or crashes answers nothing: fail the jobs in flight instead
        // of leaving the panel waiting for the timeout.
        onError: (message) => this.failRunning(message || 'the evaluator worker stopped'),
        onRestart: () => {
          // Catalogs first: failing the running jobs starts the queued ones on the fresh worker.
          if (this.catalogs) this.worker.post(this.catalogs);
          this.failRunning(TIMED_OUT);
        },
      },
      timeoutMs,
    );
  }

  setCatalogs(catalogs: ServiceCatalog[], globalKeys: GlobalConditionKey[]): void {
    this.catalogs = { type: 'catalogs', catalogs, globalKeys };
    this.worker.post(this.catalogs);
  }

  evaluate(
    matrix: MatrixJob,
    suites: SuiteJob[],
    onAnswer: (answer: Answer<'evaluate'>) => void,
  ): void {
    const id = this.nextId++;
    this.submit({
      kind: 'evaluate',
      request: { type: 'evaluate', id, matrix, suites },
      onAnswer: onAnswer as (response: WorkerResponse) => void,
    });
  }

  compare(
    before: MatrixJob,
    after: MatrixJob,
    onAnswer: (answer: Answer<'compare'>) => void,
  ): void {
    const id = this.nextId++;
    this.submit({
      kind: 'compare',
      request: { type: 'compare', id, before, after },
      onAnswer: onAnswer as (response: WorkerResponse) => void,
    });
  }

  findings(
    text: string,
    policyType: PolicyType,
    onAnswer: (answer: Answer<'findings'>) => void,
  ): void {
    const id = this.nextId++;
    this.submit({
      kind: 'findings',
      request: { type: 'findings', id, text, policyType },
      onAnswer: onAnswer as (response: WorkerResponse) => void,
    });
  }

  dispose(): void {
    this.running.clear();
    this.queued.clear();
    this.worker.dispose();
  }

  private submit(job: Job): void {
    if (this.busy.has(job.kind)) this.queued.set(job.kind, job);
    else this.start(job);
  }

  private start(job: Job): void {
    this.busy.add(job.kind);
    this.running.set(job.request.id, job);
    this.worker.request(job.request.id, job.request);
  }

  private failRunning(message: string): void {
    for (const id of [...this.running.keys()]) this.receive({ type: 'error', id, message });
  }

  private receive(response: WorkerResponse): void {
    const job = this.running.get(response.id);
    if (!job) return;
    this.worker.answered(response.id);
    this.running.delete(response.id);
    this.busy.delete(job.kind);
    const next = this.queued.get(job.kind);
    if (next) {
      this.queued.delete(job.kind);
      this.start(next);
    }
    job.onAnswer(response);
  }
}
