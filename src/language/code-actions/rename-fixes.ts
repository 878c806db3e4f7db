import type { Node } from 'jsonc-parser';
import type { PolicyModel } from '../../catalog';
import type { CodeAction, Diagnostic } from '../language-types';
import type { PolicyCatalogs } from '../policy-catalogs';

/** How many "did you mean" replacements to offer. */
const NEAREST = 3;

/** Names that could replace the string `written` a finding is about, best first. */
function replacements(
  diagnostic: Diagnostic,
  written: string,
  catalogs: PolicyCatalogs,
  model: PolicyModel,
): string[] {
  const { lookup } = catalogs;
  switch (diagnostic.code) {
    case 'ACTION_ALIAS':
      return lookup.aliasTargets(written, model).map((action) => action.name);
    case 'UNKNOWN_ACTION':
    case 'UNLISTED_ACTION':
    case 'ACTION_OF_OTHER_MODEL':
      return lookup.nearestActions(written, model, NEAREST);
    case 'WILDCARD_MATCHES_NOTHING':
      return lookup.nearestActions(written.replace(/[*?]/g, ''), model, NEAREST);
    case 'UNKNOWN_SERVICE': {
      const [service = '', ...rest] = written.split(':');
      return lookup
        .nearestServices(service, model, NEAREST)
        .map((name) => [name, ...rest].join(':'));
    }
    case 'UNKNOWN_CONDITION_KEY':
      return lookup.nearestConditionKeys(written, model, NEAREST);
    case 'CONDITION_KEY_CASE': {
      const info = lookup.conditionKey(written, model);
      return info && !info.family ? [info.name] : [];
    }
    default:
      return [];
  }
}

/**
 * "Replace with `x`" for a name the engine did not find (action, service, condition key) or found
 * by its alias or in another case: the nearest catalog names, the first one preferred.
 */
export function renameFixes(
  diagnostic: Diagnostic,
  node: Node,
  catalogs: PolicyCatalogs,
  model: PolicyModel,
): CodeAction[] {
  if (node.type !== 'string' || typeof node.value !== 'string') return [];
  const written = node.value;
  return replacements(diagnostic, written, catalogs, model)
    .filter((name) => name !== written)
    .map((name, index) => ({
      title: `Replace with \`${name}\``,
      edits: [{ offset: node.offset, length: node.length, newText: JSON.stringify(name) }],
      diagnostic,
      isPreferred: index === 0,
    }));
}
