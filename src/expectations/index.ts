/**
 * Expectations, pure: reading them from untrusted JSON, checking them against an API matrix, and
 * the exported file of suites. The panel, the worker and `policy-workbench test` all use this
 * entry, so the app and CI check the same way.
 */
export { STATUS_LABELS, decisionStatus, isDeniedStatus } from './api-status';
export {
  checkExpectations,
  describeExpectation,
  expectationServices,
  type ExpectationFailure,
  type ExpectationResult,
  type FailingRow,
} from './check-expectations';
export {
  ACCESS_LEVELS,
  MAX_EXPECTATIONS,
  readExpectation,
  readExpectations,
  type Expectation,
  type ExpectationTarget,
  type ExpectedOutcome,
} from './expectation';
export {
  EXPECTATION_FILE,
  checkSuite,
  expectationFile,
  readExpectationFile,
  type ExpectationSuite,
  type ReadExpectationFileResult,
} from './expectation-suite';
export { readRequestContext, type RequestContext } from './request-context';
