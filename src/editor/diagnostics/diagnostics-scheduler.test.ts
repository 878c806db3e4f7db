import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDiagnosticsScheduler } from './diagnostics-scheduler';

interface Snapshot {
  version: number;
}

/** A check whose answer the test releases by hand, in any order. */
function deferredRuns() {
  const runs: { snapshot: Snapshot; resolve: (value: string) => void }[] = [];
  const run = (snapshot: Snapshot) =>
    new Promise<string>((resolve) => runs.push({ snapshot, resolve }));
  return { runs, run };
}

describe('diagnostics scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(currentVersion: () => number) {
    const { runs, run } = deferredRuns();
    const applied: [number, string][] = [];
    const scheduler = createDiagnosticsScheduler<Snapshot, string>({
      delayMs: 300,
      run,
      isCurrent: (snapshot) => snapshot.version === currentVersion(),
      apply: (snapshot, result) => applied.push([snapshot.version, result]),
    });
    return { runs, applied, scheduler };
  }

  it('waits for a quiet time and checks only the last of a burst of changes', async () => {
    let version = 1;
    const { runs, applied, scheduler } = setup(() => version);
    scheduler.schedule({ version: 1 });
    vi.advanceTimersByTime(200);
    version = 2;
    scheduler.schedule({ version: 2 });
    vi.advanceTimersByTime(299);
    expect(runs).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(runs.map((r) => r.snapshot.version)).toEqual([2]);
    runs[0]?.resolve('second');
    await vi.runAllTimersAsync();
    expect(applied).toEqual([[2, 'second']]);
  });

  it('drops an answer that arrives after a newer check started, even if it comes back last', async () => {
    let version = 1;
    const { runs, applied, scheduler } = setup(() => version);
    scheduler.schedule({ version: 1 }, true);
    version = 2;
    scheduler.schedule({ version: 2 }, true);
    runs[1]?.resolve('new');
    await vi.runAllTimersAsync();
    runs[0]?.resolve('old');
    await vi.runAllTimersAsync();
    expect(applied).toEqual([[2, 'new']]);
  });

  it('drops an answer once the text has changed, before the next check even starts', async () => {
    let version = 1;
    const { runs, applied, scheduler } = setup(() => version);
    scheduler.schedule({ version: 1 }, true);
    version = 2;
    scheduler.schedule({ version: 2 });
    runs[0]?.resolve('stale');
    await Promise.resolve();
    expect(applied).toEqual([]);
  });

  it('applies nothing after dispose', async () => {
    const { runs, applied, scheduler } = setup(() => 1);
    scheduler.schedule({ version: 1 }, true);
    scheduler.dispose();
    runs[0]?.resolve('late');
    await vi.runAllTimersAsync();
    scheduler.schedule({ version: 1 }, true);
    expect(applied).toEqual([]);
    expect(runs).toHaveLength(1);
  });
});
