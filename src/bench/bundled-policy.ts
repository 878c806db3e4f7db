/**
 * A realistic 100-statement policy over the bundled catalogs of one model: per-service read
 * wildcards, literal actions, type-wide resources, conditional grants and conditional denies.
 */
import type { ServiceCatalog } from '../catalog/catalog-types';
import type { PolicyInput } from '../engine/index';
import { seededRandom } from '../catalog/testing/synthetic-catalogs';

export function bundledPolicy(catalogs: readonly ServiceCatalog[], count: number): PolicyInput {
  const random = seededRandom(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const statements = Array.from({ length: count }, () => {
    const catalog = pick(catalogs);
    const action = catalog.actions.length > 0 ? pick(catalog.actions) : null;
    const roll = random();
    const service = catalog.service;
    if (roll < 0.3 || action === null)
      return { Effect: 'Allow', Action: [`${service}:*:get*`, `${service}:*:list*`] };
    if (roll < 0.55) return { Effect: 'Allow', Action: [action.name] };
    if (roll < 0.65) {
      const type = action.resourceTypes[0]?.type ?? '*';
      return { Effect: 'Allow', Action: [`${service}:*`], Resource: [`${service}:*:*:${type}:*`] };
    }
    if (roll < 0.8) {
      return {
        Effect: 'Allow',
        Action: [`${service}:*:*`],
        Condition: { StringEquals: { 'g:EnterpriseProjectId': ['0'] } },
      };
    }
    if (roll < 0.95) {
      return {
        Effect: 'Deny',
        Action: [`${service}:*:delete*`],
        Condition: { Bool: { 'g:MFAPresent': ['false'] } },
      };
    }
    return { Effect: 'Allow', Action: ['*:*:list*'] };
  });
  return {
    id: 'bench-100',
    text: JSON.stringify({ Version: catalogs[0]?.model ?? '5.0', Statement: statements }),
  };
}
