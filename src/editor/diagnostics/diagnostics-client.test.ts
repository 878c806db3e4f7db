import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiagnosticsClient } from './diagnostics-client';
import type { WorkerLike } from '../../lib/watched-worker';
import type { CatalogSet, FromWorker, ToWorker } from './diagnostics-protocol';

function fakeWorker() {
  const sent: ToWorker[] = [];
  let listener: ((event: { data: FromWorker }) => void) | null = null;
  const worker: WorkerLike<ToWorker, FromWorker> = {
    postMessage: (message) => sent.push(message),
    addEventListener: (type: 'message' | 'error', callback: never) => {
      if (type === 'message') listener = callback;
    },
    terminate: () => undefined,
  };
  const answer = (requestId: number, code: string) =>
    listener?.({
      data: {
        type: 'checked',
        requestId,
        diagnostics: [{ offset: 0, length: 1, code, severity: 'ERROR', message: code }],
        outline: [],
        size: { used: 1, limit: 6144, unit: 'bytes' as const, overflowAt: null },
        durationMs: 1,
      },
    });
  return { worker, sent, answer };
}

describe('diagnostics client', () => {
  it('sends a catalog set once, then refers to it by id', () => {
    const { worker, sent } = fakeWorker();
    const client = new DiagnosticsClient(() => worker);
    const set: CatalogSet = { catalogs: [], globalKeys: [] };
    void client.check('{}', 'identity', set);
    void client.check('{ }', 'scp', set);
    void client.check('{}', 'identity', null);
    expect(sent.map((m) => m.type)).toEqual(['catalogs', 'check', 'check', 'check']);
    const [catalogs, first, second, grammarOnly] = sent;
    expect(catalogs?.type === 'catalogs' && catalogs.catalogsId).toBe(1);
    expect(first?.type === 'check' && first.catalogsId).toBe(1);
    expect(second?.type === 'check' && [second.policyType, second.catalogsId]).toEqual(['scp', 1]);
    expect(grammarOnly?.type === 'check' && grammarOnly.catalogsId).toBeNull();
  });

  it('resolves each check with its own answer, whatever the order', async () => {
    const { worker, sent, answer } = fakeWorker();
    const client = new DiagnosticsClient(() => worker);
    const first = client.check('a', 'identity', null);
    const second = client.check('b', 'identity', null);
    const ids = sent.map((m) => (m.type === 'check' ? m.requestId : -1));
    answer(ids[1] ?? -1, 'B');
    answer(ids[0] ?? -1, 'A');
    expect((await first).diagnostics[0]?.code).toBe('A');
    expect((await second).diagnostics[0]?.code).toBe('B');
  });

  describe('a worker that stops answering', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('is given up after the timeout with a finding that says so, and replaced', async () => {
      vi.useFakeTimers();
      const workers = [fakeWorker(), fakeWorker()];
      const terminated: number[] = [];
      let made = 0;
      const client = new DiagnosticsClient(() => {
        const index = made++;
        const fake = workers[index] as ReturnType<typeof fakeWorker>;
        return { ...fake.worker, terminate: () => terminated.push(index) };
      }, 1_000);
      const set: CatalogSet = { catalogs: [], globalKeys: [] };
      const stuck = client.check('{"Action": ["*?*?*?Z"]}', 'identity', set);
      vi.advanceTimersByTime(1_000);
      const result = await stuck;
      expect(result.diagnostics.map((d) => d.code)).toEqual(['CHECK_TIMED_OUT']);
      expect(result.diagnostics[0]?.message).toContain('the checker was restarted');
      expect(terminated).toEqual([0]);

      const next = client.check('{}', 'identity', set);
      const fresh = workers[1] as ReturnType<typeof fakeWorker>;
      // The fresh worker is sent the catalogs again before the check.
      expect(fresh.sent.map((m) => m.type)).toEqual(['catalogs', 'check']);
      const request = fresh.sent[1];
      fresh.answer(request?.type === 'check' ? request.requestId : -1, 'OK');
      expect((await next).diagnostics[0]?.code).toBe('OK');
    });

    it('answers in time are not affected by the timeout', async () => {
      vi.useFakeTimers();
      const { worker, sent, answer } = fakeWorker();
      const client = new DiagnosticsClient(() => worker, 1_000);
      const check = client.check('a', 'identity', null);
      vi.advanceTimersByTime(500);
      const request = sent[0];
      answer(request?.type === 'check' ? request.requestId : -1, 'A');
      vi.advanceTimersByTime(1_000);
      expect((await check).diagnostics[0]?.code).toBe('A');
    });
  });
});
