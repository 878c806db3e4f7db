/**
 * Deterministic synthetic policies for the benchmark, over the synthetic catalogs of
 * `src/catalog/testing/synthetic-catalogs.ts`: literal actions, per-service wildcards,
 * cross-service wildcards, resource patterns, conditions and Deny statements.
 */
import type { PolicyInput, RequestContext } from '../engine/index';
import {
  seededRandom,
  SYNTHETIC_GROUPS,
  SYNTHETIC_OPERATIONS,
} from '../catalog/testing/synthetic-catalogs';

function syntheticStatement(random: () => number, services: number): object {
  const service = `svc${Math.floor(random() * services)}`;
  const group = Math.floor(random() * SYNTHETIC_GROUPS);
  const operation = SYNTHETIC_OPERATIONS[Math.floor(random() * SYNTHETIC_OPERATIONS.length)];
  const roll = random();
  if (roll < 0.3) return { Effect: 'Allow', Action: [`${service}:*:get*`, `${service}:*:list*`] };
  if (roll < 0.5)
    return {
      Effect: 'Allow',
      Action: [
        `${service}:group${group}:${operation}Thing`,
        `${service}:group${(group + 1) % SYNTHETIC_GROUPS}:*`,
      ],
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
      Action: [`${service}:group${group}:*`],
      Condition: { NotIpAddress: { 'g:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
    };
  }
  if (roll < 0.95) {
    return {
      Effect: 'Allow',
      Action: [`svc*:group${group}:list*`],
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
