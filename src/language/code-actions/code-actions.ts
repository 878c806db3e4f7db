import { readPolicyDocument } from '../../engine';
import { findNodeAtOffset, getLocation } from 'jsonc-parser';
import type {
  CodeAction,
  Diagnostic,
  FormattingOptions,
  PolicyContext,
  TextSpan,
} from '../language-types';
import { formatDocument } from '../text-edits';
import { dependencyFixes } from './dependency-fixes';
import { aliasFixes, renameFixes } from './rename-fixes';
import { structureFixes } from './structure-fixes';

/** Ten times the largest policy the services accept (6,144 characters). */
const FORMAT_CHECK_LIMIT = 61_440;

/** An action name: only inside one is a scan from the document's start worth it. */
const ACTION_NAME = /^[\w-]+:[\w*?-]*:[\w*?-]+$/;

/** The text between the quotes around `offset` on its line ('' when not inside quotes). */
function quotedTextAt(text: string, offset: number): string {
  const start = text.lastIndexOf('"', offset - 1);
  const end = text.indexOf('"', offset);
  if (start < 0 || end < 0) return '';
  const quoted = text.slice(start + 1, end);
  return quoted.includes('\n') ? '' : quoted;
}

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
  const { catalogs } = context;
  const actions: CodeAction[] = [];
  const touching = diagnostics.filter((diagnostic) => touches(diagnostic, span));
  // Monaco asks whenever the cursor rests: a bare cursor away from findings and from `Action`
  // entries needs no parse of the (possibly long) document.
  const onAction =
    span.length > 0 ||
    (ACTION_NAME.test(quotedTextAt(text, span.offset)) &&
      getLocation(text, span.offset).path.includes('Action'));
  if (touching.length > 0 || (onAction && catalogs)) {
    const document = readPolicyDocument(text);
    for (const diagnostic of touching) {
      const node = document.root ? findNodeAtOffset(document.root, diagnostic.offset) : undefined;
      actions.push(...structureFixes(diagnostic, node, document, context.policyType, formatting));
      if (node) actions.push(...renameFixes(diagnostic, node, catalogs, document.model));
      if (node && catalogs) {
        actions.push(...aliasFixes(diagnostic, node, text, catalogs, document.model, formatting));
      }
    }
    if (catalogs && onAction)
      actions.push(...dependencyFixes(catalogs, document, span, formatting));
  }
  // Monaco asks for code actions whenever the cursor rests, so the "is it formatted?" test (a
  // full format) is skipped past policy sizes; Format Document (Shift+Alt+F) still works there.
  if (text.length <= FORMAT_CHECK_LIMIT) {
    const format = formatDocument(text, formatting);
    if (format.length > 0) actions.push({ title: 'Format the document', edits: format });
  }
  return actions;
}
