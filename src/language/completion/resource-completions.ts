import type { CatalogAction, PolicyModel } from '../../catalog';
import type { CursorContext } from '../cursor-context';
import { listActionNames } from '../describe-action';
import type { CompletionItem } from '../language-types';
import type { PolicyCatalogs } from '../policy-catalogs';
import type { StatementActions } from '../statement-actions';
import { snippetString, valueItem } from './completion-item';
import type { ItemSpec } from './completion-item';

/** `ims:<region>:<account-id>:image:<image-id>` → snippet with one tab stop per placeholder. */
export function urnSnippet(pattern: string): string {
  let stop = 0;
  return pattern
    .split(/(<[^<>]+>)/)
    .map((part) => {
      const placeholder = /^<([^<>]+)>$/.exec(part);
      if (!placeholder) return snippetString(part);
      stop += 1;
      return `\${${stop}:${snippetString(placeholder[1] ?? '')}}`;
    })
    .join('');
}

interface UrnChoice {
  pattern: string;
  type: string;
  actions: CatalogAction[];
}

function urnChoices(
  catalogs: PolicyCatalogs | null,
  model: PolicyModel,
  actions: readonly CatalogAction[],
): UrnChoice[] {
  const choices = new Map<string, UrnChoice>();
  if (!catalogs) return [];
  for (const action of actions) {
    const service = action.name.split(':')[0] ?? '';
    for (const { type } of action.resourceTypes) {
      const resourceType = catalogs.lookup.resourceType(service, type, model);
      for (const pattern of resourceType?.urnPatterns ?? []) {
        const choice = choices.get(pattern);
        if (choice) choice.actions.push(action);
        else choices.set(pattern, { pattern, type: resourceType?.name ?? type, actions: [action] });
      }
    }
  }
  return [...choices.values()];
}

/**
 * `Resource` values: `*`, and a URN template (as a snippet with tab stops for region, account and
 * resource id) for every resource type the statement's actions take.
 */
export function resourceCompletions(
  context: CursorContext,
  catalogs: PolicyCatalogs | null,
  model: PolicyModel,
  statement: StatementActions,
): CompletionItem[] {
  const choices = urnChoices(catalogs, model, statement.actions);
  const star: ItemSpec = {
    label: '*',
    kind: 'resource',
    detail: 'every resource',
    documentation:
      choices.length === 0 && !statement.open
        ? 'No action of this statement takes a resource type, so `Resource` must be `*`.'
        : 'Every resource of the actions.',
    value: '*',
  };
  const urns: ItemSpec[] = choices.map((choice) => ({
    label: choice.pattern,
    kind: 'resource',
    detail: `${choice.type} · ${choice.actions.length} action${choice.actions.length === 1 ? '' : 's'}`,
    documentation: `Resource type ${choice.type}, taken by:\n${listActionNames(choice.actions, 10)}`,
    value: choice.pattern,
    body: urnSnippet(choice.pattern),
  }));
  // Once the typed text departs from a template (a region is being filled in), stay quiet.
  const typed = context.prefix.toLowerCase();
  return [...urns, star]
    .filter((spec) => spec.value.toLowerCase().startsWith(typed))
    .map((spec, order) => valueItem(context, spec, order));
}
