import type { GlobalConditionKey, PolicyModel, ServiceCatalog } from '../../../catalog';
import type { ApiMatrixInput, PolicySetDiff, PolicyType } from '../../../engine';
import type { ExpectationResult, ExpectationSuite } from '../../../expectations';
import type { Finding } from '../findings/locate-findings';
import type { StalePolicy } from './last-valid-texts';
import type { MatrixUpdate } from './matrix-patch';

/**
 * Messages between the panel and the evaluator worker. Everything is plain data; the catalogs
 * cross once (when they change), every other message names only policies and choices.
 */

/**
 * A matrix to compute, without the catalogs (the worker holds those). With `mentionedIn`, the rows
 * are the services the identity policies mention in that model's catalogs, read from the texts
 * the worker evaluates (a draft's last valid version while it does not parse), not `services`.
 */
export type MatrixJob = Omit<ApiMatrixInput, 'catalogs'> & { mentionedIn?: PolicyModel };

export interface SuiteJob {
  draftId: string;
  suite: ExpectationSuite;
}

export type WorkerRequest =
  | { type: 'catalogs'; catalogs: ServiceCatalog[]; globalKeys: GlobalConditionKey[] }
  | { type: 'findings'; id: number; text: string; policyType: PolicyType }
  | { type: 'evaluate'; id: number; matrix: MatrixJob; suites: SuiteJob[] }
  | { type: 'compare'; id: number; before: MatrixJob; after: MatrixJob };

export interface SuiteResult {
  draftId: string;
  results: ExpectationResult[];
}

export type WorkerResponse =
  | {
      type: 'evaluate';
      id: number;
      /** Relative to the previous matrix this page received from the worker. */
      update: MatrixUpdate;
      suites: SuiteResult[];
      /** Policies whose text does not parse, evaluated as they last did. */
      stale: StalePolicy[];
      /** How long the worker took to compute the matrix and check the expectations, in ms. */
      computeMs: number;
    }
  | { type: 'compare'; id: number; diff: PolicySetDiff }
  | { type: 'findings'; id: number; findings: Finding[] }
  | { type: 'error'; id: number; message: string };
