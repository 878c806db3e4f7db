/**
 * The batch line shape shared by the semantic corpora and `policy-workbench evaluate --batch`:
 * `{"id", "identityPolicies": [policy...], "scps": [[root...], ..., [account...]] | [],
 * "request": {"action", "resource", "context"}, "options"?: {"unknownContext"}}`. Policies are JSON
 * objects (or policy text). Policies get positional ids, `identity[0]` and `scp[1][0]` (level, then
 * position), which is how decisive statements are named: `identity[0].Statement[2]`.
 */
import type { EvaluateRequestInput } from './evaluate-request';
import type {
  EvaluationOptions,
  EvaluationRequest,
  PolicyInput,
  StatementRef,
} from './evaluation-types';

export interface BatchLine {
  id: string;
  identityPolicies: unknown[];
  scps: unknown[][];
  request: EvaluationRequest;
  options?: EvaluationOptions;
}

function toPolicyInput(document: unknown, id: string): PolicyInput {
  if (typeof document === 'string') return { id, text: document };
  try {
    return { id, text: JSON.stringify(document, null, 2) ?? '' };
  } catch {
    // JSON.stringify recurses per level and overflows the stack on a document nested thousands
    // deep (or throws on a cycle): no policy, so it is evaluated as unreadable.
    return { id, text: '' };
  }
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The evaluation input a batch line describes. Tolerates missing or mistyped fields. */
export function batchLineToInput(line: BatchLine): EvaluateRequestInput {
  const request: unknown = line?.request;
  return {
    identityPolicies: asArray(line?.identityPolicies).map((p, i) =>
      toPolicyInput(p, `identity[${i}]`),
    ),
    scps: asArray(line?.scps).map((level, l) =>
      asArray(level).map((p, i) => toPolicyInput(p, `scp[${l}][${i}]`)),
    ),
    request:
      typeof request === 'object' && request !== null
        ? (request as EvaluationRequest)
        : { action: '' },
    options: line?.options,
  };
}

/** `identity[0].Statement[2]`: how batch output and corpora name a statement. */
export function formatStatementRef(ref: StatementRef): string {
  return `${ref.policyId}.Statement[${ref.statementIndex}]`;
}
