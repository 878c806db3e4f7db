/**
 * The policy language service: pure functions of (text, offset, policy type, catalogs) for the
 * editor. No Monaco, no React, no stores; offsets are 0-based UTF-16 positions.
 */
export { codeActions } from './code-actions/code-actions';
export { complete } from './completion/complete';
export { computeDiagnostics } from './diagnostics';
export { hover } from './hover/hover';
export { outline } from './outline';
export { createPolicyCatalogs, type PolicyCatalogs } from './policy-catalogs';
export { diffEdit, formatDocument } from './text-edits';
export { addDependencyActions } from './add-dependencies';
export { SEVERITY_LABELS } from './severity';
export {
  maskHexAccounts,
  maskPolicyText,
  maskValue,
  Pseudonyms,
  type MaskOptions,
} from './mask-ids';
export {
  emptyPolicyText,
  insertIntoStatement,
  type InsertableItem,
  type InsertResult,
} from './insert-into-statement';
export type {
  CompletionKind,
  Diagnostic,
  OutlineEntry,
  PolicyContext,
  TextEdit,
  TextSpan,
} from './language-types';
