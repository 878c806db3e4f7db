/**
 * The least-privilege generator: from the APIs a person or program calls to a policy that allows
 * exactly their actions and the actions they depend on, scoped to resource URNs where the actions
 * take them, in readable statements (one per service and resource type, each with a Sid), and
 * with the reason every action is there. It never writes a wildcard that matches more than the
 * actions it grants; shortening with exact wildcards is an opt-in, and only for services whose
 * catalog is complete.
 */
import type { CatalogAction, CatalogApi, PolicyModel, ServiceCatalog } from '../catalog';
import type { CatalogLookup } from '../engine';
import { buildUrn, urnTemplate } from './builder-urns';
import type { UrnTemplate } from './builder-urns';
import { exactWildcards } from './builder-wildcards';
import type { ApiRef } from './generator-api-lines';

const MODEL: PolicyModel = '5.0';

export type GeneratorTarget = 'identity' | 'scp';

/** What the user filled in for one resource type; empty parts mean "any". */
export interface ScopeParts {
  region: string;
  account: string;
  /** Resource IDs separated by commas or spaces; empty for any. */
  resourceIds: string;
}

export interface GeneratorOptions {
  target: GeneratorTarget;
  /** By resource type key (`service:type`, lower case, see {@link ResourceNeed}). */
  scopes: Readonly<Record<string, ScopeParts>>;
  /** Replace groups of actions by wildcards matching exactly them (complete catalogs only). */
  shortenWithWildcards: boolean;
  /** SCP only: also allow `iamToken::*` and `signin::*`, which sign-in needs under an allow-list. */
  allowSignIn: boolean;
}

export type GrantReason =
  | { kind: 'api'; api: string }
  | { kind: 'dependency'; api: string; condition?: string }
  | { kind: 'sign-in' };

/** One action the policy allows and why. */
export interface Grant {
  action: string;
  /** The loaded catalogs know the action (and so its resource types). */
  known: boolean;
  reasons: GrantReason[];
}

interface GeneratedStatement {
  sid: string;
  /** As written: names, or exact wildcards when shortening. */
  actions: string[];
  /** The granted actions the statement covers (catalog spelling). */
  grants: string[];
  /** `null` when the statement has no `Resource` element. */
  resources: string[] | null;
}

/** A resource type the granted actions take: the URN the user can narrow. */
export interface ResourceNeed {
  key: string;
  template: UrnTemplate;
  actions: string[];
}

export interface GeneratedPolicy {
  text: string;
  grants: Grant[];
  statements: GeneratedStatement[];
  resourceNeeds: ResourceNeed[];
  /** Things the user should know: APIs that need no action, actions no catalog describes. */
  notes: string[];
}

export const SIGN_IN_ACTIONS = ['iamToken::*', 'signin::*'];

export const apiLabel = (api: CatalogApi) => (api.method ? `${api.method} ${api.path}` : api.path);

const serviceOf = (action: string) => action.split(':', 1)[0]?.toLowerCase() ?? '';

const pascal = (text: string) =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`)
    .join('');

/** The catalog's APIs for the refs, skipping refs no loaded catalog has. */
export function findApis(
  refs: readonly ApiRef[],
  catalogs: readonly ServiceCatalog[],
): CatalogApi[] {
  return refs.flatMap((ref) => {
    const api = catalogs.find((c) => c.id === ref.catalogId)?.apis.find((a) => a.id === ref.apiId);
    return api ? [api] : [];
  });
}

function collectGrants(
  apis: readonly CatalogApi[],
  lookup: CatalogLookup,
  notes: string[],
): Grant[] {
  const grants = new Map<string, Grant>();
  const grant = (name: string, reason: GrantReason) => {
    const known = lookup.action(name, MODEL);
    const key = name.toLowerCase();
    const entry = grants.get(key) ?? {
      action: known?.name ?? name,
      known: known !== undefined,
      reasons: [],
    };
    entry.reasons.push(reason);
    grants.set(key, entry);
  };
  for (const api of apis) {
    const label = apiLabel(api);
    if (api.action === '') notes.push(`\`${label}\` needs no action, according to its catalog`);
    else grant(api.action, { kind: 'api', api: label });
    for (const dependency of api.dependencies) {
      grant(dependency.action, {
        kind: 'dependency',
        api: label,
        ...(dependency.condition ? { condition: dependency.condition } : {}),
      });
    }
  }
  return [...grants.values()];
}

/** The resource types a request for the action names: the required ones, else all it lists. */
function typesOf(action: CatalogAction): string[] {
  const required = action.resourceTypes.filter((t) => t.required);
  return (required.length > 0 ? required : action.resourceTypes).map((t) => t.type);
}

interface Group {
  service: string;
  types: string[] | null;
  grants: Grant[];
}

