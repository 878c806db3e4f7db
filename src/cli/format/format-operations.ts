import {
  documentedSupportText,
  SUPPORT_LABELS,
  type OperationComparison,
  type SystemPolicyComparison,
} from '../../engine/index';
import { renderTable } from './render-table';

/** The actions of the operation's APIs, each once, in order. */
function actionsOf(operation: OperationComparison): string {
  const actions = operation.apis.map(({ row, apiId }) => row?.action ?? `${apiId} (not loaded)`);
  return [...new Set(actions)].join(', ');
}

/** Counts over every compared cell: how many there are and how many differ. */
export function countCells(comparisons: readonly SystemPolicyComparison[]) {
  const cells = comparisons.reduce((sum, comparison) => sum + comparison.operations.length, 0);
  const differences = comparisons.reduce((sum, comparison) => sum + comparison.differences, 0);
  return { cells, differences };
}

/**
 * Per policy: a table of its documented operations (documented and computed support, the
 * actions the operation's APIs need), then each difference with its reasons; last, the totals.
 */
export function formatComparisons(comparisons: readonly SystemPolicyComparison[]): string {
  if (comparisons.length === 0) return 'no system policy documents a table of common operations\n';
  const parts = comparisons.map((comparison) => {
    const { operations } = comparison;
    const agreeing = operations.length - comparison.differences;
    const rows = operations.map((operation) => [
      operation.agrees ? '' : '!',
      operation.operation,
      documentedSupportText(operation.documented),
      SUPPORT_LABELS[operation.computed],
      actionsOf(operation),
    ]);
    const differences = operations
      .filter((operation) => !operation.agrees)
      .flatMap((operation) => [
        `  ${operation.operation}: documented ${documentedSupportText(operation.documented)}, computed ${SUPPORT_LABELS[operation.computed]}`,
        ...operation.reasons.map((reason) => `    - ${reason}`),
      ]);
    const title = `${comparison.policyName} (${comparison.policyId}): ${agreeing} of ${operations.length} operations agree\n`;
    const table = renderTable(
      ['!', 'OPERATION', 'DOCUMENTED', 'COMPUTED', 'ACTIONS'],
      rows,
      'table',
    );
    return differences.length > 0
      ? `${title}${table}\nDifferences:\n${differences.join('\n')}\n`
      : title + table;
  });
  const { cells, differences } = countCells(comparisons);
  return `${parts.join('\n')}\n${cells - differences} of ${cells} documented cells agree; ${differences} differ\n`;
}
