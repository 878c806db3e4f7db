/**
 * Statements filed by the service prefix of their action patterns, so that deciding one action
 * looks only at statements that can match it: those naming its service or the service of one of
 * its aliases, plus those whose service is a wildcard and every `NotAction` statement. This keeps
 * a full API matrix roughly linear in actions × matching statements rather than actions × all
 * statements.
 */
import { actionService } from '../match/action';
import type { CompiledStatement } from './compile-policy';

/** Which fact of the decision a statement bears on (see {@link DecisionTerms}). */
export type Term =
  | { kind: 'scp-deny' }
  | { kind: 'identity-deny' }
  | { kind: 'identity-allow' }
  | { kind: 'scp-allow'; level: number };

export interface IndexedStatement {
  statement: CompiledStatement;
  term: Term;
}

export interface StatementIndex {
  /** Per lower-cased service prefix: its statements, then the any-service ones. */
  byService: ReadonlyMap<string, readonly IndexedStatement[]>;
  /** Statements any action may match. */
  anyService: readonly IndexedStatement[];
}

export function buildStatementIndex(items: readonly IndexedStatement[]): StatementIndex {
  const byService = new Map<string, IndexedStatement[]>();
  const anyService: IndexedStatement[] = [];
  for (const item of items) {
    const { statement } = item;
    if (statement.notAction || statement.actions.some((a) => a.service === null)) {
      anyService.push(item);
      continue;
    }
    for (const service of new Set(statement.actions.map((a) => a.service as string))) {
      const bucket = byService.get(service);
      if (bucket) bucket.push(item);
      else byService.set(service, [item]);
    }
  }
  // Each service's list also holds the any-service statements, so a lookup allocates nothing; in
  // document order, so what a decision collects from it needs no sorting. (`concat`, not
  // `push(...)`: spreading 100,000 statements into arguments overflows the stack.)
  for (const [service, bucket] of byService) {
    byService.set(
      service,
      bucket.concat(anyService).sort((a, b) => a.statement.order - b.statement.order),
    );
  }
  return { byService, anyService };
}

/**
 * The statements that may match `action` or one of its `aliases` (lower-cased), each once, in
 * document order. An alias of another service (EIP actions answer to VPC names) adds that
 * service's statements; the lists are merged only then, which is rare.
 */
export function candidateStatements(
  index: StatementIndex,
  action: string,
  aliases: readonly string[],
): readonly IndexedStatement[] {
  const service = actionService(action);
  const own = index.byService.get(service) ?? index.anyService;
  let merged: Set<IndexedStatement> | null = null;
  for (const alias of aliases) {
    const other = actionService(alias);
    if (other === service) continue;
    const bucket = index.byService.get(other);
    // Without a bucket of its own the alias's service has only the any-service statements.
    if (!bucket) continue;
    merged ??= new Set(own);
    for (const item of bucket) merged.add(item);
  }
  if (merged === null) return own;
  return [...merged].sort((a, b) => a.statement.order - b.statement.order);
}
