/**
 * Debounces checks of a changing text and applies only the newest answer: a check started before
 * a later one (or for text that has changed since) is dropped when it comes back, whatever order
 * the answers arrive in.
 */
export interface SchedulerOptions<S, R> {
  /** Quiet time after the last change before a check starts (Monaco itself waits 500 ms). */
  delayMs: number;
  run: (snapshot: S) => Promise<R>;
  /** Still describes the editor's text (the model version has not moved on)? */
  isCurrent: (snapshot: S) => boolean;
  apply: (snapshot: S, result: R) => void;
  timers?: {
    set: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
    clear: (handle: ReturnType<typeof setTimeout>) => void;
  };
}

export interface DiagnosticsScheduler<S> {
  /** Checks `snapshot` after the quiet time, or at once with `immediate`. */
  schedule(snapshot: S, immediate?: boolean): void;
  dispose(): void;
}

export function createDiagnosticsScheduler<S, R>(
  options: SchedulerOptions<S, R>,
): DiagnosticsScheduler<S> {
  const timers = options.timers ?? {
    set: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clear: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let generation = 0;
  let disposed = false;

  const start = (snapshot: S) => {
    timer = null;
    const mine = ++generation;
    void options.run(snapshot).then((result) => {
      if (disposed || mine !== generation || !options.isCurrent(snapshot)) return;
      options.apply(snapshot, result);
    });
  };

  return {
    schedule(snapshot, immediate = false) {
      if (disposed) return;
      if (timer !== null) timers.clear(timer);
      // A newer change makes any check in flight stale at once.
      generation += 1;
      if (immediate) start(snapshot);
      else timer = timers.set(() => start(snapshot), options.delayMs);
    },
    dispose() {
      disposed = true;
      if (timer !== null) timers.clear(timer);
    },
  };
}
