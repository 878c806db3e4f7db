import { startTransition, useEffect, useState } from 'react';
import { applyMatrixUpdate, sharedAnalysisClient } from '../../analysis';
import type {
  AnalysisClient,
  MatrixJob,
  MatrixView,
  StalePolicy,
  SuiteJob,
  SuiteResult,
} from '../../analysis';
import type { CatalogSet } from '../../catalog';

const NO_STALE: StalePolicy[] = [];

/** The name of the `performance` measure each matrix update records (edit seen → matrix shown). */
const EDIT_TO_MATRIX_MEASURE = 'evaluator:edit-to-matrix';

interface Answered {
  job: MatrixJob;
  /** The last matrix received; kept when a later answer is an error. */
  matrix: MatrixView | null;
  suites: SuiteResult[];
  /** Policies shown as they last parsed (kept with the matrix they belong to). */
  stale: StalePolicy[];
  error: string | null;
  /** `performance.now()` when the input that produced this answer was seen. */
  inputAt: number;
  /** From the input being seen to the answer arriving, in ms. */
  latencyMs: number;
  /** The worker's own time for the matrix and the expectations, in ms. */
  computeMs: number | null;
}

export interface Evaluation {
  matrix: MatrixView | null;
  suites: SuiteResult[];
  stale: StalePolicy[];
  error: string | null;
  latencyMs: number | null;
  computeMs: number | null;
  /** The shown matrix is for an older input; a newer one is being computed. */
  updating: boolean;
  client: AnalysisClient;
}

/**
 * The matrix and expectation results of the current inputs, computed in the analysis worker
 * against the settled catalog set (`null` while the catalogs load). Every input
 * change is sent at once; the client drops superseded ones, so typing is never blocked and the
 * matrix follows as fast as it can be computed.
 */
export function useEvaluation(
  job: MatrixJob,
  suites: SuiteJob[],
  catalogs: CatalogSet | null,
): Evaluation {
  const client = sharedAnalysisClient();
  const [answered, setAnswered] = useState<Answered | null>(null);

  useEffect(() => {
    if (!catalogs || catalogs.catalogs.length === 0) return;
    client.setCatalogs(catalogs);
    const inputAt = performance.now();
    client.evaluate(job, suites, (answer) => {
      const latencyMs = performance.now() - inputAt;
      // A transition: showing the answer yields to typing.
      startTransition(() =>
        setAnswered((previous) =>
          answer.type === 'error'
            ? {
                job,
                matrix: previous?.matrix ?? null,
                suites: [],
                stale: previous?.stale ?? [],
                error: answer.message,
                inputAt,
                latencyMs,
                computeMs: null,
              }
            : {
                job,
                // Every answer is applied, in order: the worker sends patches of the previous one.
                matrix: applyMatrixUpdate(previous?.matrix ?? null, answer.update),
                suites: answer.suites,
                stale: answer.stale,
                error: null,
                inputAt,
                latencyMs,
                computeMs: answer.computeMs,
              },
        ),
      );
    });
  }, [client, job, suites, catalogs]);

  // Once the answer is on screen: the edit-to-matrix time, for the browser's performance tools.
  useEffect(() => {
    if (answered) performance.measure(EDIT_TO_MATRIX_MEASURE, { start: answered.inputAt });
  }, [answered]);

  return {
    matrix: answered?.matrix ?? null,
    suites: answered?.suites ?? [],
    stale: answered?.stale ?? NO_STALE,
    error: answered?.error ?? null,
    latencyMs: answered?.latencyMs ?? null,
    computeMs: answered?.computeMs ?? null,
    updating: answered === null || answered.job !== job,
    client,
  };
}
