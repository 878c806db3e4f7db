import type { CatalogSet } from '../catalog';
import { computeApiMatrix, diffPolicySets, policySize, readPolicyDocument } from '../engine';
import { checkSuite } from '../expectations';
import { computeDiagnostics, createPolicyCatalogs, outline } from '../language';
import type { PolicyCatalogs } from '../language';
import type {
  AnalysisRequest,
  AnalysisResponse,
  CheckResult,
  MatrixJob,
} from './analysis-protocol';
import { LastValidTexts, type StalePolicy } from './last-valid-texts';
import { applyMatrixUpdate, matrixUpdate } from './matrix-patch';
import type { SentMatrix } from './matrix-patch';
import { policyUsage } from './policy-usage';

/**
 * The one analysis worker: it holds the catalogs (indexed once) and answers every question about
 * policy text off the main thread: the findings, outline and size of a draft for the editor and
 * the Findings tab, the API matrix with expectations, and comparisons. Typing never waits for it.
 */
const NO_CATALOGS: CatalogSet = { catalogs: [], globalKeys: [] };
let set: CatalogSet = NO_CATALOGS;
/** `null` until a set arrives: until then a draft is checked against the grammar only. */
let indexed: PolicyCatalogs | null = null;
/** The matrix the page holds: the next one is sent as a patch of it. */
let sent: SentMatrix | null = null;
const lastValid = new LastValidTexts();

type CheckRequest = Extract<AnalysisRequest, { type: 'check' }>;
type EvaluateRequest = Extract<AnalysisRequest, { type: 'evaluate' }>;

function check(text: string, policyType: CheckRequest['policyType']): CheckResult {
  const started = performance.now();
  return {
    diagnostics: computeDiagnostics(text, { policyType, catalogs: indexed }),
    outline: outline(text),
    size: policySize(text, policyType, readPolicyDocument(text).model),
    durationMs: performance.now() - started,
  };
}

function evaluate(request: EvaluateRequest): AnalysisResponse {
  const started = performance.now();
  const { catalogs } = set;
  const stale: StalePolicy[] = [];
  const steady = <J extends Pick<MatrixJob, 'identityPolicies' | 'scps'>>(job: J): J => ({
    ...job,
    identityPolicies: lastValid.steady(job.identityPolicies, 'identity', stale),
    scps: job.scps.map((level) => lastValid.steady(level, 'scp', stale)),
  });
  const { mentionedIn, ...job } = steady(request.matrix);
  const services = mentionedIn
    ? policyUsage(
        job.identityPolicies.map((policy) => policy.text),
        indexed?.lookup.services(mentionedIn) ?? [],
      ).services
    : job.services;
  const matrix = computeApiMatrix({ ...job, ...(services ? { services } : {}), catalogs });
  const update = matrixUpdate(sent, matrix, catalogs);
  const suites = request.suites.map(({ draftId, suite }) => ({
    draftId,
    results: checkSuite(steady(suite), catalogs),
  }));
  // INVARIANT: the page applies every evaluate answer, in order; only a complete answer counts.
  sent = { view: applyMatrixUpdate(sent?.view ?? null, update), matrix, catalogs };
  return {
    type: 'evaluate',
    id: request.id,
    update,
    suites,
    stale,
    computeMs: performance.now() - started,
  };
}

function answer(request: Exclude<AnalysisRequest, { type: 'catalogs' }>): AnalysisResponse {
  switch (request.type) {
    case 'check':
      return { type: 'check', id: request.id, ...check(request.text, request.policyType) };
    case 'compare':
      return {
        type: 'compare',
        id: request.id,
        diff: diffPolicySets(
          { ...request.before, catalogs: set.catalogs },
          { ...request.after, catalogs: set.catalogs },
        ),
      };
    case 'evaluate':
      return evaluate(request);
  }
}

self.addEventListener('message', (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  if (request.type === 'catalogs') {
    set = request.set;
    indexed = createPolicyCatalogs(set.catalogs, set.globalKeys);
    return;
  }
  let response: AnalysisResponse;
  try {
    response = answer(request);
  } catch (error) {
    // The engine does not throw on bad policies; this is the last guard so the page hears back.
    response = {
      type: 'error',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(response);
});
