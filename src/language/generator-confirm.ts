/**
 * The evaluator's check of a generated policy: the API matrix (engine `computeApiMatrix`) over
 * the services involved must show every chosen API allowed and no action of those services
 * allowed beyond the ones the generator granted. An identity policy is evaluated alone; an
 * allow-list SCP is evaluated as the only SCP over an identity policy that allows everything.
 * Where the user narrowed URNs, the matrix (which asks about any resource of a type) says
 * `conditional`; those APIs are then confirmed by evaluating requests on the named URNs.
 */
import type { ServiceCatalog } from '../catalog';
import { computeApiMatrix, evaluateRequest, matrixRows, matrixVerdicts } from '../engine';
import type { ActionVerdict, ApiMatrixRow, ApiStatus, Decision, PolicyInput } from '../engine';
import type { ApiRef } from './generator-api-lines';
import type { GeneratedPolicy, GeneratorTarget } from './generator-policy';

interface ScopedRequest {
  action: string;
  resource: string;
  decision: Decision;
}

interface ChosenVerdict {
  ref: ApiRef;
  method: string | null;
  path: string;
  action: string;
  status: ApiStatus | 'missing';
  reason: string;
  /** The requests that confirmed a `conditional` row on the URNs the user named. */
  scopedRequests: ScopedRequest[];
  confirmed: boolean;
}

export interface Confirmation {
  /** The services whose APIs and actions were evaluated. */
  services: string[];
  chosen: ChosenVerdict[];
  /** Actions of those services that come out allowed (or conditional) but were not granted. */
  unexpected: ActionVerdict[];
  /** Other APIs that come out allowed: they need only actions the chosen APIs need too. */
  alsoAllowed: ApiMatrixRow[];
  confirmed: boolean;
}

const GENERATED_ID = 'generated';
const ALLOW_EVERYTHING: PolicyInput = {
  id: 'allow-everything',
  name: 'identity policy allowing everything',
  text: JSON.stringify({ Version: '5.0', Statement: [{ Effect: 'Allow', Action: ['*'] }] }),
};
const OPEN: ReadonlySet<ApiStatus> = new Set([
  'allowed',
  'allowed-missing-dependencies',
  'conditional',
]);

function policySet(text: string, target: GeneratorTarget) {
  const generated: PolicyInput = { id: GENERATED_ID, name: 'generated policy', text };
  return target === 'identity'
    ? { identityPolicies: [generated], scps: [] }
    : { identityPolicies: [ALLOW_EVERYTHING], scps: [[generated]] };
}

/** Requests for the row's action and dependencies on every URN the granting statements name. */
function scopedRequests(
  row: ApiMatrixRow,
  generated: GeneratedPolicy,
  set: ReturnType<typeof policySet>,
  catalogs: readonly ServiceCatalog[],
): ScopedRequest[] {
  const actions = [row.action, ...row.dependencies.map((d) => d.action)];
  return actions.flatMap((action) =>
    generated.statements
      .filter((s) => s.grants.some((g) => g.toLowerCase() === action.toLowerCase()))
      .flatMap((s) => s.resources ?? ['*'])
      .map((resource) => ({
        action,
        resource,
        decision: evaluateRequest({ ...set, catalogs, request: { action, resource } }).decision,
      })),
  );
}

export function confirmGenerated(
  generated: GeneratedPolicy,
  chosen: readonly ApiRef[],
  target: GeneratorTarget,
  catalogs: readonly ServiceCatalog[],
): Confirmation {
  const byId = new Map(catalogs.map((c) => [c.id, c]));
  const available = new Set(catalogs.filter((c) => c.model === '5.0').map((c) => c.service));
  const services = [
    ...new Set([
      ...chosen.flatMap((ref) => byId.get(ref.catalogId)?.service ?? []),
      ...generated.grants.map((g) => g.action.split(':', 1)[0]?.toLowerCase() ?? ''),
    ]),
  ].filter((service) => available.has(service));
  const set = policySet(generated.text, target);
  const matrix = computeApiMatrix({ ...set, catalogs, services });
  const rowKey = (catalogId: string, apiId: string) => `${catalogId} ${apiId}`;
  const allRows = matrixRows(matrix, catalogs);
  const rows = new Map(allRows.map((row) => [rowKey(row.catalogId, row.apiId), row]));
  const chosenKeys = new Set(chosen.map((ref) => rowKey(ref.catalogId, ref.apiId)));

  const verdicts = chosen.map((ref): ChosenVerdict => {
    const row = rows.get(rowKey(ref.catalogId, ref.apiId));
    if (!row) {
      return {
        ref,
        method: null,
        path: ref.apiId,
        action: '',
        status: 'missing',
        reason: 'the API is not in the loaded catalogs',
        scopedRequests: [],
        confirmed: false,
      };
    }
    const requests =
      row.status === 'conditional' ? scopedRequests(row, generated, set, catalogs) : [];
    const confirmed =
      row.status === 'allowed' ||
      (requests.length > 0 && requests.every((r) => r.decision === 'allow'));
    return {
      ref,
      method: row.method,
      path: row.path,
      action: row.action,
      status: row.status,
      reason: row.reason,
      scopedRequests: requests,
      confirmed,
    };
  });
  const granted = new Set(generated.grants.map((g) => g.action.toLowerCase()));
  const unexpected = matrixVerdicts(matrix).filter(
    (verdict) =>
      services.includes(verdict.action.split(':', 1)[0]?.toLowerCase() ?? '') &&
      (verdict.decision === 'allow' || verdict.decision === 'conditional') &&
      !granted.has(verdict.action.toLowerCase()),
  );
  const alsoAllowed = allRows.filter(
    (row) => OPEN.has(row.status) && !chosenKeys.has(rowKey(row.catalogId, row.apiId)),
  );
  return {
    services,
    chosen: verdicts,
    unexpected,
    alsoAllowed,
    confirmed: verdicts.every((v) => v.confirmed) && unexpected.length === 0,
  };
}
