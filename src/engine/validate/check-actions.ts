import type { PolicyModel } from '../../catalog/catalog-types';
import type { ActionReach, CatalogLookup } from '../catalog/catalog-lookup';
import { actionService, compileActionPattern } from '../match/action';
import type { ActionMatcher } from '../match/action';
import type { Located, ParsedStatement } from '../policy/policy-types';
import { actionFormatProblem, hasWildcard, servicePart } from './action-format';
import type { ValidationContext } from './validation-context';
import { didYouMean, listOf } from './validation-context';

/**
 * Redundancy compares every entry with every pattern of its service. A list with more patterns
 * than this is far past every policy size limit (which is reported), so it is not compared.
 */
const MAX_REDUNDANCY_PATTERNS = 1000;

const MODEL_NAMES: Record<PolicyModel, string> = {
  '5.0': '`5.0` (identity policy)',
  '1.1': '`1.1` (role/policy)',
};

function otherModel(model: PolicyModel): PolicyModel {
  return model === '5.0' ? '1.1' : '5.0';
}

/**
 * The legacy names a 5.0 action lists as aliases that exist in the policy's model, so a 5.0 name
 * in a 1.1 policy can be mapped back. (A 1.1 name that a 5.0 action answers to is an alias, which
 * a 5.0 policy may use, so the other direction never gets here.)
 */
function aliasesInModel(catalog: CatalogLookup, name: string, model: PolicyModel): string[] {
  const asOther = catalog.action(name, otherModel(model));
  return (asOther?.aliases ?? []).filter((alias) => catalog.action(alias, model) !== undefined);
}

function checkLiteral(
  context: ValidationContext,
  catalog: CatalogLookup,
  entry: Located<string>,
  unknownServices: Set<string>,
): void {
  const { model } = context;
  const name = entry.value;
  // An alias is a name of the actions answering to it (see checkAliasReach).
  if (catalog.action(name, model) || catalog.aliasTargets(name, model).length > 0) return;
  const service = servicePart(name).toLowerCase();
  const serviceCatalog = catalog.serviceCatalog(service, model);
  if (serviceCatalog === undefined) {
    reportUnknownService(context, catalog, entry, service, unknownServices);
    return;
  }
  // Legacy tables list the actions their APIs need, not every action of the model, and a partial
  // capture misses rows: in both cases a missing name may still be real.
  const exhaustive = serviceCatalog.coverage === 'complete' && model === '5.0';
  const inOtherModel = catalog.action(name, otherModel(model)) !== undefined;
  const mapped = inOtherModel ? aliasesInModel(catalog, name, model) : [];
  const suggestions = didYouMean(catalog.nearestActions(name, model, 3));
  if (inOtherModel && (exhaustive || mapped.length > 0)) {
    context.report(
      'ACTION_OF_OTHER_MODEL',
      `\`${name}\` is a ${MODEL_NAMES[otherModel(model)]} action, not a ${MODEL_NAMES[model]} one`,
      entry.range,
      mapped.length > 0
        ? `use ${listOf(mapped)}`
        : (suggestions ??
            'the two models name actions differently; look the action up in this model'),
    );
  } else if (exhaustive) {
    context.report(
      'UNKNOWN_ACTION',
      `\`${name}\` is not an action of the ${serviceCatalog.serviceName} catalog`,
      entry.range,
      suggestions,
    );
  } else {
    const otherNote = inOtherModel ? `; it is a ${MODEL_NAMES[otherModel(model)]} action name` : '';
    context.report(
      'UNLISTED_ACTION',
      `\`${name}\` is not listed in the ${serviceCatalog.serviceName} catalog, which may not name every action${otherNote}`,
      entry.range,
      suggestions,
    );
  }
}

