/** The one analysis worker and its client: every question about policy text the page asks off the main thread. */
export type { AnalysisAnswer, AnalysisClient } from './analysis-client';
export type { CheckResult, MatrixJob, SuiteJob, SuiteResult } from './analysis-protocol';
export { applyMatrixUpdate, type MatrixView } from './matrix-patch';
export type { StalePolicy } from './last-valid-texts';
export { policyUsage, type KeyUsage } from './policy-usage';
export { sharedAnalysisClient } from './shared-analysis-client';
