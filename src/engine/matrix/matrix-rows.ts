/**
 * Rows and verdicts of a computed matrix, materialised on demand from its columns (and, for rows,
 * the catalogs it was computed over): a patch reads the rows that changed, an export all of them.
 * A row or verdict is a fresh object each time it is read.
 */
import type { CatalogApi, ServiceCatalog } from '../../catalog/catalog-types';
import { implicitDenySummary } from '../evaluate/conclude';
import type { Decision } from '../evaluate/evaluation-types';
import { API_STATUSES, DECISIONS, explainStatus } from './fold-status';
import type {
  ActionVerdict,
  ApiDependencyVerdict,
  ApiMatrix,
  ApiMatrixRow,
  ApiMatrixTable,
  ApiStatus,
} from './matrix-types';

/** The number of APIs (rows) of a matrix. */
export const matrixRowCount = (matrix: ApiMatrix): number => matrix.columns.status.length;

/** Verdict `index` of the matrix (an index in its verdict columns). */
function matrixVerdictAt(matrix: ApiMatrix, index: number): ActionVerdict {
  const { verdicts } = matrix;
  const action = verdicts.action[index] as string;
  return {
    action,
    decision: DECISIONS[verdicts.decision[index] as number] as Decision,
    reason: verdicts.reason[index] ?? implicitDenySummary(action, '*'),
    decisive: verdicts.decisive[index] as ActionVerdict['decisive'],
  };
}

/** Every verdict of the matrix, in order. */
export function matrixVerdicts(matrix: ApiMatrix): ActionVerdict[] {
  return matrix.verdicts.action.map((_, index) => matrixVerdictAt(matrix, index));
}

/** The status of row `index`. */
const statusAt = (matrix: ApiMatrix, index: number): ApiStatus =>
  API_STATUSES[matrix.columns.status[index] as number] as ApiStatus;