/** Reported once per list: the other entries of the service add nothing. */
function reportUnknownService(
  context: ValidationContext,
  catalog: CatalogLookup,
  entry: Located<string>,
  service: string,
  unknownServices: Set<string>,
): void {
  if (unknownServices.has(service)) return;
  unknownServices.add(service);
  const other = otherModel(context.model);
  const onlyOther = catalog.serviceCatalog(service, other) !== undefined;
  context.report(
    'UNKNOWN_SERVICE',
    onlyOther
      ? `service \`${service}\` has only a ${MODEL_NAMES[other]} catalog loaded`
      : `service \`${service}\` is not in the loaded catalogs`,
    entry.range,
    onlyOther
      ? 'its actions cannot be checked against this policy model'
      : didYouMean(catalog.nearestServices(service, context.model, 3)),
  );
}

function checkPattern(
  context: ValidationContext,
  catalog: CatalogLookup,
  entry: Located<string>,
  unknownServices: Set<string>,
): void {
  const { service } = compileActionPattern(entry.value);
  if (service === null) return;
  if (catalog.serviceCatalog(service, context.model) === undefined) {
    reportUnknownService(context, catalog, entry, service, unknownServices);
    return;
  }
  if (catalog.matchActions(entry.value, context.model).length > 0) return;
  context.report(
    'WILDCARD_MATCHES_NOTHING',
    `\`${entry.value}\` matches no \`${service}\` action`,
    entry.range,
    didYouMean(catalog.nearestActions(entry.value.replace(/[*?]/g, ''), context.model, 3)),
  );
}

/** How a list's entries act: `Deny` actions and `NotAction` exclusions are where aliases bite. */
interface ListRole {
  notAction: boolean;
  deny: boolean;
}

/** "`eip:publicIps:create` (as `vpc:publicIps:create`), …": at most three, then "(N more)". */
function reachList(reached: readonly ActionReach[]): string {
  const shown = reached
    .slice(0, 3)
    .map(({ action, alias }) => `\`${action.name}\` (as \`${alias}\`)`);
  const more = reached.length > 3 ? ` (${reached.length - 3} more)` : '';
  return `${shown.join(', ')}${more}`;
}

/**
 * What an entry reaches through aliases (reference §5 rule 6: an action and its aliases are the
 * same action). A `Deny` or `NotAction` entry reaching other services' actions that way is the
 * FAQ's trap (`NotAction` `VPC:*:*` also excludes EIP actions): a warning. Otherwise an alias, or a
 * pattern reaching actions only by their aliases, is worth naming: a suggestion to write their
 * own names.
 */
function checkAliasReach(
  context: ValidationContext,
  catalog: CatalogLookup,
  entry: Located<string>,
  role: ListRole,
): void {
  const reached = catalog.reachActions(entry.value, context.model);
  const throughAlias = reached.filter((r) => r.alias !== null);
  if (throughAlias.length === 0) return;
  const { service } = compileActionPattern(entry.value);
  const otherService = throughAlias.filter(
    (r) => service !== null && actionService(r.action.name) !== service,
  );
  if ((role.deny || role.notAction) && otherService.length > 0) {
    const services = [...new Set(otherService.map((r) => actionService(r.action.name)))];
    context.report(
      'ALIAS_REACHES_OTHER_SERVICE',
      `\`${entry.value}\` also ${role.notAction ? 'excludes' : 'denies'} ${listOf(services, 3, 'and')} actions, which answer to it through their aliases: ${reachList(otherService)}`,
      entry.range,
      role.notAction
        ? 'an action and its aliases are the same action; name those actions elsewhere if this statement must apply to them'
        : 'an action and its aliases are the same action; narrow the entry if those actions must stay allowed',
    );
    return;
  }
  const names = throughAlias.map((r) => r.action.name);
  const pureAlias = reached.length === throughAlias.length && !hasWildcard(entry.value);
  context.report(
    'ACTION_ALIAS',
    pureAlias
      ? names.length === 1
        ? `\`${entry.value}\` is an alias of \`${names[0]}\``
        : `\`${entry.value}\` is an alias of ${names.length} actions, and applies to each: ${listOf(names, 3, 'and')}`
      : `\`${entry.value}\` also reaches ${reachList(throughAlias)} through their aliases`,
    entry.range,
    pureAlias
      ? `write ${listOf(names, 3, 'and')}`
      : "an action and its aliases are the same action; write the actions' own names where you mean them",
  );
}

