/**
 * The aliases a requested action answers to, from the catalogs of one policy model (reference §5
 * rule 6: an action and its aliases are the same action). A name resolves as the API matrix's
 * action slots resolve it — exactly, else ignoring case; for a name two catalogs list, the later
 * catalog's — so `evaluate` and the matrix give one action the same aliases.
 */
import type { PolicyModel, ServiceCatalog } from '../../catalog/catalog-types';

/** The aliases of the action a request names; none for names no catalog lists. */
export type AliasResolver = (action: string) => readonly string[];

const NONE: readonly string[] = Object.freeze([]);

export const NO_ALIASES: AliasResolver = () => NONE;

function buildResolver(catalogs: readonly ServiceCatalog[], model: PolicyModel): AliasResolver {
  const exact = new Map<string, readonly string[]>();
  const folded = new Map<string, readonly string[]>();
  let any = false;
  for (const catalog of catalogs) {
    if (catalog.model !== model) continue;
    for (const action of catalog.actions) {
      exact.set(action.name, action.aliases);
      folded.set(action.name.toLowerCase(), action.aliases);
      any ||= action.aliases.length > 0;
    }
  }
  if (!any) return NO_ALIASES;
  return (action) => exact.get(action) ?? folded.get(action.toLowerCase()) ?? NONE;
}

// Per catalog list and model: the workbench compiles a policy set on every edit, over one list.
const resolvers = new WeakMap<readonly ServiceCatalog[], Map<PolicyModel, AliasResolver>>();

/** The resolver for `model` over `catalogs`, built on first use and kept while the list lives. */
export function catalogAliases(
  catalogs: readonly ServiceCatalog[],
  model: PolicyModel,
): AliasResolver {
  let byModel = resolvers.get(catalogs);
  if (!byModel) {
    byModel = new Map();
    resolvers.set(catalogs, byModel);
  }
  let resolver = byModel.get(model);
  if (!resolver) {
    resolver = buildResolver(catalogs, model);
    byModel.set(model, resolver);
  }
  return resolver;
}