function groupGrants(
  grants: readonly Grant[],
  lookup: CatalogLookup,
  target: GeneratorTarget,
): Group[] {
  const groups = new Map<string, Group>();
  for (const grant of grants) {
    const service = serviceOf(grant.action);
    const action = lookup.action(grant.action, MODEL);
    // SCP allow statements use `*` (reference §4); unknown actions have no known types either.
    const types = target === 'scp' || !action ? null : typesOf(action).sort();
    const key =
      target === 'scp'
        ? service
        : `${service}|${types === null ? 'not-in-catalog' : types.join(',')}`;
    const group = groups.get(key) ?? { service, types, grants: [] };
    group.grants.push(grant);
    groups.set(key, group);
  }
  // A service's statements stay together, in the order the services first come up; within a
  // service, the statements that name resources come before the one for uncatalogued actions.
  const services = [...new Set([...groups.values()].map((g) => g.service))];
  return [...groups.values()].sort(
    (a, b) =>
      services.indexOf(a.service) - services.indexOf(b.service) ||
      Number(a.types === null) - Number(b.types === null),
  );
}

function resourcesOf(
  group: Group,
  lookup: CatalogLookup,
  options: GeneratorOptions,
): string[] | null {
  if (options.target === 'scp') return ['*'];
  if (group.types === null || group.types.length === 0) return null;
  const urns = new Set<string>();
  for (const type of group.types) {
    const template = urnTemplate(group.service, type, lookup, MODEL);
    const scope = options.scopes[`${group.service}:${type.toLowerCase()}`];
    const ids = (scope?.resourceIds ?? '').split(/[\s,]+/).filter(Boolean);
    for (const resourceId of ids.length > 0 ? ids : ['']) {
      urns.add(
        buildUrn(template, {
          region: scope?.region ?? '',
          account: scope?.account ?? '',
          resourceId,
        }),
      );
    }
  }
  return [...urns];
}

function sidOf(group: Group, target: GeneratorTarget): string {
  const service = pascal(group.service);
  if (target === 'scp') return `Allow${service}`;
  if (group.types === null) return `Allow${service}NotInCatalog`;
  if (group.types.length === 0) return `Allow${service}WithoutResource`;
  return `Allow${service}${group.types.map(pascal).join('And')}`;
}

function writtenActions(group: Group, lookup: CatalogLookup, shorten: boolean): string[] {
  const names = group.grants.map((g) => g.action).sort((a, b) => a.localeCompare(b));
  const complete = lookup.serviceCatalog(group.service, MODEL)?.coverage === 'complete';
  if (!shorten || !complete) return names;
  const selected = new Set(group.grants.filter((g) => g.known).map((g) => g.action.toLowerCase()));
  const wildcards = exactWildcards(group.service, selected, lookup, MODEL);
  const replaced = new Set(wildcards.flatMap((w) => w.matches.map((m) => m.toLowerCase())));
  return [
    ...wildcards.map((w) => w.pattern),
    ...names.filter((n) => !replaced.has(n.toLowerCase())),
  ];
}

function resourceNeeds(grants: readonly Grant[], lookup: CatalogLookup): ResourceNeed[] {
  const needs = new Map<string, ResourceNeed>();
  for (const grant of grants) {
    const action = lookup.action(grant.action, MODEL);
    if (!action) continue;
    const service = serviceOf(action.name);
    for (const type of typesOf(action)) {
      const key = `${service}:${type.toLowerCase()}`;
      const need = needs.get(key) ?? {
        key,
        template: urnTemplate(service, type, lookup, MODEL),
        actions: [],
      };
      need.actions.push(action.name);
      needs.set(key, need);
    }
  }
  return [...needs.values()];
}

/** Generates the policy for the chosen APIs (5.0 catalogs). */
export function generatePolicy(
  apis: readonly CatalogApi[],
  lookup: CatalogLookup,
  options: GeneratorOptions,
): GeneratedPolicy {
  const notes: string[] = [];
  const grants = collectGrants(apis, lookup, notes);
  const unknown = grants.filter((g) => !g.known).map((g) => `\`${g.action}\``);
  if (unknown.length > 0 && options.target === 'identity') {
    notes.push(
      `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the loaded catalogs, so ${unknown.length === 1 ? 'its' : 'their'} resource types are unknown: the statement names no resources`,
    );
  }
  const used = new Map<string, number>();
  const statements: GeneratedStatement[] = groupGrants(grants, lookup, options.target).map(
    (group) => {
      const base = sidOf(group, options.target);
      const seen = (used.get(base) ?? 0) + 1;
      used.set(base, seen);
      return {
        sid: seen === 1 ? base : `${base}${seen}`,
        actions: writtenActions(group, lookup, options.shortenWithWildcards),
        grants: group.grants.map((g) => g.action),
        resources: resourcesOf(group, lookup, options),
      };
    },
  );
  if (options.target === 'scp' && options.allowSignIn) {
    const reasons: GrantReason[] = [{ kind: 'sign-in' }];
    grants.push(...SIGN_IN_ACTIONS.map((action) => ({ action, known: false, reasons })));
    statements.push({
      sid: 'AllowSignIn',
      actions: SIGN_IN_ACTIONS,
      grants: SIGN_IN_ACTIONS,
      resources: ['*'],
    });
  }
  const document = {
    Version: '5.0',
    Statement: statements.map((s) => ({
      Sid: s.sid,
      Effect: 'Allow',
      Action: s.actions,
      ...(s.resources ? { Resource: s.resources } : {}),
    })),
  };
  return {
    text: `${JSON.stringify(document, null, 2)}\n`,
    grants,
    statements,
    resourceNeeds: options.target === 'identity' ? resourceNeeds(grants, lookup) : [],
    notes,
  };
}
