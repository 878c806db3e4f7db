/**
 * What the resource part of a card offers: a URN form for each resource type the statement's
 * actions take, and the actions that take no resource (they only apply where `Resource` holds
 * `*` or is absent, so a card listing only URNs should say so).
 */
import type { CatalogAction, PolicyModel } from '../../../catalog';
import type { PolicyCatalogs } from '../../../language';
import { urnTemplate } from '../../../language/builder-urns';
import type { UrnTemplate } from '../../../language/builder-urns';

export interface ResourceTypeForm {
  template: UrnTemplate;
  /** The statement's actions that take this type. */
  actions: string[];
}

export interface StatementResources {
  forms: ResourceTypeForm[];
  /** Actions of the statement that take no resource type. */
  resourceless: string[];
}

/** The catalog actions a statement's `Action` entries name or match, without duplicates. */
export function resolveActions(
  entries: readonly string[],
  catalogs: PolicyCatalogs,
  model: PolicyModel,
): CatalogAction[] {
  const seen = new Set<CatalogAction>();
  for (const entry of entries) {
    for (const action of catalogs.lookup.matchActions(entry, model)) seen.add(action);
  }
  return [...seen];
}

export function statementResources(
  actions: readonly CatalogAction[],
  catalogs: PolicyCatalogs,
  model: PolicyModel,
): StatementResources {
  const forms = new Map<string, ResourceTypeForm>();
  const resourceless: string[] = [];
  for (const action of actions) {
    if (action.resourceTypes.length === 0) resourceless.push(action.name);
    const service = action.name.split(':', 1)[0]?.toLowerCase() ?? '';
    for (const { type } of action.resourceTypes) {
      const id = `${service}:${type.toLowerCase()}`;
      const form = forms.get(id);
      if (form) form.actions.push(action.name);
      else {
        forms.set(id, {
          template: urnTemplate(service, type, catalogs.lookup, model),
          actions: [action.name],
        });
      }
    }
  }
  return { forms: [...forms.values()], resourceless };
}
