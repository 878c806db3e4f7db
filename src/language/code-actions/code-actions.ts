import { findNodeAtOffset } from 'jsonc-parser';
import { readDocument } from '../json-document';
import type {
  CodeAction,
  Diagnostic,
  FormattingOptions,
  PolicyContext,
  TextSpan,
} from '../language-types';
import { formatDocument } from '../text-edits';
import { dependencyFixes } from './dependency-fixes';
import { renameFixes } from './rename-fixes';
import { structureFixes } from './structure-fixes';

function touches(diagnostic: Diagnostic, span: TextSpan): boolean {
  return (
    diagnostic.offset <= span.offset + span.length &&
    span.offset <= diagnostic.offset + diagnostic.length
  );
}

/**
 * Quick fixes for the findings that touch `span` (the cursor or selection) and the fixes that need
 * no finding: add an action's missing dependencies, format the document when it is not formatted.
 */
export function codeActions(
  text: string,
  span: TextSpan,
  diagnostics: readonly Diagnostic[],
  context: PolicyContext,
  formatting: FormattingOptions,
): CodeAction[] {
  const document = readDocument(text);
  const { catalogs } = context;
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (!touches(diagnostic, span)) continue;
    const node = document.root ? findNodeAtOffset(document.root, diagnostic.offset) : undefined;
    actions.push(...structureFixes(diagnostic, node, document, context.policyType, formatting));
    if (node && catalogs) actions.push(...renameFixes(diagnostic, node, catalogs, document.model));
  }
  if (catalogs) actions.push(...dependencyFixes(catalogs, document, span, formatting));
  const format = formatDocument(text, formatting);
  if (format.length > 0) actions.push({ title: 'Format the document', edits: format });
  return actions;
}
