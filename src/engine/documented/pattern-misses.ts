/**
 * Words for "this action is not allowed because the policy's patterns miss it": which of the
 * policy's Allow patterns was most likely meant to cover an action, so that a difference between
 * documented and computed support names the pattern as well as the action.
 */
import type { ServiceCatalog } from '../../catalog/catalog-types';
import { actionService, matchAction } from '../match/action';
import { parsePolicy } from '../policy/policy-document';

export interface PolicyPatterns {
  /** The `Action` patterns of the policy's Allow statements, in order, without repeats. */
  allow: readonly string[];
  /** Every catalog, of either model: an action's aliases may be known only to the other one. */
  catalogs: readonly ServiceCatalog[];
}

export function policyPatterns(text: string, catalogs: readonly ServiceCatalog[]): PolicyPatterns {
  const statements = parsePolicy(text).policy?.statements ?? [];
  const allow = statements
    .filter((statement) => statement.effect?.value === 'Allow')
    .flatMap((statement) => (statement.action ?? []).map((pattern) => pattern.value));
  return { allow: [...new Set(allow)], catalogs };
}

/**
 * The Allow patterns that match `action` by its own name. One that reaches it only through an
 * alias is named by the matrix's reason ("matched through alias …") instead.
 */
export function grantingPatterns(action: string, patterns: PolicyPatterns): string[] {
  return patterns.allow.filter((pattern) => matchAction(pattern, action, []));
}

const quoted = (items: readonly string[]) => items.map((item) => `\`${item}\``).join(', ');

/** The lower-cased words of an action's last segment: `batchSetServerTags` → batch, set, server, tags. */
function operationWords(name: string): string[] {
  const operation = name.slice(name.lastIndexOf(':') + 1);
  return operation
    .split(/[^A-Za-z0-9]+|(?=[A-Z])/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/** Aliases of `action` that a catalog of its service lists, with the catalog that lists them. */
function aliasesOf(action: string, catalogs: readonly ServiceCatalog[]) {
  const service = actionService(action);
  const name = action.toLowerCase();
  return catalogs
    .filter((catalog) => catalog.service === service)
    .flatMap((catalog) =>
      catalog.actions
        .filter((entry) => entry.name.toLowerCase() === name)
        .flatMap((entry) => entry.aliases.map((alias) => ({ alias, catalogId: catalog.id }))),
    );
}

/**
 * Why `action` (called for `where`, e.g. an API) is not allowed, naming the pattern meant for it:
 * first a pattern that matches one of the action's aliases (an older name the documentation was
 * written for); else the patterns of its service whose last segment shares the most words with
 * the action's (`ecs:servers:setTags` for `ecs:cloudServers:batchSetServerTags`); else the
 * service's wildcard patterns, none of which matches it.
 */
export function describeMisses(action: string, where: string, patterns: PolicyPatterns): string {
  const subject = `\`${action}\` (${where})`;
  for (const { alias, catalogId } of aliasesOf(action, patterns.catalogs)) {
    // A pattern matching an alias the evaluation applies would have allowed the action: this
    // alias is one it does not apply, listed by the other model's catalog.
    const pattern = patterns.allow.find((candidate) => matchAction(candidate, alias, []));
    if (pattern !== undefined)
      return `${subject} is not matched by \`${pattern}\`, which matches \`${alias}\`, its alias in \`${catalogId}\``;
  }
  const service = actionService(action);
  const own = patterns.allow.filter((pattern) => matchAction(actionService(pattern), service, []));
  const words = new Set(operationWords(action));
  const shared = own.map((pattern) => operationWords(pattern).filter((w) => words.has(w)).length);
  const most = Math.max(0, ...shared);
  if (most > 0)
    return `${subject} is not matched by ${quoted(own.filter((_, i) => shared[i] === most))}`;
  const wildcards = own.filter((pattern) => /[*?]/.test(pattern));
  return wildcards.length > 0
    ? `${subject} is matched by none of the policy's \`${service}\` wildcards ${quoted(wildcards)}`
    : `${subject} is matched by no Allow pattern of the policy`;
}
