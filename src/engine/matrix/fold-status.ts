/**
 * Folds an API's own action decision and its dependency decisions into one status: a deny of
 * the API's action is the API's status; an allowed action whose dependencies are denied is
 * `allowed-missing-dependencies`; anything left open is `conditional`.
 */
import type { Decision } from '../evaluate/evaluation-types';
import type { ActionVerdict, ApiDependencyVerdict, ApiStatus } from './matrix-types';

const DENIED: ReadonlySet<Decision> = new Set(['denied-by-scp', 'explicit-deny', 'implicit-deny']);

export function isDeniedDecision(decision: Decision): boolean {
  return DENIED.has(decision);
}

export interface FoldedStatus {
  status: ApiStatus;
  missingDependencies: string[];
  reason: string;
}

/** Shared by every row without missing dependencies: most of a large matrix. */
const NONE_MISSING: string[] = Object.freeze([]) as unknown as string[];

function dependencyLabel(dependency: ApiDependencyVerdict): string {
  return dependency.condition
    ? `\`${dependency.action}\` (${dependency.condition})`
    : `\`${dependency.action}\``;
}

export function foldApiStatus(
  own: ActionVerdict,
  dependencies: ApiDependencyVerdict[],
  verdictOf: (action: string) => ActionVerdict,
): FoldedStatus {
  if (own.decision !== 'allow') {
    const status: ApiStatus = own.decision === 'conditional' ? 'conditional' : own.decision;
    return { status, missingDependencies: NONE_MISSING, reason: own.reason };
  }
  if (dependencies.length === 0)
    return { status: 'allowed', missingDependencies: NONE_MISSING, reason: own.reason };
  const missing = dependencies.filter((d) => isDeniedDecision(d.decision));
  if (missing.length > 0) {
    return {
      status: 'allowed-missing-dependencies',
      missingDependencies: missing.map((d) => d.action),
      reason: `\`${own.action}\` is allowed but not its dependencies ${missing.map(dependencyLabel).join(', ')}`,
    };
  }
  const open = dependencies.find((d) => d.decision === 'conditional');
  if (open) {
    return {
      status: 'conditional',
      missingDependencies: NONE_MISSING,
      reason: `dependency \`${open.action}\`: ${verdictOf(open.action).reason}`,
    };
  }
  return { status: 'allowed', missingDependencies: NONE_MISSING, reason: own.reason };
}
