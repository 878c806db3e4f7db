/**
 * The action checklist of one statement: for each service the statement names, its catalog
 * actions grouped by access level, each ticked when an entry of the list matches it; the entries
 * the checklist cannot show (other services' wildcards, names no catalog knows); and the changes
 * to the entry list that ticking or unticking asks for.
 */
import type { AccessLevel, CatalogAction, PolicyModel } from '../../../catalog';
import { compileActionPattern, matchedName, type ActionMatcher } from '../../../engine';
import type { CatalogLookup } from '../../../engine';
import { exactWildcards } from '../../../language/builder-wildcards';

/** Levels in the order the checklist shows them; `null` is the legacy model's "no level". */
const LEVEL_ORDER: readonly (AccessLevel | null)[] = [
  'list',
  'read',
  'write',
  'permission_management',
  'tagging',
  null,
];

export interface ActionChoice {
  action: CatalogAction;
  /** The entries that match the action, as written. */
  coveredBy: string[];
  /** Only entries spanning several services match it: unticking would have to rewrite those. */
  broadOnly: boolean;
}

export interface LevelGroup {
  level: AccessLevel | null;
  choices: ActionChoice[];
}

/** A wildcard that matches exactly some of the ticked actions, all written out one by one. */
interface WildcardSuggestion {
  pattern: string;
  /** The literal entries it would replace. */
  replaces: string[];
}

export interface ServiceSection {
  service: string;
  serviceName: string;
  levels: LevelGroup[];
  suggestions: WildcardSuggestion[];
  /** The catalog holds only part of the service: a wildcard may match actions it does not list. */
  partial: boolean;
}

interface OtherEntry {
  entry: string;
  /** How many catalog actions (of the policy's model) it matches. */
  matches: number;
}

export interface ActionChecklist {
  sections: ServiceSection[];
  /** Entries with a wildcard in the service part, and entries that match no catalog action. */
  others: OtherEntry[];
}

/** A change to the entry list: remove these entries as written, then append those. */
export interface ListChange {
  remove: string[];
  add: string[];
}

const serviceOf = (entry: string): string | null => compileActionPattern(entry).service;

const hasWildcard = (entry: string) => /[*?]/.test(entry);

/** Does an entry apply to the action, by its name or through an alias, as the engine matches? */
const covers = (matcher: ActionMatcher | undefined, action: CatalogAction): boolean =>
  matcher !== undefined && matchedName(matcher, action.name, action.aliases) !== null;

/**
 * The checklist for `entries`, with a section for every service they name plus `extraServices`
 * (services the user opened in the card but has not ticked anything in yet).
 */
export function buildActionChecklist(
  entries: readonly string[],
  extraServices: readonly string[],
  lookup: CatalogLookup,
  model: PolicyModel,
): ActionChecklist {
  const matchers = entries.map((entry) => compileActionPattern(entry));
  const services = new Set<string>();
  const others: OtherEntry[] = [];
  entries.forEach((entry, i) => {
    const service = (matchers[i] as ReturnType<typeof compileActionPattern>).service;
    const matches = lookup.matchActions(entry, model).length;
    if (service !== null && lookup.serviceCatalog(service, model) && matches > 0) {
      services.add(service);
    } else {
      others.push({ entry, matches });
    }
  });
  for (const service of extraServices) {
    if (lookup.serviceCatalog(service, model)) services.add(service.toLowerCase());
  }
  const sections = [...services].sort().map((service) => {
    const choices = lookup.actionsOf(service, model).map((action): ActionChoice => {
      const coveredBy = entries.filter((_, i) => covers(matchers[i], action));
      return {
        action,
        coveredBy,
        broadOnly: coveredBy.length > 0 && coveredBy.every((e) => serviceOf(e) === null),
      };
    });
    const levels = LEVEL_ORDER.map((level) => ({
      level,
      choices: choices.filter((c) => c.action.accessLevel === level),
    })).filter((group) => group.choices.length > 0);
    return {
      service,
      serviceName: lookup.serviceCatalog(service, model)?.serviceName ?? service,
      levels,
      suggestions: wildcardSuggestions(service, choices, lookup, model),
      partial: lookup.serviceCatalog(service, model)?.coverage === 'partial',
    };
  });
  return { sections, others };
}

function wildcardSuggestions(
  service: string,
  choices: readonly ActionChoice[],
  lookup: CatalogLookup,
  model: PolicyModel,
): WildcardSuggestion[] {
  // Only actions written out one by one can be replaced without changing another entry.
  const literal = new Map<string, string>();
  for (const choice of choices) {
    const entry = choice.coveredBy.find((e) => !hasWildcard(e));
    if (entry !== undefined) literal.set(choice.action.name.toLowerCase(), entry);
  }
  return exactWildcards(service, new Set(literal.keys()), lookup, model).map(
    ({ pattern, matches }) => ({
      pattern,
      replaces: matches.map((name) => literal.get(name.toLowerCase()) as string),
    }),
  );
}

/** Ticks actions: appends the ones no entry matches yet. */
export function tickActions(choices: readonly ActionChoice[]): ListChange {
  return {
    remove: [],
    add: choices.filter((c) => c.coveredBy.length === 0).map((c) => c.action.name),
  };
}

/**
 * Unticks actions: removes the entries that match them; a service wildcard (or an alias) that
 * also matches other actions is replaced by those other actions, so nothing else changes
 * meaning. Actions matched only by cross-service entries (such as `*`) are left alone: see
 * `broadOnly`.
 */
export function untickActions(
  choices: readonly ActionChoice[],
  entries: readonly string[],
  lookup: CatalogLookup,
  model: PolicyModel,
): ListChange {
  const dropped = new Set(choices.map((c) => c.action.name.toLowerCase()));
  const remove = new Set<string>();
  for (const choice of choices) {
    for (const entry of choice.coveredBy) if (serviceOf(entry) !== null) remove.add(entry);
  }
  const kept = entries.filter((entry) => !remove.has(entry));
  const keptMatchers = kept.map((entry) => compileActionPattern(entry));
  const add: string[] = [];
  // A wildcard, or an alias many actions answer to, stands for other actions too: keep those.
  for (const entry of remove) {
    for (const action of lookup.matchActions(entry, model)) {
      const name = action.name;
      if (dropped.has(name.toLowerCase()) || add.includes(name)) continue;
      if (!keptMatchers.some((m) => covers(m, action))) add.push(name);
    }
  }
  return { remove: [...remove], add };
}
