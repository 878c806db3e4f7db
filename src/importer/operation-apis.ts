/**
 * The hand-kept map from the operations of documented system-policy tables (ECS Table 3) to the
 * APIs they call (`catalogs/overrides/system-policy-operations.json`). The documentation names
 * operations, not APIs, so the map is ours: each entry says why, and the importer checks it
 * against the tables and the catalogs so that it cannot drift from them silently.
 */
import type { ApiRef, DocumentedOperation, ServiceCatalog } from '../catalog/index';
import {
  arrayOf,
  objectOf,
  runCheck,
  stringMatching,
  type ValidationResult,
} from '../catalog/shape-checks';
import type { OperationRow } from './parse-system-policies';

export interface OperationApis {
  /** As the table prints it. */
  operation: string;
  apis: ApiRef[];
  reason: string;
}

const text = stringMatching(/\S/, 'a non-empty string');
const file = objectOf(
  {
    operations: arrayOf(
      objectOf({
        operation: text,
        apis: arrayOf(objectOf({ catalogId: text, apiId: text })),
        reason: text,
      }),
    ),
  },
  { description: text },
);

/** Checks the file's shape: every entry has a reason and at least one API, once per operation. */
export function validateOperationApis(data: unknown): ValidationResult<OperationApis[]> {
  const result = runCheck<{ operations: OperationApis[] }>(file, data);
  if (!result.ok) return result;
  const errors: string[] = [];
  const seen = new Set<string>();
  result.value.operations.forEach((entry, index) => {
    if (entry.apis.length === 0)
      errors.push(`operations[${index}].apis: expected at least one API`);
    if (seen.has(entry.operation))
      errors.push(`operations[${index}].operation: \`${entry.operation}\` is listed twice`);
    seen.add(entry.operation);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: result.value.operations };
}

/**
 * The table rows with their APIs. A row without an entry, an entry without a row and an API
 * that its catalog does not hold are problems: the import stops rather than publish a guess.
 */
export function mapOperations(
  rows: readonly (OperationRow & { file: string })[],
  entries: readonly OperationApis[],
  catalogs: readonly ServiceCatalog[],
): { operations: DocumentedOperation[]; problems: string[] } {
  const problems: string[] = [];
  const byName = new Map(entries.map((entry) => [entry.operation, entry]));
  const operations: DocumentedOperation[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    // One row per operation: a second table naming it again is about the same operation.
    if (seen.has(row.operation)) continue;
    seen.add(row.operation);
    const entry = byName.get(row.operation);
    if (!entry) {
      problems.push(
        `system-policy-operations.json: no entry for \`${row.operation}\` (${row.file}:${row.line})`,
      );
      continue;
    }
    for (const { catalogId, apiId } of entry.apis) {
      const catalog = catalogs.find((candidate) => candidate.id === catalogId);
      if (!catalog?.apis.some((api) => api.id === apiId))
        problems.push(
          `system-policy-operations.json: \`${row.operation}\` names \`${apiId}\`, which is not an API of \`${catalogId}\``,
        );
    }
    operations.push({
      operation: row.operation,
      apis: entry.apis,
      reason: entry.reason,
      source: { file: row.file, line: row.line },
    });
  }
  for (const operation of byName.keys())
    if (!seen.has(operation))
      problems.push(
        `system-policy-operations.json: \`${operation}\` is not an operation of any documented table`,
      );
  return { operations, problems };
}
