import type { CatalogAction, CatalogApi, PolicyModel } from '../../catalog';
import type { ActionReach } from '../../engine';
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
function dependencyLines(apis: readonly CatalogApi[]): string[] {
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

/** "`a` · read", with "through alias `x`" for an action the pattern reaches only by an alias. */
function reachLine({ action, alias }: ActionReach): string {
  const line = `${code(action.name)} · ${text(accessLevelLabel(action))}`;
  return alias === null ? line : `${line} · through alias ${code(alias)}`;
}

/** The reached actions, at most {@link WILDCARD_LIST_LIMIT} of them, then "and N more". */
function reachList(reached: readonly ActionReach[]): string {
  const shown = reached.slice(0, WILDCARD_LIST_LIMIT).map(reachLine);
  if (reached.length > WILDCARD_LIST_LIMIT) {
    shown.push(`… and ${reached.length - WILDCARD_LIST_LIMIT} more`);
  }
  return bullets(shown);
}

function describeWildcard(catalogs: PolicyCatalogs, model: PolicyModel, pattern: string): string {
  const reached = catalogs.lookup.reachActions(pattern, model);
  const throughAlias = reached.filter((r) => r.alias !== null).length;
  const assumptions = assumptionLines(
    pattern.includes('?')
      ? ['action-case-insensitive', 'question-mark-wildcard']
      : ['action-case-insensitive'],
  );
  return paragraphs([
    `**${code(pattern)}** matches **${reached.length}** action${reached.length === 1 ? '' : 's'} of the ${model} catalogs${throughAlias > 0 ? `, ${throughAlias} through an alias (an action and its aliases are the same action)` : ''}`,
    reached.length > 0 && reachList(reached),
    `**Assumptions:**\n${bullets(assumptions)}`,
  ]);
}

/**
 * Hover markdown for an `Action`/`NotAction` entry: the action, or what a wildcard expands to;
 * an alias (or an action's name other actions answer to as an alias) lists every action it
 * reaches, since Huawei treats an action and its aliases as the same action.
 */
export function actionHover(catalogs: PolicyCatalogs, model: PolicyModel, entry: string): string {
  if (/[*?]/.test(entry)) return describeWildcard(catalogs, model, entry);
  const reached = catalogs.lookup.reachActions(entry, model);
  const own = reached.find((r) => r.alias === null)?.action;
  const throughAlias = reached.filter((r) => r.alias !== null);
  const [first] = throughAlias;
  if (own) {
    return paragraphs([
      describeAction(catalogs, model, own),
      throughAlias.length > 0 && `**Also reaches, as their alias:**\n${reachList(throughAlias)}`,
    ]);
  }
  if (first) {
    const single = throughAlias.length === 1;
    return paragraphs([
      single
        ? `${code(entry)} is an alias of ${code(first.action.name)}: it applies to that action as its own name does`
        : `${code(entry)} is an alias of ${throughAlias.length} actions: it applies to each of them as their own names do`,
      single ? describeAction(catalogs, model, first.action) : reachList(throughAlias),
    ]);
  }
  return `${code(entry)} is not an action of the loaded ${model} catalogs`;
}
