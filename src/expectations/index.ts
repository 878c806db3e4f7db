/**
 * Expectations, pure: reading them from untrusted JSON, checking them against an API matrix, and
 * the exported file of suites. The panel, the worker and `policy-workbench test` all use this
 * entry, so the app and CI check the same way.
 */
export { STATUS_LABELS, decisionStatus } from './api-status';
export { describeExpectation, type ExpectationResult } from './check-expectations';
export {
  ACCESS_LEVELS,
  readExpectations,
  type Expectation,
  type ExpectationTarget,
  type ExpectedOutcome,
} from './expectation';
export {
  checkSuite,
  expectationFile,
  readExpectationFile,
  type ExpectationSuite,
} from './expectation-suite';
export { readRequestContext } from './request-context';
