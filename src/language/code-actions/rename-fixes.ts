import { getNodePath, type Node } from 'jsonc-parser';
import type { PolicyModel } from '../../catalog';
import type { CodeAction, Diagnostic, FormattingOptions } from '../language-types';
import type { PolicyCatalogs } from '../policy-catalogs';
import { changeJson, type JsonChange } from '../text-edits';

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

/**
 * "Replace with …" for an entry written as an alias: the own names of every action answering to
 * it, since a pattern matching the alias applies to each of them (reference §5 rule 6) and
 * replacing it with one would narrow a Deny. Only for a plain alias: a wildcard, or a name that is
 * also an action's own, stands for more than its alias targets.
 */
export function aliasFixes(
  diagnostic: Diagnostic,
  node: Node,
  text: string,
  catalogs: PolicyCatalogs,
  model: PolicyModel,
  formatting: FormattingOptions,
): CodeAction[] {
  if (diagnostic.code !== 'ACTION_ALIAS' || node.type !== 'string') return [];
  const written = String(node.value);
  const reached = catalogs.lookup.reachActions(written, model);
  if (/[*?]/.test(written) || reached.length === 0 || reached.some((r) => r.alias === null))
    return [];
  const names = reached.map((r) => r.action.name);
  const path = getNodePath(node);
  const index = path.at(-1);
  const changes: JsonChange[] =
    node.parent?.type === 'array' && typeof index === 'number'
      ? names.map((name, i) => ({
          path: [...path.slice(0, -1), index + i],
          value: name,
          insert: i > 0,
        }))
      : [{ path, value: names }];
  return [
    {
      title:
        names.length === 1
          ? `Replace with \`${names[0]}\``
          : `Replace with the ${names.length} actions answering to \`${written}\``,
      edits: [changeJson(text, changes, formatting)],
      diagnostic,
      isPreferred: true,
    },
  ];
}
