import type { ServiceCatalog } from '../../../catalog';
import { computeApiMatrix, createCatalogLookup, diffPolicySets } from '../../../engine';
import type { CatalogLookup } from '../../../engine';
import { checkSuite } from '../../../expectations';
import { locateFindings } from '../findings/locate-findings';
import { policyUsage } from '../model/policy-usage';
import { applyMatrixUpdate, matrixUpdate } from './matrix-patch';
import type { SentMatrix } from './matrix-patch';
import type { MatrixJob, WorkerRequest, WorkerResponse } from './evaluator-protocol';
import { LastValidTexts, type StalePolicy } from './last-valid-texts';

/**
 * Computes matrices, expectation checks, comparisons and the linter's findings off the main
 * thread, so typing in the editor never waits for them.
 */
let catalogs: ServiceCatalog[] = [];
let lookup: CatalogLookup = createCatalogLookup([]);
/** The matrix the page holds: the next one is sent as a patch of it. */
let sent: SentMatrix | null = null;
const lastValid = new LastValidTexts();

function answer(request: Exclude<WorkerRequest, { type: 'catalogs' }>): WorkerResponse {
  if (request.type === 'findings') {
    return {
      type: 'findings',
      id: request.id,
      findings: locateFindings(request.text, request.policyType, lookup),
    };
  }
  if (request.type === 'compare') {
    return {
      type: 'compare',
      id: request.id,
      diff: diffPolicySets({ ...request.before, catalogs }, { ...request.after, catalogs }),
    };
  }
  const started = performance.now();
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
        lookup.services(mentionedIn),
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

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'catalogs') {
    catalogs = request.catalogs;
    lookup = createCatalogLookup(request.catalogs, request.globalKeys);
    return;
  }
  let response: WorkerResponse;
  try {
    response = answer(request);
  } catch (error) {
    // The engine does not throw on bad policies; this is the last guard so the panel hears back.
    response = {
      type: 'error',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(response);
});
