import type { CatalogAction, PolicyModel } from '../../catalog';
import { compileWildcard } from '../../engine';
import type { CursorContext } from '../cursor-context';
import { accessLevelLabel, describeActionText, listActionNames } from '../describe-action';
import type { CompletionItem } from '../language-types';
import type { PolicyCatalogs } from '../policy-catalogs';
import { valueItem } from './completion-item';
import type { ItemSpec } from './completion-item';

/** The leading lower-case word of an operation (`get` of `getQuota`), for `svc:*:get*` choices. */
function verbOf(operation: string): string {
  return /^[a-z]+/.exec(operation)?.[0] ?? '';
}

function segments(name: string): [string, string, string] {
  const [service = '', type = '', operation = ''] = name.split(':');
  return [service, type, operation];
}

function wildcard(catalogs: PolicyCatalogs, model: PolicyModel, pattern: string): ItemSpec {
  const covered = catalogs.lookup.matchActions(pattern, model);
  return {
    label: pattern,
    kind: 'wildcard',
    detail: `${covered.length} action${covered.length === 1 ? '' : 's'}`,
    documentation: `Covers ${covered.length} action${covered.length === 1 ? '' : 's'}:\n${listActionNames(covered, 15)}`,
    value: pattern,
  };
}

/** `prefix*` patterns for each leading verb shared by at least two of `actions` but not all. */
function verbWildcards(
  catalogs: PolicyCatalogs,
  model: PolicyModel,
  actions: readonly CatalogAction[],
  prefix: string,
): ItemSpec[] {
  const counts = new Map<string, number>();
  for (const action of actions) {
    const verb = verbOf(segments(action.name)[2]);
    if (verb !== '') counts.set(verb, (counts.get(verb) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, count]) => count >= 2 && count < actions.length)
    .map(([verb]) => verb)
    .sort()
    .map((verb) => wildcard(catalogs, model, `${prefix}${verb}*`));
}

function serviceStage(catalogs: PolicyCatalogs, model: PolicyModel): ItemSpec[] {
  const { lookup } = catalogs;
  const services: ItemSpec[] = lookup.services(model).map((service) => {
    const catalog = lookup.serviceCatalog(service, model);
    const count = lookup.actionsOf(service, model).length;
    return {
      label: `${service}:`,
      kind: 'service',
      detail: `${count} action${count === 1 ? '' : 's'}`,
      documentation: catalog
        ? `${catalog.serviceName}${catalog.coverage === 'partial' ? ' (catalog covers part of the service)' : ''}`
        : undefined,
      value: `${service}:`,
      open: true,
    };
  });
  const all = lookup.actions(model).length;
  return [
    ...services,
    {
      label: '*',
      kind: 'wildcard',
      detail: `${all} actions`,
      documentation: 'Every action of every service.',
      value: '*',
    },
  ];
}

function resourceStage(catalogs: PolicyCatalogs, model: PolicyModel, service: string): ItemSpec[] {
  const actions = catalogs.lookup.actionsOf(service, model);
  const first = actions[0];
  if (!first) return [];
  const prefix = segments(first.name)[0];
  const byType = new Map<string, CatalogAction[]>();
  for (const action of actions) {
    const type = segments(action.name)[1];
    const key = type.toLowerCase();
    const list = byType.get(key);
    if (list) list.push(action);
    else byType.set(key, [action]);
  }
  const types: ItemSpec[] = [...byType.values()].map((list) => {
    const type = segments(list[0]?.name ?? '')[1];
    return {
      label: `${prefix}:${type}:`,
      kind: 'resource-segment',
      detail: `${list.length} action${list.length === 1 ? '' : 's'}`,
      documentation: listActionNames(list, 15),
      value: `${prefix}:${type}:`,
      open: true,
    };
  });
  return [
    ...types,
    wildcard(catalogs, model, `${prefix}:*`),
    ...verbWildcards(catalogs, model, actions, `${prefix}:*:`),
  ];
}

function operationStage(
  catalogs: PolicyCatalogs,
  model: PolicyModel,
  service: string,
  type: string,
): ItemSpec[] {
  const typeMatcher = compileWildcard(type, { ignoreCase: true });
  const actions = catalogs.lookup
    .actionsOf(service, model)
    .filter((action) => typeMatcher.test(segments(action.name)[1]));
  const first = actions[0];
  if (!first) return [];
  const [prefix, writtenType] = segments(first.name);
  if (typeMatcher.hasWildcard)
    return wildcardTypeStage(catalogs, model, actions, `${prefix}:${type}:`);
  const operations: ItemSpec[] = actions.map((action) => ({
    label: action.name,
    kind: 'action',
    detail: accessLevelLabel(action),
    documentation: describeActionText(action),
    value: action.name,
  }));
  const base = `${prefix}:${writtenType}:`;
  return [
    ...operations,
    wildcard(catalogs, model, `${base}*`),
    ...verbWildcards(catalogs, model, actions, base),
  ];
}

/**
 * Operations under a resource segment typed with wildcards (`ims:*:`): each operation name the
 * matched types share, as a pattern with its count, then the verb wildcards. `base*` is left
 * out: it says no more than the service wildcard the previous stage offered.
 */
function wildcardTypeStage(
  catalogs: PolicyCatalogs,
  model: PolicyModel,
  actions: readonly CatalogAction[],
  base: string,
): ItemSpec[] {
  const operations = new Map<string, string>();
  for (const action of actions) {
    const operation = segments(action.name)[2];
    if (!operations.has(operation.toLowerCase()))
      operations.set(operation.toLowerCase(), operation);
  }
  return [
    ...[...operations.values()].map((operation) =>
      wildcard(catalogs, model, `${base}${operation}`),
    ),
    ...verbWildcards(catalogs, model, actions, base),
  ];
}

/**
 * Action names in stages, each stage narrowing the last: service prefixes, then the resource
 * segments of the typed service, then its operations; with wildcard choices and how many actions
 * each covers. Only names of the policy's own model are offered.
 */
export function actionCompletions(
  context: CursorContext,
  catalogs: PolicyCatalogs,
  model: PolicyModel,
): CompletionItem[] {
  const parts = context.prefix.split(':');
  let specs: ItemSpec[];
  if (parts.length === 1) specs = serviceStage(catalogs, model);
  else if (parts.length === 2) specs = resourceStage(catalogs, model, parts[0] ?? '');
  else specs = operationStage(catalogs, model, parts[0] ?? '', parts[1] ?? '');
  return specs.map((spec, order) => valueItem(context, spec, order));
}
