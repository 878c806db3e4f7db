import type { CatalogAction, CatalogApi, PolicyModel } from '../../catalog';
import { assumptionLines } from '../describe-operator';
import { accessLevelLabel } from '../describe-action';
import type { PolicyCatalogs } from '../policy-catalogs';
import { bullets, code, paragraphs, text } from './markdown';

/** How many matched actions a wildcard hover lists before "and N more". */
const WILDCARD_LIST_LIMIT = 30;

function apiLabel(api: CatalogApi): string {
  const call = api.method === null ? api.path : `${api.method} ${api.path}`;
  return api.title ? `${code(call)} ${text(api.title)}` : code(call);
}

/** The dependencies of the APIs an action authorises, one line each, without repeats. */
export function dependencyLines(apis: readonly CatalogApi[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const api of apis) {
    for (const dependency of api.dependencies) {
      const id = `${dependency.action} ${dependency.condition ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      lines.push(
        dependency.condition
          ? `${code(dependency.action)} (${text(dependency.condition)})`
          : code(dependency.action),
      );
    }
  }
  return lines;
}

function describeAction(
  catalogs: PolicyCatalogs,
  model: PolicyModel,
  action: CatalogAction,
): string {
  const apis = catalogs.apisOf(action, model);
  const dependencies = dependencyLines(apis);
  const types = action.resourceTypes.map(
    (t) => `${code(t.type)}${t.required ? ' (required)' : ''}`,
  );
  return paragraphs([
    `**${code(action.name)}** · ${text(accessLevelLabel(action))}`,
    text(action.description),
    `**Resource types:** ${types.length > 0 ? types.join(', ') : 'none, so the statement needs `Resource` `*`'}`,
    apis.length > 0 && `**APIs:**\n${bullets(apis.map(apiLabel))}`,
    dependencies.length > 0 && `**Dependencies:**\n${bullets(dependencies)}`,
    action.conditionKeys.length > 0 &&
      `**Condition keys:** ${action.conditionKeys.map(code).join(', ')}`,
    action.aliases.length > 0 && `**Also answers to:** ${action.aliases.map(code).join(', ')}`,
  ]);
}

function describeWildcard(catalogs: PolicyCatalogs, model: PolicyModel, pattern: string): string {
  const matched = catalogs.lookup.matchActions(pattern, model);
  const shown = matched
    .slice(0, WILDCARD_LIST_LIMIT)
    .map((action) => `${code(action.name)} · ${text(accessLevelLabel(action))}`);
  if (matched.length > WILDCARD_LIST_LIMIT) {
    shown.push(`… and ${matched.length - WILDCARD_LIST_LIMIT} more`);
  }
  const assumptions = assumptionLines(
    pattern.includes('?')
      ? ['action-case-insensitive', 'question-mark-wildcard']
      : ['action-case-insensitive'],
  );
  return paragraphs([
    `**${code(pattern)}** matches **${matched.length}** action${matched.length === 1 ? '' : 's'} of the ${model} catalogs`,
    shown.length > 0 && bullets(shown),
    `**Assumptions:**\n${bullets(assumptions)}`,
  ]);
}

/** Hover markdown for an `Action`/`NotAction` entry: the action, or what a wildcard expands to. */
export function actionHover(catalogs: PolicyCatalogs, model: PolicyModel, entry: string): string {
  if (/[*?]/.test(entry)) return describeWildcard(catalogs, model, entry);
  const action = catalogs.lookup.action(entry, model);
  if (action) return describeAction(catalogs, model, action);
  const targets = catalogs.lookup.aliasTargets(entry, model);
  const [target] = targets;
  if (target) {
    return paragraphs([
      `${code(entry)} is an alias of ${targets.map((t) => code(t.name)).join(', ')}`,
      describeAction(catalogs, model, target),
    ]);
  }
  return `${code(entry)} is not an action of the loaded ${model} catalogs`;
}
