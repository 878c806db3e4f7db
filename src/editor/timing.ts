/**
 * Performance entries the e2e tests read to report latency (`performance.getEntriesByName`).
 * Each name keeps its latest entries only, so a long session does not grow the timeline.
 */
const KEEP = 200;

/** Records a measure named `name` from `start` (a `performance.now()` time) until now. */
export function recordDuration(name: string, start: number): void {
  if (performance.getEntriesByName(name, 'measure').length >= KEEP) performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}
