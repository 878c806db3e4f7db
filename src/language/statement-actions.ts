import type { CatalogAction } from '../catalog';
import type { PolicyDocument } from '../engine';
import { nodeAt, stringNodes } from './json-document';
import type { PolicyCatalogs } from './policy-catalogs';

/** What a statement's `Action` list names, as far as completion and fixes need it. */
export interface StatementActions {
  /** The `Action` entries as written. */
  written: string[];
  /** Catalog actions the entries name or reach, without duplicates, in entry order. */
  actions: CatalogAction[];
  /** The statement uses `NotAction` (or names no action), so any action may apply. */
  open: boolean;
}

/** The actions of statement `index` (`Statement` may also be a single object). */
export function statementActions(
  document: PolicyDocument,
  catalogs: PolicyCatalogs,
  index: number | null,
): StatementActions {
  const base = statementBase(index);
  const written = stringNodes(nodeAt(document, [...base, 'Action'])).map((n) => String(n.value));
  const seen = new Set<CatalogAction>();
  for (const entry of written) {
    // By name or through an alias, as the engine matches.
    for (const action of catalogs.lookup.matchActions(entry, document.model)) seen.add(action);
  }
  return {
    written,
    actions: [...seen],
    open: written.length === 0 || nodeAt(document, [...base, 'NotAction']) !== undefined,
  };
}

/** A path inside a statement: the statement's index (`null` when `Statement` is one object). */
export interface StatementPath {
  index: number | null;
  /** The path below the statement object, e.g. `['Condition', 'Bool']`. */
  rest: (string | number)[];
}

/** Splits a path under `Statement`; `null` for paths elsewhere. */
export function splitStatementPath(path: readonly (string | number)[]): StatementPath | null {
  if (path[0] !== 'Statement') return null;
  return typeof path[1] === 'number'
    ? { index: path[1], rest: path.slice(2) }
    : { index: null, rest: path.slice(1) };
}

/** The path of a statement object. */
export function statementBase(index: number | null): (string | number)[] {
  return index === null ? ['Statement'] : ['Statement', index];
}