/** The catalog position (in `catalogIds`) of row `index`: the last catalog starting at or before it. */
function catalogOfRow(catalogStart: Int32Array, index: number): number {
  let low = 0;
  let high = catalogStart.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((catalogStart[middle] as number) <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The catalogs of the matrix's rows, by position in `catalogIds`, from `catalogs` (the list the
 * matrix was computed over, or a copy of it). Throws when one is missing or has another number of
 * APIs: the rows would be those of other catalogs.
 */
function matrixCatalogs(matrix: ApiMatrix, catalogs: readonly ServiceCatalog[]): ServiceCatalog[] {
  const byId = new Map(
    catalogs.filter((c) => c.model === matrix.model).map((catalog) => [catalog.id, catalog]),
  );
  const { catalogStart } = matrix.columns;
  return matrix.catalogIds.map((id, c) => {
    const catalog = byId.get(id);
    const count = (catalogStart[c + 1] as number) - (catalogStart[c] as number);
    if (!catalog || catalog.apis.length !== count)
      throw new Error(`the matrix's catalog \`${id}\` is not among the catalogs given`);
    return catalog;
  });
}

/** Shared by every row of an API without dependencies. */
const NO_DEPENDENCIES: ApiDependencyVerdict[] = Object.freeze(
  [],
) as unknown as ApiDependencyVerdict[];
const NO_VERDICTS: ActionVerdict[] = Object.freeze([]) as unknown as ActionVerdict[];

/**
 * Where rows get their verdicts from: a row read alone materialises its own; rows read all at
 * once share one verdict per action, and one dependency entry per action without a condition,
 * as many rows name the same actions.
 */
interface VerdictSource {
  verdict: (index: number) => ActionVerdict;
  /** `{ action, decision }` of a verdict, for a dependency without a condition. */
  dependency: (index: number) => ApiDependencyVerdict;
}

function freshVerdicts(matrix: ApiMatrix): VerdictSource {
  return {
    verdict: (index) => matrixVerdictAt(matrix, index),
    dependency: (index) => ({
      action: matrix.verdicts.action[index] as string,
      decision: DECISIONS[matrix.verdicts.decision[index] as number] as Decision,
    }),
  };
}

function sharedVerdicts(verdicts: readonly ActionVerdict[]): VerdictSource {
  const dependencies = new Array<ApiDependencyVerdict | undefined>(verdicts.length);
  return {
    verdict: (index) => verdicts[index] as ActionVerdict,
    dependency: (index) => {
      let dependency = dependencies[index];
      if (!dependency) {
        const { action, decision } = verdicts[index] as ActionVerdict;
        dependency = { action, decision };
        dependencies[index] = dependency;
      }
      return dependency;
    },
  };
}

/** Row `index` of the matrix, from the API's catalog entry and the verdicts. */
function materialise(
  matrix: ApiMatrix,
  source: VerdictSource,
  catalog: ServiceCatalog,
  api: CatalogApi,
  index: number,
): ApiMatrixRow {
  const { columns } = matrix;
  const own = source.verdict(columns.action[index] as number);
  const first = columns.dependencyStart[index] as number;
  const none = api.dependencies.length === 0;
  const dependencyVerdicts = none
    ? NO_VERDICTS
    : api.dependencies.map((_, i) => source.verdict(columns.dependencies[first + i] as number));
  const dependencies = none
    ? NO_DEPENDENCIES
    : api.dependencies.map(({ condition }, i): ApiDependencyVerdict => {
        const verdict = columns.dependencies[first + i] as number;
        if (condition === undefined) return source.dependency(verdict);
        const { action, decision } = dependencyVerdicts[i] as ActionVerdict;
        return { action, decision, condition };
      });
  const status = statusAt(matrix, index);
  const { reason, missingDependencies, missingConditionalDependencies } = explainStatus(
    status,
    own,
    dependencies,
    dependencyVerdicts,
  );
  const row: ApiMatrixRow = {
    catalogId: catalog.id,
    service: catalog.service,
    apiId: api.id,
    method: api.method,
    path: api.path,
    action: api.action,
    status,
    reason,
    actionDecision: own.decision,
    dependencies,
    missingDependencies,
    missingConditionalDependencies,
  };
  if (api.title !== undefined) row.title = api.title;
  return row;
}

/**
 * A reader of the matrix's rows by index (`0 .. matrixRowCount(matrix) - 1`). `catalogs`: the list
 * the matrix was computed over, or a copy of it; the reader throws at once when they do not match.
 */
export function matrixRowReader(
  matrix: ApiMatrix,
  catalogs: readonly ServiceCatalog[],
): (index: number) => ApiMatrixRow {
  const ofRows = matrixCatalogs(matrix, catalogs);
  const { catalogStart } = matrix.columns;
  const source = freshVerdicts(matrix);
  return (index) => {
    if (!(index >= 0 && index < matrixRowCount(matrix)))
      throw new RangeError(`the matrix has no row ${index}`);
    const c = catalogOfRow(catalogStart, index);
    const catalog = ofRows[c] as ServiceCatalog;
    const api = catalog.apis[index - (catalogStart[c] as number)] as CatalogApi;
    return materialise(matrix, source, catalog, api, index);
  };
}

function allRows(
  matrix: ApiMatrix,
  catalogs: readonly ServiceCatalog[],
  source: VerdictSource,
): ApiMatrixRow[] {
  const ofRows = matrixCatalogs(matrix, catalogs);
  const { catalogStart } = matrix.columns;
  const rows = new Array<ApiMatrixRow>(matrixRowCount(matrix));
  ofRows.forEach((catalog, c) => {
    const start = catalogStart[c] as number;
    catalog.apis.forEach((api, i) => {
      rows[start + i] = materialise(matrix, source, catalog, api, start + i);
    });
  });
  return rows;
}

/** Every row of the matrix, in order. */
export function matrixRows(matrix: ApiMatrix, catalogs: readonly ServiceCatalog[]): ApiMatrixRow[] {
  return allRows(matrix, catalogs, sharedVerdicts(matrixVerdicts(matrix)));
}

/** The matrix with every row materialised (its columns left out). */
export function matrixTable(
  matrix: ApiMatrix,
  catalogs: readonly ServiceCatalog[],
): ApiMatrixTable {
  const actions = matrixVerdicts(matrix);
  return {
    model: matrix.model,
    catalogIds: matrix.catalogIds,
    rows: allRows(matrix, catalogs, sharedVerdicts(actions)),
    actions,
    counts: matrix.counts,
    problems: matrix.problems,
    assumptions: matrix.assumptions,
  };
}
