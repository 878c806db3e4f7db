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

const code = (status: ApiStatus): number => API_STATUSES.indexOf(status);
const ALLOWED = code('allowed');
const MISSING_DEPENDENCIES = code('allowed-missing-dependencies');
const CONDITIONAL = code('conditional');
/** The status of an API whose own action is not allowed: its action's decision. */
const DECISION_CODE: Readonly<Record<Decision, number>> = {
  allow: ALLOWED,
  conditional: CONDITIONAL,
  'denied-by-scp': code('denied-by-scp'),
  'explicit-deny': code('explicit-deny'),
  'implicit-deny': code('implicit-deny'),
};

function isDeniedDecision(decision: Decision): boolean {
  return (
    decision === 'denied-by-scp' || decision === 'explicit-deny' || decision === 'implicit-deny'
  );
}

/**
 * The status code of an API whose own verdict is `verdicts[own]` and whose dependencies' are
 * `verdicts[dependencies[from]] .. verdicts[dependencies[to - 1]]`.
 */
export function foldStatusCode(
  verdicts: readonly ActionVerdict[],
  own: number,
  dependencies: Int32Array,
  from: number,
  to: number,
): number {
  const decision = (verdicts[own] as ActionVerdict).decision;
  if (decision !== 'allow') return DECISION_CODE[decision];
  let open = false;
  for (let i = from; i < to; i++) {
    const dependency = (verdicts[dependencies[i] as number] as ActionVerdict).decision;
    if (isDeniedDecision(dependency)) return MISSING_DEPENDENCIES;
    if (dependency === 'conditional') open = true;
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
