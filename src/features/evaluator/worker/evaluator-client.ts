import type { GlobalConditionKey, ServiceCatalog } from '../../../catalog';
import type { PolicyType } from '../../../engine';
import type { MatrixJob, SuiteJob, WorkerRequest, WorkerResponse } from './evaluator-protocol';

/** The part of a `Worker` the client uses (so tests can pass a fake). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerResponse }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

type Kind = 'evaluate' | 'compare' | 'findings';
type Answer<K extends Kind> =
  Extract<WorkerResponse, { type: K }> | Extract<WorkerResponse, { type: 'error' }>;

interface Job {
  kind: Kind;
  request: WorkerRequest & { id: number };
  onAnswer: (response: WorkerResponse) => void;
}

/**
 * Talks to the evaluator worker, one job of each kind at a time. While a job runs, newer jobs of
 * its kind replace each other in a one-place queue: when the user types faster than a matrix is
 * computed, the worker skips the superseded texts instead of falling behind.
 */
export class EvaluatorClient {
  private nextId = 1;
  private readonly running = new Map<number, Job>();
  private readonly busy = new Set<Kind>();
  private readonly queued = new Map<Kind, Job>();

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (event) => this.receive(event.data));
    // A worker that fails to load or crashes answers nothing: fail the jobs in flight instead of
    // leaving the panel waiting forever.
    worker.addEventListener('error', (event) => {
      const message = event.message || 'the evaluator worker stopped';
      for (const id of [...this.running.keys()]) this.receive({ type: 'error', id, message });
    });
  }

  setCatalogs(catalogs: ServiceCatalog[], globalKeys: GlobalConditionKey[]): void {
    this.worker.postMessage({ type: 'catalogs', catalogs, globalKeys });
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
    this.worker.terminate();
  }

  private submit(job: Job): void {
    if (this.busy.has(job.kind)) this.queued.set(job.kind, job);
    else this.start(job);
  }

  private start(job: Job): void {
    this.busy.add(job.kind);
    this.running.set(job.request.id, job);
    this.worker.postMessage(job.request);
  }

  private receive(response: WorkerResponse): void {
    const job = this.running.get(response.id);
    if (!job) return;
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
