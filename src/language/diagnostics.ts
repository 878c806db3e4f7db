import { validatePolicy } from '../engine';
import type { Diagnostic, PolicyContext } from './language-types';

/**
 * The engine's findings for `text`, positioned for the editor. Severity, code and wording are the
 * engine's own (its check registry decides them); nothing is added or re-ranked here.
 */
export function computeDiagnostics(text: string, context: PolicyContext): Diagnostic[] {
  const { issues } = validatePolicy({
    text,
    policyType: context.policyType,
    ...(context.catalogs ? { lookup: context.catalogs.lookup } : {}),
  });
  return issues.map((issue) => ({
    offset: issue.range.offset,
    length: issue.range.length,
    code: issue.code,
    severity: issue.severity,
    message: issue.message,
    ...(issue.hint === undefined ? {} : { hint: issue.hint }),
  }));
}