function checkEntry(
  context: ValidationContext,
  entry: Located<string>,
  role: ListRole,
  unknownServices: Set<string>,
): boolean {
  const problem = actionFormatProblem(entry.value);
  // A catalog prints some actions off the usual shape (SMS's `sms::getConfig`, with an empty
  // resource segment): a documented action is valid as the catalog writes it; the quirk stays a
  // data warning of the catalog.
  const documented = context.catalog?.action(entry.value, context.model) !== undefined;
  if (problem !== null && !documented) {
    context.report(
      'INVALID_ACTION_FORMAT',
      `action \`${entry.value}\` ${problem}`,
      entry.range,
      'write `service:resourceType:operation`, with `*` for any part',
    );
    return false;
  }
  const service = servicePart(entry.value);
  if (context.model === '1.1' && service !== service.toLowerCase()) {
    context.report(
      'LEGACY_SERVICE_NOT_LOWERCASE',
      `service \`${service}\` must be lower case in version \`1.1\` policies`,
      entry.range,
      `write \`${service.toLowerCase()}${entry.value.slice(service.length)}\``,
    );
  }
  const { catalog } = context;
  if (catalog === null) return true;
  checkAliasReach(context, catalog, entry, role);
  if (hasWildcard(entry.value)) checkPattern(context, catalog, entry, unknownServices);
  else checkLiteral(context, catalog, entry, unknownServices);
  return true;
}

/**
 * A wildcard pattern without `?` that matches another entry's text (wildcards read literally)
 * covers every action that entry can match: each of the entry's wildcards falls inside one of the
 * pattern's `*`. Patterns are filed by their literal service, so an entry is only tested against
 * the patterns of its own service and those whose service is a wildcard.
 */
function checkRedundancy(context: ValidationContext, entries: readonly Located<string>[]): void {
  const byService = new Map<string | null, ActionMatcher[]>();
  let patterns = 0;
  for (const entry of entries) {
    if (!entry.value.includes('*') || entry.value.includes('?')) continue;
    const matcher = compileActionPattern(entry.value);
    const bucket = byService.get(matcher.service);
    if (bucket) bucket.push(matcher);
    else byService.set(matcher.service, [matcher]);
    patterns += 1;
  }
  if (patterns === 0 || patterns > MAX_REDUNDANCY_PATTERNS) return;
  const anyService = byService.get(null) ?? [];
  for (const entry of entries) {
    const lower = entry.value.toLowerCase();
    const covers = (matcher: ActionMatcher): boolean =>
      matcher.pattern.toLowerCase() !== lower && matcher.test(entry.value);
    const covering =
      anyService.find(covers) ?? byService.get(actionService(entry.value))?.find(covers);
    if (covering === undefined) continue;
    context.report(
      'REDUNDANT_ACTION',
      `\`${entry.value}\` is already covered by \`${covering.pattern}\``,
      entry.range,
      'remove it',
    );
  }
}

/** Format, catalog membership, model and redundancy of every `Action` and `NotAction` entry. */
export function checkActions(context: ValidationContext): void {
  for (const statement of context.policy.statements) {
    checkList(context, statement, statement.action, false);
    checkList(context, statement, statement.notAction, true);
  }
}

function checkList(
  context: ValidationContext,
  statement: ParsedStatement,
  list: readonly Located<string>[] | null,
  notAction: boolean,
): void {
  if (list === null) return;
  const role = { notAction, deny: statement.effect?.value === 'Deny' };
  const unknownServices = new Set<string>();
  const wellFormed = list.filter((entry) => checkEntry(context, entry, role, unknownServices));
  checkRedundancy(context, wellFormed);
}
