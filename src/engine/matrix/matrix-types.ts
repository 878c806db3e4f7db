/** Inputs and outputs of the API matrix and of policy-set diffs: plain structured-clonable data. */
import type { PolicyModel, ServiceCatalog } from '../../catalog/catalog-types';
import type { AssumptionId } from '../assumptions';
import type {
  Decision,
  EvaluationProblem,
  PolicyInput,
  RequestContext,
  StatementRef,
} from '../evaluate/evaluation-types';
import type { ResourceScope } from './scoped-urn';

export interface ApiMatrixInput {
  identityPolicies: readonly PolicyInput[];
  /** `[]`: not governed by SCPs; otherwise levels from the root to the account. */
  scps: readonly (readonly PolicyInput[])[];
  /** Catalogs to draw APIs from; only those of the policies' own model (5.0 or 1.1) are used. */
  catalogs: readonly ServiceCatalog[];
  /** Restrict the rows to these service prefixes (case-insensitive). */
  services?: readonly string[];
  /** The request context every action is evaluated with. */
  context?: RequestContext;
  /** Keys missing from `context` are unknown rather than absent (decisions may be conditional). */
  unknownContext?: boolean;
  /** What is known of the resources requests name; without it they are wholly unknown. */
  resourceScope?: ResourceScope;
}

export type ApiStatus =
  | 'allowed'
  | 'allowed-missing-dependencies'
  | 'conditional'
  | 'denied-by-scp'
  | 'explicit-deny'
  | 'implicit-deny';

/** The decision for one action, as the matrix evaluated it. */
export interface ActionVerdict {
  action: string;
  decision: Decision;
  /** One line: the summary of the decision. */
  reason: string;
  decisive: StatementRef[];
}

export interface ApiDependencyVerdict {
  action: string;
  /** When the catalog says the dependency is needed only in some situations. */
  condition?: string;
  decision: Decision;
}

export interface ApiMatrixRow {
  catalogId: string;
  service: string;
  apiId: string;
  method: string | null;
  path: string;
  title?: string;
  action: string;
  status: ApiStatus;
  /** One line saying why. */
  reason: string;
  actionDecision: Decision;
  dependencies: ApiDependencyVerdict[];
  /** Dependency actions the API always needs that are denied while its own action is allowed. */
  missingDependencies: string[];
  /**
   * Dependency actions the API needs only in some situations (the catalog's condition, such as
   * "required only for quickly importing a data disk image") that are denied while its own action
   * is allowed: the API is then `conditional`, allowed except in those situations.
   */
  missingConditionalDependencies: { action: string; condition: string }[];
}

/**
 * The matrix as computed: per action its verdict, and per API only what the verdicts do not
 * already say, in arrays ("columns") rather than one object per row or verdict. Objects a matrix
 * over 100,000 APIs keeps until it is done outlive the young generation, and copying and then
 * collecting them cost more than deciding the actions; a panel shows a few dozen rows at a time
 * and an edit changes a few, so rows and verdicts are materialised on demand (see `matrix-rows`).
 * Plain structured-clonable data, so it can leave a Web Worker.
 */
export interface ApiMatrix {
  model: PolicyModel;
  /** Ids of the catalogs the APIs come from. */
  catalogIds: string[];
  columns: ApiColumns;
  /** Every action of the chosen catalogs and every dependency action, by name as written. */
  verdicts: VerdictColumns;
  counts: Record<ApiStatus, number>;
  problems: EvaluationProblem[];
  /** The assumptions every request of the matrix rests on: how it names their resources. */
  assumptions: AssumptionId[];
}

/** Per verdict (an action as written), in the order the matrix first asked for them. */
export interface VerdictColumns {
  action: string[];
  /** The decision, as an index in `DECISIONS`. */
  decision: Uint8Array;
  /**
   * The one-line reason; `null` for an implicit deny on resource `*`, whose reason only names the
   * action (see `implicitDenySummary`) and would otherwise be one more string kept per action.
   */
  reason: (string | null)[];
  /** Shared between verdicts with the same decisive statements. */
  decisive: StatementRef[][];
}

/**
 * Per API, in row order: catalog by catalog (as in `catalogIds`), each catalog's APIs in catalog
 * order, so the API at row `r` of catalog `c` is `apis[r - catalogStart[c]]` of that catalog.
 */
export interface ApiColumns {
  /** Catalog `c`'s rows are `catalogStart[c] .. catalogStart[c + 1]`; the last entry is the row count. */
  catalogStart: Int32Array;
  /** Per row: the status, as an index in `API_STATUSES`. */
  status: Uint8Array;
  /** Per row: the index in `verdicts` of the verdict of the API's own action. */
  action: Int32Array;
  /**
   * Row `r`'s dependencies (in catalog order) have their verdicts at the indices in `verdicts`
   * held by `dependencies[dependencyStart[r] .. dependencyStart[r + 1]]`.
   */
  dependencyStart: Int32Array;
  dependencies: Int32Array;
  /** Per dependency (as `dependencies`): 1 when the catalog says it is needed only in some situations. */
  conditional: Uint8Array;
}

/** The matrix with every row materialised: what the CLI prints and a report lists. */
export interface ApiMatrixTable {
  model: PolicyModel;
  catalogIds: string[];
  rows: ApiMatrixRow[];
  actions: ActionVerdict[];
  counts: Record<ApiStatus, number>;
  problems: EvaluationProblem[];
  assumptions: AssumptionId[];
}

/** One API or action whose outcome differs between two policy sets. */
/**
 * An outcome on one side of a comparison; `not-in-catalogs` when the sides are of two models and
 * that side's catalogs have no such API.
 */
export type ChangeOutcome = ApiStatus | Decision | 'not-in-catalogs';

export interface MatrixChange {
  /** The API id (`catalogId` tells where), or the action name for action changes. */
  id: string;
  catalogId: string | null;
  action: string;
  /** The `before` side's action for the API, when it is another (two models compared). */
  beforeAction?: string;
  before: ChangeOutcome;
  after: ChangeOutcome;
  beforeReason: string;
  afterReason: string;
  /** One line: what changed and why. */
  reason: string;
}

export interface ChangeGroups {
  newlyAllowed: MatrixChange[];
  newlyDenied: MatrixChange[];
  changed: MatrixChange[];
}

export interface PolicySetDiff {
  apis: ChangeGroups;
  actions: ChangeGroups;
}
