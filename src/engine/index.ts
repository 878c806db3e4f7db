/**
 * The engine's only entry point. Everything the UI, the CLI and the language service use is
 * exported here by name; inputs and outputs are plain JSON-serialisable data.
 */

// match
export {
  compileActionPattern,
  expandActionPattern,
  matchAction,
  type ActionMatcher,
} from './match/action';
export {
  compileResourcePattern,
  matchResource,
  splitUrn,
  type ResourceMatcher,
  type ResourceMatchReason,
  type ResourceMatchResult,
} from './match/urn';
export { compileWildcard, matchWildcard, type WildcardMatcher } from './match/wildcard';
