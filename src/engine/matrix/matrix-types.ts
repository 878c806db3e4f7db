/** Inputs and outputs of the API matrix and of policy-set diffs: plain JSON-serialisable data. */
import type { PolicyModel, ServiceCatalog } from '../../catalog/catalog-types';
import type {
  Decision,
  EvaluationProblem,
  PolicyInput,
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
  context?: Record<string, string | string[]>;
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
  /** Dependency actions that are denied while the API's own action is allowed. */
  missingDependencies: string[];
}

export interface ApiMatrix {
  model: PolicyModel;
  /** Ids of the catalogs the rows come from. */
  catalogIds: string[];
  rows: ApiMatrixRow[];
  /** Every action of the chosen catalogs and every dependency action, by name as written. */
  actions: ActionVerdict[];
  counts: Record<ApiStatus, number>;
  problems: EvaluationProblem[];
}

/** One API or action whose outcome differs between two policy sets. */
export interface MatrixChange {
  /** The API id (`catalogId` tells where), or the action name for action changes. */
  id: string;
  catalogId: string | null;
  action: string;
  before: ApiStatus | Decision;
  after: ApiStatus | Decision;
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
