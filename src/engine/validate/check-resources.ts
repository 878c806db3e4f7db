import type { CatalogAction } from '../../catalog/catalog-types';
import type { CatalogLookup } from '../catalog/catalog-lookup';
import { actionService } from '../match/action';
import { splitUrn } from '../match/urn';
import { compileWildcard } from '../match/wildcard';
import type { Located, ParsedStatement } from '../policy/policy-types';
import { hasWildcard } from './action-format';
import type { ValidationContext } from './validation-context';
import { didYouMean, listOf } from './validation-context';

const URN_HINT = 'write `service:region:account-id:type:path`, or `*` for every resource';

/** Why a resource is not `*` or a five-part URN, or `null` when it is fine. */
function urnProblem(value: string): string | null {
  if (value === '*') return null;
  if (/\s/.test(value)) return 'contains whitespace';
  const segments = splitUrn(value);
  if (segments === null) return 'is not a URN (it needs five `:`-separated parts)';
  const [service, , , type, path] = segments;
  if (service === '') return 'has no service';
  if (type === '') return 'has no resource type';
  return path === '' ? 'has no resource path' : null;
}

/** The (URN service, URN type) pairs the statement's actions take, lower case. */
function expectedPairs(
  catalog: CatalogLookup,
  context: ValidationContext,
  actions: CatalogAction[],
): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const action of actions) {
    const service = actionService(action.name);
    for (const { type } of action.resourceTypes) {
      const known = catalog.resourceType(service, type, context.model);
      const urnPairs = (known?.urnPatterns ?? [])
        .map((pattern) => splitUrn(pattern))
        .flatMap((segments) => (segments ? [[segments[0], segments[3]] as [string, string]] : []));
      const candidates = urnPairs.length > 0 ? urnPairs : [[service, type] as [string, string]];
      for (const [s, t] of candidates) pairs.set(`${s}:${t}`.toLowerCase(), [s.toLowerCase(), t]);
    }
  }
  return [...pairs.values()];
}

function checkUrnAgainstActions(
  context: ValidationContext,
  resource: Located<string>,
  pairs: [string, string][],
): void {
  const segments = splitUrn(resource.value);
  if (segments === null || pairs.length === 0) return;
  const [service = '', , , type = ''] = segments;
  if (hasWildcard(service)) return;
  const sameService = pairs.filter(([s]) => s === service.toLowerCase());
  if (sameService.length === 0) {
    context.report(
      'URN_SERVICE_MISMATCH',
      `resource service \`${service}\` matches none of the statement's actions, which take ${listOf(pairs.map(([s, t]) => `${s}:…:${t}`))}`,
      resource.range,
      'use a URN of a type the actions take, or move the resource to its own statement',
    );
    return;
  }
  const typeMatcher = compileWildcard(type, { ignoreCase: true });
  if (sameService.some(([, t]) => typeMatcher.test(t))) return;
  context.report(
    'RESOURCE_TYPE_MISMATCH',
    `no action of the statement takes resource type \`${type}\` (they take ${listOf(sameService.map(([, t]) => t))})`,
    resource.range,
    'use a URN of a type the actions take, or `*`',
  );
}

/** Reports a URN type its service's catalog does not have; `false` when it did. */
function checkKnownType(
  context: ValidationContext,
  catalog: CatalogLookup,
  resource: Located<string>,
): boolean {
  const segments = splitUrn(resource.value);
  if (segments === null) return true;
  const [service = '', , , type = ''] = segments;
  if (hasWildcard(service) || hasWildcard(type)) return true;
  if (catalog.resourceType(service, type, context.model)) return true;
  const serviceCatalog = catalog.serviceCatalog(service, context.model);
  if (serviceCatalog?.coverage !== 'complete') return true;
  const named = serviceCatalog.actions.flatMap((action) => action.resourceTypes.map((t) => t.type));
  const known = [...new Set([...serviceCatalog.resourceTypes.map((t) => t.name), ...named])];
  context.report(
    'UNKNOWN_RESOURCE_TYPE',
    `\`${type}\` is not a resource type of the ${serviceCatalog.serviceName} catalog`,
    resource.range,
    didYouMean(known) ?? `${serviceCatalog.serviceName} actions take no resource type; use \`*\``,
  );
  return false;
}

/** Actions that take no resource type only match the request resource `*`. */
function checkActionsWithoutTypes(context: ValidationContext, statement: ParsedStatement): void {
  if (statement.resource === null || statement.resource.some((r) => r.value === '*')) return;
  for (const { entry, actions, exhaustive } of context.actionsOf(statement)?.entries ?? []) {
    if (!exhaustive || hasWildcard(entry.value)) continue;
    if (!actions.every((action) => action.resourceTypes.length === 0)) continue;
    context.report(
      'RESOURCE_NOT_SUPPORTED',
      `action \`${entry.value}\` takes no resource type, so it only applies with \`Resource\` \`*\``,
      entry.range,
      'move the action to a statement with `"Resource": ["*"]`',
    );
  }
}

function checkStatement(context: ValidationContext, statement: ParsedStatement): void {
  const all = [...(statement.resource ?? []), ...(statement.notResource ?? [])];
  const wellFormed = all.filter((resource) => {
    const problem = urnProblem(resource.value);
    if (problem === null) return resource.value !== '*';
    context.report(
      'INVALID_URN_FORMAT',
      `resource \`${resource.value}\` ${problem}`,
      resource.range,
      URN_HINT,
    );
    return false;
  });
  const { catalog } = context;
  if (catalog === null) return;
  const typed = wellFormed.filter((resource) => checkKnownType(context, catalog, resource));
  const actions = context.actionsOf(statement);
  if (actions?.complete && statement.resource !== null) {
    const pairs = expectedPairs(catalog, context, actions.all);
    for (const resource of statement.resource) {
      if (typed.includes(resource)) checkUrnAgainstActions(context, resource, pairs);
    }
  }
  checkActionsWithoutTypes(context, statement);
}

/** URN format, known resource types, and whether the statement's actions take them. */
export function checkResources(context: ValidationContext): void {
  for (const statement of context.policy.statements) checkStatement(context, statement);
}
