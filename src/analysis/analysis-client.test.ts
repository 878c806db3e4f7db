import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerLike } from '../lib/watched-worker';
import type { CatalogSet } from '../catalog';
import { AnalysisClient, TIMED_OUT } from './analysis-client';
import type { AnalysisRequest, AnalysisResponse, MatrixJob } from './analysis-protocol';

function fakeWorker() {
  const sent: AnalysisRequest[] = [];
  let listener: ((event: { data: AnalysisResponse }) => void) | null = null;
  let onError: ((event: { message?: string }) => void) | null = null;
  const worker: WorkerLike<AnalysisRequest, AnalysisResponse> & { terminated: boolean } = {
    terminated: false,
    postMessage: (message) => sent.push(message),
    addEventListener: (type: 'message' | 'error', l: never) => {
      if (type === 'message') listener = l;
      else onError = l;
    },
    terminate: () => {
      worker.terminated = true;
    },
  };
  const answer = (id: number) =>
    listener?.({
      data: {
        type: 'compare',
        id,
        diff: {
          apis: { newlyAllowed: [], newlyDenied: [], changed: [] },
          actions: { newlyAllowed: [], newlyDenied: [], changed: [] },
        },
      },
    });
  const crash = (message: string) => onError?.({ message });
  return { worker, sent, answer, crash };
}

const job = (name: string): MatrixJob => ({
  identityPolicies: [{ id: name, text: '{}' }],
  scps: [],
});
const ids = (sent: AnalysisRequest[]) => sent.map((m) => ('id' in m ? m.id : 'catalogs'));

describe('the analysis client', () => {
  it('runs one job of a kind at a time and skips the superseded ones', () => {
    const { worker, sent, answer } = fakeWorker();
    const client = new AnalysisClient(() => worker);
    const answered: number[] = [];
    client.compare(job('1'), job('1'), (a) => answered.push(a.id));
    client.compare(job('2'), job('2'), (a) => answered.push(a.id));
    client.compare(job('3'), job('3'), (a) => answered.push(a.id));
    expect(ids(sent)).toEqual([1]);
    answer(1);
    expect(answered).toEqual([1]);
    expect(ids(sent)).toEqual([1, 3]);
    answer(3);
    expect(answered).toEqual([1, 3]);
  });

  it('keeps lanes apart: a running comparison holds back neither a matrix nor the checks', () => {
    const { worker, sent } = fakeWorker();
    const client = new AnalysisClient(() => worker);
    client.compare(job('a'), job('b'), () => undefined);
    client.evaluate(job('a'), [], () => undefined);
    client.check('editor', '{}', 'identity', () => undefined);
    client.check('editor', '{"Version":"5.0"}', 'identity', () => undefined);
    client.check('findings', '{}', 'scp', () => undefined);
    expect(sent.map((m) => m.type)).toEqual(['compare', 'evaluate', 'check', 'check']);
    const checks = sent.filter((m) => m.type === 'check');
    expect(checks.map((m) => [m.text, m.policyType])).toEqual([
      ['{}', 'identity'],
      ['{}', 'scp'],
    ]);
  });

  it('sends a catalog set once, and a new set when it changes', () => {
    const { worker, sent } = fakeWorker();
    const client = new AnalysisClient(() => worker);
    const first: CatalogSet = { catalogs: [], globalKeys: [] };
    const second: CatalogSet = { catalogs: [], globalKeys: [] };
    client.setCatalogs(first);
    client.check('editor', '{}', 'identity', () => undefined);
    client.setCatalogs(first);
    client.setCatalogs(second);
    expect(sent.map((m) => (m.type === 'catalogs' ? m.set : m.type))).toEqual([
      first,
      'check',
      second,
    ]);
  });

  it('fails the job in flight when the worker crashes, and goes on with the next one', () => {
    const { worker, sent, crash } = fakeWorker();
    const client = new AnalysisClient(() => worker);
    const answers: string[] = [];
    client.evaluate(job('1'), [], (a) => answers.push(a.type === 'error' ? a.message : 'ok'));
    client.evaluate(job('2'), [], () => undefined);
    crash('out of memory');
    expect(answers).toEqual(['out of memory']);
    expect(ids(sent)).toEqual([1, 2]);
  });

  describe('a worker that stops answering', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('fails the job after the timeout with a message, and restarts the worker', () => {
      vi.useFakeTimers();
      const stuck = fakeWorker();
      const fresh = fakeWorker();
      const made = [stuck, fresh];
      const client = new AnalysisClient(() => made.shift()?.worker ?? fresh.worker, 1_000);
      client.setCatalogs({ catalogs: [], globalKeys: [] });
      const answers: string[] = [];
      client.evaluate(job('1'), [], (a) => answers.push(a.type === 'error' ? a.message : 'ok'));
      client.evaluate(job('2'), [], (a) => answers.push(a.type === 'error' ? a.message : 'ok'));
      vi.advanceTimersByTime(999);
      expect(answers).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(answers).toEqual([TIMED_OUT]);
      expect(TIMED_OUT).toBe(
        'it took longer than 20 s and was stopped; the analysis worker was restarted, and the next change is analysed again',
      );
      expect(stuck.worker.terminated).toBe(true);
      // The fresh worker gets the catalogs again, then the job that was waiting.
      expect(ids(fresh.sent)).toEqual(['catalogs', 2]);
      // A late answer of the replaced worker is ignored; the fresh worker's is taken.
      stuck.answer(1);
      fresh.answer(2);
      expect(answers).toHaveLength(2);
      expect(answers[1]).toBe('ok');
    });

    it('answers in time are not affected by the timeout', () => {
      vi.useFakeTimers();
      const { worker, answer } = fakeWorker();
      const client = new AnalysisClient(() => worker, 1_000);
      const answers: string[] = [];
      client.compare(job('a'), job('b'), (a) => answers.push(a.type));
      vi.advanceTimersByTime(500);
      answer(1);
      vi.advanceTimersByTime(1_000);
      expect(answers).toEqual(['compare']);
      expect(worker.terminated).toBe(false);
    });
  });
});
