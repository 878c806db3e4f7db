/**
 * Deterministic synthetic catalogs and policies for the benchmark: `n` actions spread over
 * services of 100 actions each, one API per action with up to two dependencies, and policies
 * mixing literal actions, per-service wildcards, cross-service wildcards, resource patterns,
 * conditions and Deny statements. Optionally a third of the actions answer to a legacy alias,
 * one in thirty of them to a name of the next service (as EIP actions answer to VPC names).
 */
import type { ServiceCatalog } from '../catalog/catalog-types';
import type { PolicyInput, RequestContext } from '../engine/index';

const ACTIONS_PER_SERVICE = 100;
const RESOURCE_GROUPS = 10;
const OPERATIONS = [
  'get',
  'list',
  'create',
  'update',
  'delete',
  'tag',
  'attach',
  'detach',
  'start',
  'stop',
];

/** mulberry32: a tiny seeded PRNG so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const source = { file: 'synthetic', line: 0 };

function actionName(service: number, group: number, operation: number): string {
  return `svc${service}:res${group}:${OPERATIONS[operation]}Thing`;
}

/** The aliases of action `i` of service `s`, when the catalogs have aliases. */
function aliasesOf(s: number, services: number, i: number, name: string): string[] {
  if (i % 3 !== 0) return [];
  const other = i % 30 === 0 ? (s + 1) % services : s;
  return [name.replace(/^svc\d+:res/, `svc${other}:legacy`)];
}

/** Catalogs holding `actionCount` actions in total (5.0 model), with aliases when asked. */
export function syntheticCatalogs(
  actionCount: number,
  seed = 1,
  withAliases = false,
): ServiceCatalog[] {
  const random = seededRandom(seed);
  const services = Math.max(1, Math.ceil(actionCount / ACTIONS_PER_SERVICE));
  const catalogs: ServiceCatalog[] = [];
  for (let s = 0; s < services; s++) {
    const names: { name: string; group: number }[] = [];
    for (let i = 0; i < ACTIONS_PER_SERVICE && s * ACTIONS_PER_SERVICE + i < actionCount; i++) {
      const group = i % RESOURCE_GROUPS;
      names.push({ name: actionName(s, group, Math.floor(i / RESOURCE_GROUPS)), group });
    }
    catalogs.push({
      schemaVersion: 1,
      id: `svc${s}-5.0`,
      service: `svc${s}`,
      serviceName: `Service ${s}`,
      model: '5.0',
      coverage: 'complete',
      sources: [],
      actions: names.map(({ name, group }, i) => ({
        name,
        description: '',
        accessLevel: 'read',
        resourceTypes: group % 2 === 0 ? [{ type: `type${group}`, required: true }] : [],
        conditionKeys: [],
        aliases: withAliases ? aliasesOf(s, services, i, name) : [],
        notes: [],
        source,
      })),
      apis: names.map(({ name }, i) => ({
        id: `POST /v1/svc${s}/${i}`,
        method: 'POST',
        path: `/v1/svc${s}/${i}`,
        action: name,
        dependencies: Array.from({ length: Math.floor(random() * 3) }, () => {
          const other = Math.floor(random() * services);
          return {
            action: actionName(
              other,
              Math.floor(random() * RESOURCE_GROUPS),
              Math.floor(random() * 10),
            ),
          };
        }),
        notes: [],
        source,
      })),
      resourceTypes: [],
      conditionKeys: [],
      warnings: [],
    });
  }
  return catalogs;
}

function syntheticStatement(random: () => number, services: number): object {
  const service = `svc${Math.floor(random() * services)}`;
  const group = Math.floor(random() * RESOURCE_GROUPS);
  const operation = OPERATIONS[Math.floor(random() * OPERATIONS.length)] as string;
  const roll = random();
  if (roll < 0.3) return { Effect: 'Allow', Action: [`${service}:*:get*`, `${service}:*:list*`] };
  if (roll < 0.5)
    return {
      Effect: 'Allow',
      Action: [`${service}:res${group}:${operation}Thing`, `${service}:res${(group + 1) % 10}:*`],
    };
  if (roll < 0.6) {
    return {
      Effect: 'Allow',
      Action: [`${service}:*`],
      Resource: [`${service}:*:*:type${group}:*`],
    };
  }
  if (roll < 0.75) {
    return {
      Effect: 'Allow',
      Action: [`${service}:*:*`],
      Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0', 'ep-1'] } },
    };
  }
  if (roll < 0.85) {
    return {
      Effect: 'Deny',
      Action: [`${service}:*:delete*`],
      Condition: { Bool: { 'g:MFAPresent': ['false'] } },
    };
  }
  if (roll < 0.9) {
    return {
      Effect: 'Deny',
      Action: [`${service}:res${group}:*`],
      Condition: { NotIpAddress: { 'g:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
    };
  }
  if (roll < 0.95) {
    return {
      Effect: 'Allow',
      Action: [`svc*:res${group}:list*`],
      Condition: { 'ForAnyValue:StringEquals': { 'g:TagKeys': ['env'] } },
    };
  }
  return { Effect: 'Allow', Action: [`*:*:${operation}Thing`], Resource: ['*'] };
}

/** A 5.0 identity policy with `count` statements over `services` synthetic services. */
export function syntheticPolicy(count: number, services: number, seed = 7): PolicyInput {
  const random = seededRandom(seed);
  const statements = Array.from({ length: count }, () => syntheticStatement(random, services));
  return {
    id: `synthetic-${count}`,
    text: JSON.stringify({ Version: '5.0', Statement: statements }),
  };
}

/** The context every synthetic request carries. */
export const SYNTHETIC_CONTEXT: RequestContext = {
  'g:EnterpriseProjectId': 'ep-1',
  'g:MFAPresent': 'true',
  'g:SourceIp': '10.1.2.3',
  'g:TagKeys': ['env', 'owner'],
};
