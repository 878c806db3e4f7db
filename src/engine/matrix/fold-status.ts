/**
 * Folds an API's own action decision and its dependency decisions into one status: a deny of
 * the API's action is the API's status; an allowed action whose dependencies are denied is
 * `allowed-missing-dependencies`; anything left open is `conditional`. The matrix folds every
 * API's status from decisions alone (`foldStatusCode`, no allocation); the reason and the missing
 * dependencies are only put into words when a row is materialised (`explainStatus`).
 */
import type { Decision } from '../evaluate/evaluation-types';
import type {
  ActionVerdict,
  ApiColumns,
  ApiDependencyVerdict,
  ApiMatrixRow,
  ApiStatus,
} from './matrix-types';

/** Every status, in the order of their codes in the matrix's `status` column. */
export const API_STATUSES: readonly ApiStatus[] = [
  'allowed',
  'allowed-missing-dependencies',
  'conditional',
  'denied-by-scp',
  'explicit-deny',
  'implicit-deny',
];

/** Every decision, in the order of their codes in the matrix's verdict columns. */
export const DECISIONS: readonly Decision[] = [
  'allow',
  'conditional',
  'denied-by-scp',
  'explicit-deny',
  'implicit-deny',
];

export const DECISION_CODES = Object.fromEntries(DECISIONS.map((d, i) => [d, i])) as Readonly<
  Record<Decision, number>
>;

const ALLOW = DECISION_CODES.allow;
const OPEN = DECISION_CODES.conditional;

const code = (status: ApiStatus): number => API_STATUSES.indexOf(status);
const ALLOWED = code('allowed');
const MISSING_DEPENDENCIES = code('allowed-missing-dependencies');
const CONDITIONAL = code('conditional');
/** By decision code: the status of an API whose own action has that decision, dependencies aside. */
const STATUS_OF_DECISION: readonly number[] = DECISIONS.map((d) =>
  d === 'allow' ? ALLOWED : d === 'conditional' ? CONDITIONAL : code(d),
);

function isDeniedDecision(decision: Decision): boolean {
  return (
    decision === 'denied-by-scp' || decision === 'explicit-deny' || decision === 'implicit-deny'
  );
}

/**
 * The status code of an API whose own verdict has decision code `decisions[own]` and whose
 * dependencies' have `decisions[columns.dependencies[from]] .. decisions[columns.dependencies[to - 1]]`.
 * A denied dependency the API always needs makes it `allowed-missing-dependencies`; one it needs
 * only in some situations (`columns.conditional`), like an open one, leaves it `conditional`.
 */
export function foldStatusCode(
  decisions: Uint8Array,
  own: number,
  columns: Pick<ApiColumns, 'dependencies' | 'conditional'>,
  from: number,
  to: number,
): number {
  const decision = decisions[own] as number;
  if (decision !== ALLOW) return STATUS_OF_DECISION[decision] as number;
  let open = false;
  for (let i = from; i < to; i++) {
    const dependency = decisions[columns.dependencies[i] as number] as number;
    if (dependency === ALLOW) continue;
    if (dependency === OPEN || columns.conditional[i] === 1) open = true;
    else return MISSING_DEPENDENCIES;
  }
  return open ? CONDITIONAL : ALLOWED;
}

export interface StatusExplanation {
  /** One line saying why. */
  reason: string;
  missingDependencies: string[];
  missingConditionalDependencies: { action: string; condition: string }[];
}

/** Shared by every row without missing dependencies: most of a large matrix. */
const NONE_MISSING: string[] = Object.freeze([]) as unknown as string[];
const NONE_CONDITIONAL: StatusExplanation['missingConditionalDependencies'] = Object.freeze(
  [],
) as unknown as StatusExplanation['missingConditionalDependencies'];

function dependencyLabel(dependency: ApiDependencyVerdict): string {
  return dependency.condition
    ? `\`${dependency.action}\` (${dependency.condition})`
    : `\`${dependency.action}\``;
}

/**
 * Why an API has the status `foldStatusCode` gave it. `dependencyVerdicts[i]` is the verdict
 * behind `dependencies[i]` (for its reason, which the dependency entry does not carry).
 */
export function explainStatus(
  status: ApiStatus,
  own: ActionVerdict,
  dependencies: readonly ApiDependencyVerdict[],
  dependencyVerdicts: readonly ActionVerdict[],
): StatusExplanation {
  const denied =
    own.decision === 'allow' ? dependencies.filter((d) => isDeniedDecision(d.decision)) : [];
  if (denied.length > 0) {
    const which =
      status === 'allowed-missing-dependencies' ? 'dependencies' : 'conditional dependencies';
    return {
      missingDependencies: denied.filter((d) => d.condition === undefined).map((d) => d.action),
      missingConditionalDependencies: denied.flatMap(({ action, condition }) =>
        condition === undefined ? [] : [{ action, condition }],
      ),
      reason: `\`${own.action}\` is allowed but not its ${which} ${denied.map(dependencyLabel).join(', ')}`,
    };
  }
  // With no dependency denied, an allowed action's API is conditional when a dependency is open.
  const open =
    own.decision === 'allow' ? dependencies.findIndex((d) => d.decision === 'conditional') : -1;
  const dependency = dependencyVerdicts[open];
  const reason = dependency
    ? `dependency \`${dependency.action}\`: ${dependency.reason}`
    : own.reason;
  return {
    missingDependencies: NONE_MISSING,
    missingConditionalDependencies: NONE_CONDITIONAL,
    reason,
  };
}

/**
 * A row's missing dependencies in words, for a table cell: those it always needs by name, then
 * those it needs only in some situations with the situation.
 */
export function missingDependencyLabels(
  row: Pick<ApiMatrixRow, 'missingDependencies' | 'missingConditionalDependencies'>,
): string[] {
  return [
    ...row.missingDependencies,
    ...row.missingConditionalDependencies.map((d) => `${d.action} (only when: ${d.condition})`),
  ];
}
