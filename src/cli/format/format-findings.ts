import type { IssueSeverity, PolicyIssue } from '../../engine/index';
import { lineLocator } from '../../text-formats/line-locator';

/** One checked file and its findings. */
export interface FileFindings {
  path: string;
  text: string;
  issues: PolicyIssue[];
}

const severities: readonly IssueSeverity[] = ['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION'];

/**
 * Findings as compilers print them, `file:line:column  SEVERITY  CODE  message`, each followed
 * by its hint; then one summary line counting findings by severity.
 */
export function formatFindings(files: readonly FileFindings[]): string {
  const lines: string[] = [];
  for (const file of files) {
    const locate = lineLocator(file.text);
    for (const issue of file.issues) {
      const { line, column } = locate(issue.range.offset);
      lines.push(
        `${file.path}:${line}:${column}  ${issue.severity}  ${issue.code}  ${issue.message}`,
      );
      if (issue.hint) lines.push(`    hint: ${issue.hint}`);
    }
  }
  const counts = countBySeverity(files);
  const total = severities.reduce((sum, severity) => sum + counts[severity], 0);
  const parts = severities
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`);
  lines.push(
    `${files.length} file(s) checked: ${total === 0 ? 'no findings' : `${total} finding(s) (${parts.join(', ')})`}`,
  );
  return lines.join('\n') + '\n';
}

/** Findings as JSON records, with 1-based start and end positions next to the engine's range. */
export function findingsJson(files: readonly FileFindings[]): object {
  return {
    files: files.map((file) => {
      const locate = lineLocator(file.text);
      return {
        path: file.path,
        issues: file.issues.map((issue) => {
          const start = locate(issue.range.offset);
          const end = locate(issue.range.offset + issue.range.length);
          return {
            ...issue,
            line: start.line,
            column: start.column,
            endLine: end.line,
            endColumn: end.column,
          };
        }),
      };
    }),
    counts: countBySeverity(files),
  };
}

function countBySeverity(files: readonly FileFindings[]): Record<IssueSeverity, number> {
  const counts: Record<IssueSeverity, number> = {
    ERROR: 0,
    SECURITY_WARNING: 0,
    WARNING: 0,
    SUGGESTION: 0,
  };
  for (const file of files) for (const issue of file.issues) counts[issue.severity]++;
  return counts;
}
