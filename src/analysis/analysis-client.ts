import type { CatalogSet } from '../catalog';
import type { PolicyType } from '../engine';
import { WatchedWorker, WORKER_TIMEOUT_MS, type WorkerLike } from '../lib/watched-worker';
import type { AnalysisRequest, AnalysisResponse, MatrixJob, SuiteJob } from './analysis-protocol';

type Kind = Exclude<AnalysisRequest['type'], 'catalogs'>;
type ErrorAnswer = Extract<AnalysisResponse, { type: 'error' }>;
export type AnalysisAnswer<K extends Kind> = Extract<AnalysisResponse, { type: K }> | ErrorAnswer;

interface Job {
  /** Jobs of one lane replace each other while one of them runs: the newest wins. */
  lane: string;
  request: Exclude<AnalysisRequest, { type: 'catalogs' }>;
  onAnswer: (response: AnalysisResponse) => void;
}

/** What a job that the worker did not answer in time is answered with. */
export const TIMED_OUT = `it took longer than ${WORKER_TIMEOUT_MS / 1000} s and was stopped; the analysis worker was restarted, and the next change is analysed again`;

/**
 * Talks to the one analysis worker. Each caller asks in its own lane (the editor's checks, the
 * Findings tab's, the matrix, the comparison), one job per lane at a time; while a job runs, newer
 * jobs of its lane replace each other in a one-place queue, so when the user types faster than
 * the worker answers, superseded versions are skipped instead of queued: the latest wins. The
 * catalogs are sent once per set (by identity), and again to a replacement worker. A job the
 * worker does not answer in time is answered with an error and the worker replaced, so nothing
 * waits forever.
 */
export class AnalysisClient {
  private nextId = 1;
  private readonly running = new Map<number, Job>();
  private readonly busy = new Set<string>();
  private readonly queued = new Map<string, Job>();
  private catalogs: CatalogSet | null = null;
  private readonly worker: WatchedWorker<AnalysisRequest, AnalysisResponse>;

  constructor(
    createWorker: () => WorkerLike<AnalysisRequest, AnalysisResponse>,
    timeoutMs = WORKER_TIMEOUT_MS,
  ) {
    this.worker = new WatchedWorker(
      createWorker,
      {
        onMessage: (response) => this.receive(response),
        // A worker that fails to load or crashes answers nothing: fail the jobs in flight instead
        // of leaving their callers waiting for the timeout.
        onError: (message) => this.failRunning(message || 'the analysis worker stopped'),
        onRestart: () => {
          // Catalogs first: failing the running jobs starts the queued ones on the fresh worker.
          if (this.catalogs) this.worker.post({ type: 'catalogs', set: this.catalogs });
          this.failRunning(TIMED_OUT);
        },
      },
      timeoutMs,
    );
  }

  /** The catalogs every later job is answered against; the same set is sent only once. */
  setCatalogs(set: CatalogSet): void {
    if (set === this.catalogs) return;
    this.catalogs = set;
    this.worker.post({ type: 'catalogs', set });
  }

  /** A draft's findings, outline and size; `lane` names the asker (its answers replace each other). */
  check(
    lane: string,
    text: string,
    policyType: PolicyType,
    onAnswer: (answer: AnalysisAnswer<'check'>) => void,
  ): void {
    this.submit(`check:${lane}`, { type: 'check', id: this.nextId++, text, policyType }, onAnswer);
  }

  evaluate(
    matrix: MatrixJob,
    suites: SuiteJob[],
    onAnswer: (answer: AnalysisAnswer<'evaluate'>) => void,
  ): void {
    this.submit('evaluate', { type: 'evaluate', id: this.nextId++, matrix, suites }, onAnswer);
  }

  compare(
    before: MatrixJob,
    after: MatrixJob,
    onAnswer: (answer: AnalysisAnswer<'compare'>) => void,
  ): void {
    this.submit('compare', { type: 'compare', id: this.nextId++, before, after }, onAnswer);
  }

  dispose(): void {
    this.running.clear();
    this.queued.clear();
    this.worker.dispose();
  }

  private submit<K extends Kind>(
    lane: string,
    request: Extract<AnalysisRequest, { type: K }>,
    onAnswer: (answer: AnalysisAnswer<K>) => void,
  ): void {
    const job: Job = { lane, request, onAnswer: onAnswer as (response: AnalysisResponse) => void };
    if (this.busy.has(lane)) this.queued.set(lane, job);
    else this.start(job);
  }

  private start(job: Job): void {
    this.busy.add(job.lane);
    this.running.set(job.request.id, job);
    this.worker.request(job.request.id, job.request);
  }

  private failRunning(message: string): void {
    for (const id of [...this.running.keys()]) this.receive({ type: 'error', id, message });
  }

  private receive(response: AnalysisResponse): void {
    const job = this.running.get(response.id);
    if (!job) return;
    this.worker.answered(response.id);
    this.running.delete(response.id);
    this.busy.delete(job.lane);
    const next = this.queued.get(job.lane);
    if (next) {
      this.queued.delete(job.lane);
      this.start(next);
    }
    job.onAnswer(response);
  }
}
