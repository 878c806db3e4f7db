import { useCallback, useMemo, useState } from 'react';
import { CodeText } from '../../../components/ui/code-text';
import { EmptyState } from '../../../components/ui/empty-state';
import { Notice } from '../../../components/ui/notice';
import { RowExplanation } from '../explain/row-explanation';
import { DEFAULT_SORT, NO_FILTER, groupByService, matrixItems, rowKey } from '../model/matrix-view';
import type { MatrixFilter, MatrixSort } from '../model/matrix-view';
import { nameLevels } from '../model/sentences';
import type { EvaluatorInputs } from '../use-evaluator-inputs';
import type { MatrixView } from '../../../analysis';
import type { StalePolicy } from '../../../analysis';
import { MatrixFilters } from './matrix-filters';
import { MatrixList } from './matrix-list';
import { ReportButtons } from './report-buttons';

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface MatrixTabProps {
  matrix: MatrixView | null;
  /** Policies the matrix shows as they last parsed. */
  stale: readonly StalePolicy[];
  inputs: EvaluatorInputs;
  failing: ReadonlySet<string>;
}

/** The API matrix: filters, counts, the grouped rows, and a row's explanation when opened. */
export function MatrixTab({ matrix, stale, inputs, failing }: MatrixTabProps) {
  const [filter, setFilter] = useState<MatrixFilter>(NO_FILTER);
  const [sort, setSort] = useState<MatrixSort>(DEFAULT_SORT);
  const [openKey, setOpenKey] = useState<string | null>(null);
  /** The grid's one tab stop: the row last focused or opened. */
  const [tabStop, setTabStop] = useState<string | null>(null);
  /** An explanation was just closed: its row gets the focus back. */
  const [returning, setReturning] = useState(false);
  const returned = useCallback(() => setReturning(false), []);
  const groups = useMemo(
    () => (matrix ? groupByService(matrix.rows, filter, sort) : []),
    [matrix, filter, sort],
  );
  const items = useMemo(() => matrixItems(groups), [groups]);
  const levelNames = inputs.chain.levelNames;
  const levelName = useMemo(() => (text: string) => nameLevels(text, levelNames), [levelNames]);

  if (inputs.identityDrafts.length === 0) {
    return (
      <EmptyState title="No identity draft to evaluate">
        <p>Open an identity policy draft, or choose drafts under Inputs.</p>
      </EmptyState>
    );
  }
  if (!matrix) return <EmptyState title="Computing the matrix…" />;
  const open = openKey === null ? undefined : matrix.rows.find((row) => rowKey(row) === openKey);
  if (open) {
    const back = () => {
      setReturning(true);
      setOpenKey(null);
    };
    return <RowExplanation row={open} inputs={inputs} onBack={back} />;
  }
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <MatrixFilters
        filter={filter}
        sort={sort}
        services={groups.map((g) => g.service)}
        counts={matrix.counts}
        onFilter={setFilter}
        onSort={setSort}
      />
      <div className="flex items-center justify-between gap-2 px-3 py-1">
        <ReportButtons inputs={inputs} />
      </div>
      {stale.length > 0 ? (
        <div className="px-3 pb-1">
          <Notice tone="info" role="status" title="Showing the last valid version">
            <ul aria-label="Policies shown as they last parsed" className="space-y-0.5">
              {stale.map((policy) => (
                <li key={policy.id}>
                  {`“${policy.name}” cannot be evaluated as it stands (`}
                  <CodeText text={policy.reason} />
                  {`; line ${policy.line}): the matrix shows its last valid version.`}
                </li>
              ))}
            </ul>
          </Notice>
        </div>
      ) : null}
      {matrix.problems.length > 0 ? (
        // Without it, a draft that stops parsing mid-edit would just turn every API "not allowed".
        <div className="px-3 pb-1">
          <Notice tone="warning" role="status" title="Not everything could be evaluated">
            <ul aria-label="Evaluation problems" className="list-disc space-y-0.5 pl-4">
              {matrix.problems.map((problem, index) => (
                <li key={`${problem.code}-${index}`}>{sentenceCase(problem.message)}</li>
              ))}
            </ul>
          </Notice>
        </div>
      ) : null}
      {matrix.rows.length === 0 ? (
        <EmptyState title="No APIs to show">
          <p>
            {inputs.services.length === 0
              ? 'The drafts mention no service with a catalog: add actions, or choose services under Inputs.'
              : 'The chosen services have no APIs in the catalogs of this policy model.'}
          </p>
        </EmptyState>
      ) : items.length === 0 ? (
        <EmptyState title="No API matches the filter" />
      ) : (
        <MatrixList
          tabStop={tabStop}
          onTabStop={setTabStop}
          focusOnMount={returning}
          onFocused={returned}
          items={items}
          failing={failing}
          levelName={levelName}
          onOpen={(row) => {
            setTabStop(rowKey(row));
            setOpenKey(rowKey(row));
          }}
        />
      )}
    </div>
  );
}
