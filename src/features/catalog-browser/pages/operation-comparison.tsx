import { useMemo } from 'react';
import { Badge } from '../../../components/ui/badge';
import { CodeText } from '../../../components/ui/code-text';
import { Loading } from '../../../components/ui/loading';
import type { DocumentedOperation, SystemPolicy } from '../../../catalog';
import {
  compareDocumentedOperations,
  documentedSupportText,
  SUPPORT_LABELS,
  type OperationComparison,
} from '../../../engine';
import { STATUS_LABELS } from '../../../expectations';
import { CatalogLink } from '../catalog-link';
import { useCatalogModelContext } from '../catalog-model-context';
import { count } from '../labels';
import { actionPath, apiPath } from '../model/routes';
import { Section } from './section';

function OperationApis({ operation }: { operation: OperationComparison }) {
  return (
    <ul className="space-y-0.5 text-xs">
      {operation.apis.map(({ catalogId, apiId, row }) => (
        <li key={`${catalogId} ${apiId}`}>
          <CatalogLink to={apiPath(catalogId, apiId)} mono>
            {apiId}
          </CatalogLink>
          {row ? (
            <>
              {' needs '}
              <CatalogLink to={actionPath(catalogId, row.action)} mono>
                {row.action}
              </CatalogLink>
              {row.dependencies.length > 0
                ? ` + ${count(row.dependencies.length, 'dependency', 'dependencies')}`
                : ''}{' '}
              <Badge tone={row.status === 'allowed' ? 'success' : 'neutral'}>
                {STATUS_LABELS[row.status]}
              </Badge>
            </>
          ) : (
            ` (not in the loaded ${catalogId})`
          )}
        </li>
      ))}
    </ul>
  );
}

function OperationItem({ operation }: { operation: OperationComparison }) {
  const { agrees, documented, computed } = operation;
  return (
    <li
      aria-label={operation.operation}
      className="border-b border-slate-100 py-1.5 last:border-b-0 dark:border-slate-800"
    >
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="text-sm font-medium">{operation.operation}</span>
        <Badge>documented: {documentedSupportText(documented)}</Badge>
        <Badge tone={agrees ? 'success' : 'danger'}>computed: {SUPPORT_LABELS[computed]}</Badge>
        {agrees ? null : <Badge tone="danger">differs</Badge>}
      </div>
      <OperationApis operation={operation} />
      {operation.reasons.length > 0 ? (
        <ul
          aria-label={`Why ${operation.operation} differs`}
          className="mt-1 list-disc rounded border border-rose-200 bg-rose-50 py-1 pr-2 pl-6 text-xs text-rose-950 dark:border-rose-900 dark:bg-rose-950/50 dark:text-rose-100"
        >
          {operation.reasons.map((reason) => (
            <li key={reason}>
              <CodeText text={reason} />
            </li>
          ))}
        </ul>
      ) : null}
      {operation.mapping ? (
        <details className="text-xs text-slate-600 dark:text-slate-300">
          <summary className="cursor-pointer">Why these APIs</summary>
          <CodeText text={operation.mapping} />
        </details>
      ) : null}
    </li>
  );
}

/**
 * The policy's documented common operations next to the support the engine computes over the
 * loaded catalogs, with the reason for each difference. Waits for the catalogs still loading,
 * so that an API is never reported missing only because its catalog has not arrived yet.
 */
export function OperationComparisonSection({
  policy,
  operations,
}: {
  policy: SystemPolicy;
  operations: readonly DocumentedOperation[];
}) {
  const { catalogs, services } = useCatalogModelContext();
  const loading = services.some((service) => service.load.status === 'pending');
  const comparison = useMemo(
    () => (loading ? null : compareDocumentedOperations(policy, operations, catalogs)),
    [loading, policy, operations, catalogs],
  );
  return (
    <Section title="Documented common operations, compared">
      {comparison === null ? (
        <Loading label="Loading the catalogs to compare with…" />
      ) : (
        <>
          <p className="text-xs">
            {`${comparison.operations.length - comparison.differences} of ${count(comparison.operations.length, 'documented operation')} agree with the computed support; ${comparison.differences} ${comparison.differences === 1 ? 'differs' : 'differ'}.`}
          </p>
          <p className="text-xs text-slate-600 dark:text-slate-300">
            Computed: this policy alone (no SCPs) allows every API the operation calls, with its
            dependencies. The documentation names operations, not APIs; which APIs an operation
            calls is kept by hand, with a reason for each.
          </p>
          <ul aria-label={`${policy.name} documented operations`}>
            {comparison.operations.map((operation) => (
              <OperationItem key={operation.operation} operation={operation} />
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
