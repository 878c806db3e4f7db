import { getNodePath, type Node } from 'jsonc-parser';
import type { PolicyModel } from '../../catalog';
import { documentedSpelling, resolveOperator } from '../../engine';
import type { CodeAction, Diagnostic, FormattingOptions } from '../language-types';
import type { PolicyCatalogs } from '../policy-catalogs';
import { changeJson, type JsonChange } from '../text-edits';

/** How many "did you mean" replacements to offer. */
const NEAREST = 3;

/** The set prefixes a multi-valued key's operator can take, the usual one first. */
const SET_PREFIXES = ['ForAnyValue', 'ForAllValues'];

/** Replacements that need no catalog: slips of case and AWS habits of spelling. */
function spellingReplacements(diagnostic: Diagnostic, written: string): string[] {
  switch (diagnostic.code) {
    case 'INVALID_EFFECT':
      return ['Allow', 'Deny'].filter((effect) => effect.toLowerCase() === written.toLowerCase());
    case 'UNSUPPORTED_AWS_OPERATOR': {
      // AWS `Numeric*` operators are Huawei's `Number*` ones, prefixes and `IfExists` kept;
      // only where such an operator exists (`NumericFoo` has no `NumberFoo`).
      const number = written.replace(/(^|:)Numeric/, '$1Number');
      return number !== written && resolveOperator(number).ok ? [number] : [];
    }
    case 'MISSING_SET_OPERATOR':
      return SET_PREFIXES.map((prefix) => `${prefix}:${written}`);
    default:
      return [];
  }
}

/** Names that could replace the string `written` a finding is about, best first. */
function replacements(
  diagnostic: Diagnostic,
  written: string,
  catalogs: PolicyCatalogs | null,
  model: PolicyModel,
): string[] {
  if (!catalogs) return spellingReplacements(diagnostic, written);
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
    case 'AWS_CONDITION_KEY': {
      const equivalent = `g:${written.slice(written.indexOf(':') + 1)}`;
      const info = lookup.conditionKey(equivalent, model);
      return info?.global ? [documentedSpelling(equivalent, info)] : [];
    }
    default:
      return spellingReplacements(diagnostic, written);
  }
}

/** Keys beside `node` when it is an object key: a rename to one of them would duplicate it. */
function siblingKeys(node: Node): Set<string> {
  const property = node.parent;
  if (property?.type !== 'property' || property.children?.[0] !== node) return new Set();
  const keys = (property.parent?.children ?? []).map((p) => String(p.children?.[0]?.value));
  return new Set(keys);
}

/**
 * "Replace with `x`" for a name the engine did not find (action, service, condition key) or found
 * by its alias or in another case: the nearest catalog names, the first one preferred; and for
 * the slips people make: `allow` for `Allow`, AWS spellings of operators and keys, an operator
 * without the set prefix a multi-valued key needs.
 */
export function renameFixes(
  diagnostic: Diagnostic,
  node: Node,
  catalogs: PolicyCatalogs | null,
  model: PolicyModel,
): CodeAction[] {
  if (node.type !== 'string' || typeof node.value !== 'string') return [];
  const written = node.value;
  const taken = siblingKeys(node);
  return replacements(diagnostic, written, catalogs, model)
    .filter((name) => name !== written && !taken.has(name))
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
