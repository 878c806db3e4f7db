import type { CatalogSet, PolicyModel } from '../catalog';
import type { ApiMatrixInput, PolicySetDiff, PolicySize, PolicyType } from '../engine';
import type { ExpectationResult, ExpectationSuite } from '../expectations';
import type { Diagnostic, OutlineEntry } from '../language';
import type { StalePolicy } from './last-valid-texts';
import type { MatrixUpdate } from './matrix-patch';

/**
 * Messages between the page and the one analysis worker. Everything is plain data; the catalogs
 * cross once (when the set changes), every other message names only policies and choices.
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

export type AnalysisRequest =
  | { type: 'catalogs'; set: CatalogSet }
  | { type: 'check'; id: number; text: string; policyType: PolicyType }
  | { type: 'evaluate'; id: number; matrix: MatrixJob; suites: SuiteJob[] }
  | { type: 'compare'; id: number; before: MatrixJob; after: MatrixJob };

/** A draft's findings (the editor's markers and problems, the Findings tab), outline and size. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  outline: OutlineEntry[];
  /** The policy's size against the limit of its type (bytes or characters); `null` when unchecked. */
  size: PolicySize | null;
  /** Time the worker spent checking, for the latency report. */
  durationMs: number;
}

export interface SuiteResult {
  draftId: string;
  results: ExpectationResult[];
}

export type AnalysisResponse =
  | ({ type: 'check'; id: number } & CheckResult)
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
  | { type: 'error'; id: number; message: string };
