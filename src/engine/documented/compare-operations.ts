/**
 * A system policy's documented table of common operations (ECS Table 3) against what the engine
 * computes: each operation calls the APIs the catalogs' hand-kept operation map names, and is
 * supported when the API matrix of the policy alone (no SCPs) allows every one of them with its
 * dependencies. Each difference is put into words that name the actions and the policy's
 * patterns that miss them, so a reader can check the documentation against the catalogs.
 */
import type {
  DocumentedOperation,
  OperationSupport,
  ServiceCatalog,
  SystemPolicy,
} from '../../catalog/catalog-types';
import { computeApiMatrix } from '../matrix/compute-api-matrix';
import { matrixRowReader } from '../matrix/matrix-rows';
import type { ApiMatrixRow } from '../matrix/matrix-types';
import {
  describeMisses,
  grantingPatterns,
  policyPatterns,
  type PolicyPatterns,
} from './pattern-misses';

/** What the engine makes of an operation: `unknown` when an API it calls is not loaded. */
export type ComputedSupport = 'supported' | 'not-supported' | 'conditional' | 'unknown';

/** What the user reads for each computed support, in the app and the CLI. */
export const SUPPORT_LABELS: Record<ComputedSupport, string> = {
  supported: 'supported',
  'not-supported': 'not supported',
  conditional: 'conditional',
  unknown: 'unknown',
};

/** A documented cell as the table prints it: `not supported (VNC login not supported)`. */
export function documentedSupportText(cell: OperationSupport): string {
  const verdict = cell.supported ? 'supported' : 'not supported';
  return cell.note ? `${verdict} (${cell.note})` : verdict;
}

export interface OperationApiResult {
  catalogId: string;
  apiId: string;
  /** The API's matrix row (its action, dependencies and status); `null` when not loaded. */
  row: ApiMatrixRow | null;
}

export interface OperationComparison {
  operation: string;
  documented: OperationSupport;
  computed: ComputedSupport;
  apis: OperationApiResult[];
  /** Why the operation calls these APIs (from the operation map); `null` when it has no entry. */
  mapping: string | null;
  agrees: boolean;
  /** For a difference, one sentence per cause; empty when the cells agree. */
  reasons: string[];
}

export interface SystemPolicyComparison {
  policyId: string;
  policyName: string;
  operations: OperationComparison[];
  /** How many operations differ. */
  differences: number;
}

const api = (row: ApiMatrixRow) => `${row.method ?? ''} ${row.path}`.trim();

function computedSupport(results: readonly OperationApiResult[]): ComputedSupport {
  if (results.length === 0 || results.some(({ row }) => row === null)) return 'unknown';
  const statuses = results.map(({ row }) => row?.status);
  if (statuses.every((status) => status === 'allowed')) return 'supported';
  return statuses.some((status) => status !== 'allowed' && status !== 'conditional')
    ? 'not-supported'
    : 'conditional';
}

/**
 * Why an API the table says the policy supports is not (fully) allowed. When no Allow pattern
 * names the action (or a missing dependency), the patterns that miss it say why; otherwise
 * something else decided (a Deny, a condition, a resource), and the matrix's reason says what.
 */
function whyNotAllowed(row: ApiMatrixRow, patterns: PolicyPatterns): string[] {
  const missed = (action: string) => grantingPatterns(action, patterns).length === 0;
  if (row.status === 'implicit-deny' && missed(row.action))
    return [describeMisses(row.action, api(row), patterns)];
  if (row.status === 'allowed-missing-dependencies' && row.missingDependencies.every(missed))
    return row.missingDependencies.map((dependency) =>
      describeMisses(dependency, `a dependency of ${api(row)}`, patterns),
    );
  return [`${api(row)}: ${row.reason}`];
}

/** Why an API the table says the policy does not support is allowed. */
function whyAllowed(row: ApiMatrixRow, patterns: PolicyPatterns): string {
  const granting = grantingPatterns(row.action, patterns);
  if (row.status !== 'allowed' || granting.length === 0) return `${api(row)}: ${row.reason}`;
  return `\`${row.action}\` (${api(row)}) is allowed by ${granting.map((p) => `\`${p}\``).join(', ')}`;
}

function reasonsFor(
  documented: OperationSupport,
  results: readonly OperationApiResult[],
  patterns: PolicyPatterns,
): string[] {
  if (results.length === 0) return ['the operation map names no API for this operation'];
  return results.flatMap(({ catalogId, apiId, row }) => {
    if (row === null) return [`\`${apiId}\` is not an API of the loaded catalog \`${catalogId}\``];
    if (documented.supported) return row.status === 'allowed' ? [] : whyNotAllowed(row, patterns);
    return row.status === 'allowed' || row.status === 'conditional'
      ? [whyAllowed(row, patterns)]
      : [];
  });
}

/**
 * Compares `policy`'s column of the documented table with the support computed over `catalogs`.
 * Operations come in the table's order; a policy without a documented column has none.
 */
export function compareDocumentedOperations(
  policy: SystemPolicy,
  operations: readonly DocumentedOperation[],
  catalogs: readonly ServiceCatalog[],
): SystemPolicyComparison {
  const cells = policy.operationSupport ?? [];
  const byName = new Map(operations.map((operation) => [operation.operation, operation]));
  const refs = cells.flatMap((cell) => byName.get(cell.operation)?.apis ?? []);
  const catalogById = new Map(
    catalogs.filter((catalog) => catalog.model === policy.model).map((c) => [c.id, c]),
  );
  const services = [...new Set(refs.map((ref) => catalogById.get(ref.catalogId)?.service))];
  const text = JSON.stringify(policy.document);
  const matrix = computeApiMatrix({
    identityPolicies: [{ id: policy.id, name: policy.name, text }],
    scps: [],
    catalogs,
    // The table says what the policy can allow: a condition on the request leaves it open.
    unknownContext: true,
    services: services.filter((service): service is string => service !== undefined),
  });
  const readRow = matrixRowReader(matrix, catalogs);
  const rowOf = (catalogId: string, apiId: string): ApiMatrixRow | null => {
    const c = matrix.catalogIds.indexOf(catalogId);
    const index = catalogById.get(catalogId)?.apis.findIndex((entry) => entry.id === apiId) ?? -1;
    if (c < 0 || index < 0) return null;
    return readRow((matrix.columns.catalogStart[c] as number) + index);
  };
  const patterns = policyPatterns(text, catalogs);
  const compared = cells.map((documented): OperationComparison => {
    const entry = byName.get(documented.operation);
    const apis = (entry?.apis ?? []).map(({ catalogId, apiId }) => ({
      catalogId,
      apiId,
      row: rowOf(catalogId, apiId),
    }));
    const computed = computedSupport(apis);
    const agrees = computed === (documented.supported ? 'supported' : 'not-supported');
    return {
      operation: documented.operation,
      documented,
      computed,
      apis,
      mapping: entry?.reason ?? null,
      agrees,
      reasons: agrees ? [] : reasonsFor(documented, apis, patterns),
    };
  });
  return {
    policyId: policy.id,
    policyName: policy.name,
    operations: compared,
    differences: compared.filter((operation) => !operation.agrees).length,
  };
}
