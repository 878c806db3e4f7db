/**
 * Folds an API's own action decision and its dependency decisions into one status: a deny of
 * the API's action is the API's status; an allowed action whose dependencies are denied is
 * `allowed-missing-dependencies`; anything left open is `conditional`. The matrix folds every
 * API's status from decisions alone (`foldStatusCode`, no allocation); the reason and the missing
 * dependencies are only put into words when a row is materialised (`explainStatus`).
 */
import type { Decision } from '../evaluate/evaluation-types';
import type { ActionVerdict, ApiDependencyVerdict, ApiStatus } from './matrix-types';

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
 * dependencies' have `decisions[dependencies[from]] .. decisions[dependencies[to - 1]]`.
 */
export function foldStatusCode(
  decisions: Uint8Array,
  own: number,
  dependencies: Int32Array,
  from: number,
  to: number,
): number {
  const decision = decisions[own] as number;
  if (decision !== ALLOW) return STATUS_OF_DECISION[decision] as number;
  let open = false;
  for (let i = from; i < to; i++) {
    const dependency = decisions[dependencies[i] as number] as number;
    if (dependency !== ALLOW && dependency !== OPEN) return MISSING_DEPENDENCIES;
    if (dependency === OPEN) open = true;
  }
  return open ? CONDITIONAL : ALLOWED;
}

export interface StatusExplanation {
  /** One line saying why. */
  reason: string;
  missingDependencies: string[];
}

/** Shared by every row without missing dependencies: most of a large matrix. */
const NONE_MISSING: string[] = Object.freeze([]) as unknown as string[];

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
  if (status === 'allowed-missing-dependencies') {
    const missing = dependencies.filter((d) => isDeniedDecision(d.decision));
    return {
      missingDependencies: missing.map((d) => d.action),
      reason: `\`${own.action}\` is allowed but not its dependencies ${missing.map(dependencyLabel).join(', ')}`,
    };
  }
  if (status === 'conditional' && own.decision === 'allow') {
    const open = dependencies.findIndex((d) => d.decision === 'conditional');
    const dependency = dependencyVerdicts[open] as ActionVerdict;
    return {
      missingDependencies: NONE_MISSING,
      reason: `dependency \`${dependency.action}\`: ${dependency.reason}`,
    };
  }
  return { missingDependencies: NONE_MISSING, reason: own.reason };
}
