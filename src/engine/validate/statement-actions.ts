import type { CatalogAction } from '../../catalog/catalog-types';
import type { CatalogLookup } from '../catalog/catalog-lookup';
import { compileActionPattern } from '../match/action';
import type { PolicyModel } from '../../catalog/catalog-types';
import type { Located, ParsedStatement } from '../policy/policy-types';
import { actionFormatProblem, hasWildcard } from './action-format';

/** One `Action` entry and the catalog actions it stands for. */
interface ResolvedAction {
  entry: Located<string>;
  actions: CatalogAction[];
  /**
   * `actions` is everything the entry can mean: its service has a catalog and the name was found
   * (or the pattern was expanded). `false` for unknown names, unknown services and patterns whose
   * service is a wildcard (services without a loaded catalog could match them).
   */
  exhaustive: boolean;
}

/** The statement's `Action` entries resolved against the catalogs. */
export interface StatementActions {
  entries: ResolvedAction[];
  /** Every entry is exhaustive: the statement's action set is fully known. */
  complete: boolean;
  /** The union of the entries' actions, each once. */
  all: CatalogAction[];
}

function resolveEntry(
  entry: Located<string>,
  catalog: CatalogLookup,
  model: PolicyModel,
): ResolvedAction {
  const name = entry.value;
  if (actionFormatProblem(name) !== null && !catalog.action(name, model)) {
    return { entry, actions: [], exhaustive: false };
  }
  // By name or through an alias (reference §5 rule 6), as the evaluator matches.
  const actions = catalog.matchActions(name, model);
  if (!hasWildcard(name)) return { entry, actions, exhaustive: actions.length > 0 };
  const { service } = compileActionPattern(name);
  const known = service !== null && catalog.serviceCatalog(service, model) !== undefined;
  return { entry, actions, exhaustive: known };
}

/**
 * Resolves the `Action` list (not `NotAction`) of a statement; `null` without catalogs for the
 * model or without an `Action` list.
 */
export function resolveStatementActions(
  statement: ParsedStatement,
  catalog: CatalogLookup | null,
  model: PolicyModel,
): StatementActions | null {
  if (catalog === null || statement.action === null) return null;
  const entries = statement.action.map((entry) => resolveEntry(entry, catalog, model));
  const all = [...new Set(entries.flatMap((resolved) => resolved.actions))];
  return {
    entries,
    complete: entries.length > 0 && entries.every((resolved) => resolved.exhaustive),
    all,
  };
}
