import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { listChecks, type IssueSeverity } from '../../engine/index';
import { STDIN_NAME } from '../read-input';
import type { FileFindings } from './format-findings';
import { lineLocator } from '../../text-formats/line-locator';

/** What SARIF viewers show for each of the linter's severities. */
const LEVELS: Record<IssueSeverity, Result.level> = {
  ERROR: 'error',
  SECURITY_WARNING: 'warning',
  WARNING: 'warning',
  SUGGESTION: 'note',
};

/** The run's producer and what it checked against, for the log's header. */
export interface SarifTool {
  version: string;
  catalogs: { version: string; date: string | null };
}

/**
 * A check as a SARIF rule. GitHub code scanning files a result as a security alert when its rule
 * is tagged `security` and has a `security-severity`; over-broad grants are worth a "high" (7.0).
 */
function rule(check: ReturnType<typeof listChecks>[number]): ReportingDescriptor {
  const security = check.severity === 'SECURITY_WARNING';
  return {
    id: check.code,
    shortDescription: { text: check.summary },
    defaultConfiguration: { level: LEVELS[check.severity] },
    properties: {
      tags: security && check.group !== 'security' ? [check.group, 'security'] : [check.group],
      ...(security ? { 'security-severity': '7.0' } : {}),
    },
  };
}

/**
 * The file as a SARIF artifact location: a relative path stays relative to the directory the
 * command ran in (`%SRCROOT%`, the repository root in CI), an absolute one becomes a file URL.
 * Standard input has no URI, only a description.
 */
function artifactLocation(file: FileFindings) {
  if (file.path === STDIN_NAME) return { description: { text: 'standard input' } };
  if (isAbsolute(file.path)) return { uri: pathToFileURL(file.path).href };
  const uri = file.path.split(/[\\/]/).map(encodeURIComponent).join('/');
  return { uri, uriBaseId: '%SRCROOT%' };
}

/**
 * Findings as a SARIF 2.1.0 log: one run whose tool lists every check as a rule (id = finding
 * code), one result per finding with its level and its region (1-based lines and UTF-16 columns,
 * the end exclusive, as the engine's ranges are).
 */
export function findingsSarif(files: readonly FileFindings[], tool: SarifTool): Log {
  const checks = listChecks();
  const ruleIndex = new Map(checks.map((check, index) => [check.code as string, index]));
  const results = files.flatMap((file) => {
    const locate = lineLocator(file.text);
    return file.issues.map((issue): Result => {
      const start = locate(issue.range.offset);
      const end = locate(issue.range.offset + issue.range.length);
      const index = ruleIndex.get(issue.code);
      return {
        ruleId: issue.code,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVELS[issue.severity],
        message: { text: issue.hint ? `${issue.message}; hint: ${issue.hint}` : issue.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(file),
              region: {
                startLine: start.line,
                startColumn: start.column,
                endLine: end.line,
                endColumn: end.column,
              },
            },
          },
        ],
      };
    });
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policy-workbench',
            version: tool.version,
            semanticVersion: tool.version,
            rules: checks.map(rule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { catalogs: tool.catalogs },
      },
    ],
  };
}
