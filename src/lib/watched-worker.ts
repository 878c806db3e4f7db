/** The part of a `Worker` a watched worker uses (so tests can pass a fake). */
export interface WorkerLike<ToWorker, FromWorker> {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

/**
 * A request that has not been answered by then is given up and the worker replaced. Far above any
 * real request (a policy at eight times its size limit is checked and evaluated in well under a
 * second; a slow machine takes a few), so only a worker that is stuck is ever restarted.
 */
export const WORKER_TIMEOUT_MS = 20_000;

export interface WatchedWorkerHandlers<FromWorker> {
  /** A message from the current worker; a replaced worker's late answers never arrive here. */
  onMessage: (data: FromWorker) => void;
  /** The current worker failed to load or threw. Without it, errors wait for the timeout. */
  onError?: (message: string) => void;
  /**
   * A request went unanswered past the timeout: the worker was terminated and a fresh one started,
   * which holds none of the old one's state. `abandoned` lists every request that was in flight;
   * none of them will be answered.
   */
  onRestart: (abandoned: number[]) => void;
}

/**
 * A worker whose requests have a deadline: a request that is not answered in time (an endless loop,
 * a pathological input) restarts the worker, so the page never waits on it forever. The client
 * sends requests with `request`, and says `answered` when their answer arrives.
 */
export class WatchedWorker<ToWorker, FromWorker> {
  private worker: WorkerLike<ToWorker, FromWorker>;
  private readonly deadlines = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly createWorker: () => WorkerLike<ToWorker, FromWorker>,
    private readonly handlers: WatchedWorkerHandlers<FromWorker>,
    private readonly timeoutMs = WORKER_TIMEOUT_MS,
  ) {
    this.worker = this.start();
  }

  private start(): WorkerLike<ToWorker, FromWorker> {
    const worker = this.createWorker();
    worker.addEventListener('message', (event) => {
      if (worker === this.worker) this.handlers.onMessage(event.data);
    });
    const { onError } = this.handlers;
    if (onError) {
      worker.addEventListener('error', (event) => {
        if (worker === this.worker) onError(event.message ?? '');
      });
    }
    return worker;
  }

  /** Sends a message that expects no answer (state the worker keeps, such as catalogs). */
  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  /** Sends request `id`, which must be answered within the timeout. */
  request(id: number, message: ToWorker): void {
    this.deadlines.set(
      id,
      setTimeout(() => this.restart(), this.timeoutMs),
    );
    this.worker.postMessage(message);
  }

  /** Request `id` was answered (or failed): it no longer has a deadline. */
  answered(id: number): void {
    clearTimeout(this.deadlines.get(id));
    this.deadlines.delete(id);
  }

  private restart(): void {
    const abandoned = [...this.deadlines.keys()];
    this.clearDeadlines();
    this.worker.terminate();
    this.worker = this.start();
    this.handlers.onRestart(abandoned);
  }

  private clearDeadlines(): void {
    for (const timer of this.deadlines.values()) clearTimeout(timer);
    this.deadlines.clear();
  }

  dispose(): void {
    this.clearDeadlines();
    this.worker.terminate();
  }
}
