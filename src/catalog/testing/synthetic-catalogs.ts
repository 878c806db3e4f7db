/**
 * Deterministic synthetic 5.0 catalogs far larger than any real one, for the benchmark
 * (`npm run bench`: many services of 100 actions) and the e2e latency spec (one service of 10,000
 * actions). Action `i` of a service is `<service>:group<g>:<operation>Thing<round>`: `g` is
 * `i % 10`, the operation cycles through {@link SYNTHETIC_OPERATIONS} every ten actions, and the
 * round (`i / 100`, left out while 0) keeps names unique past 100 actions. Actions of even groups
 * take the resource type `type<g>`; a third are `read`, the rest `write`. Every action has one API
 * (`POST /v1/<service>/<i>`) with up to two dependencies drawn from all the catalogs' actions.
 */
import type { ServiceCatalog } from '../catalog-types';
import { action, api, resourceType, serviceCatalog } from './catalog-builder';

/** Resource groups per service: `group0` … `group9`. */
export const SYNTHETIC_GROUPS = 10;
/** The operations that, with the group, name a service's first 100 actions. */
export const SYNTHETIC_OPERATIONS = [
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
] as const;
const NAMES_PER_ROUND = SYNTHETIC_GROUPS * SYNTHETIC_OPERATIONS.length;

/** mulberry32: a tiny seeded PRNG, so every run builds (and measures) the same data. */
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

export interface SyntheticCatalogOptions {
  /** Actions in all the catalogs together. */
  actionCount: number;
  /** Default 100; the last service holds what is left. */
  actionsPerService?: number;
  /** The prefix of the `index`th service; default `svc0`, `svc1`, … */
  service?: (index: number) => string;
  /** Seed of the dependencies drawn; default 1. */
  seed?: number;
  /**
   * A third of the actions answer to a legacy alias (`<service>:legacy<g>:…`), one in thirty of
   * them to a name of the next service (as EIP actions answer to VPC names). Default none.
   */
  withAliases?: boolean;
}

const source = { file: 'synthetic.txt', line: 1 };

/** The name of action `i` of service `prefix`, its resources under `group` (or `legacy`). */
function syntheticName(prefix: string, i: number, group = 'group'): string {
  const operation =
    SYNTHETIC_OPERATIONS[Math.floor(i / SYNTHETIC_GROUPS) % SYNTHETIC_OPERATIONS.length];
  const round = Math.floor(i / NAMES_PER_ROUND);
  return `${prefix}:${group}${i % SYNTHETIC_GROUPS}:${operation}Thing${round === 0 ? '' : round}`;
}

/** Catalogs holding `actionCount` actions in all, `actionsPerService` to a service. */
export function syntheticCatalogs(options: SyntheticCatalogOptions): ServiceCatalog[] {
  const { actionCount, actionsPerService = 100, seed = 1, withAliases = false } = options;
  const prefix = options.service ?? ((index: number) => `svc${index}`);
  const random = seededRandom(seed);
  const services = Math.max(1, Math.ceil(actionCount / actionsPerService));
  const nameOf = (overall: number) =>
    syntheticName(prefix(Math.floor(overall / actionsPerService)), overall % actionsPerService);
  const aliasesOf = (s: number, i: number) => {
    if (!withAliases || i % 3 !== 0) return [];
    const other = i % 30 === 0 ? (s + 1) % services : s;
    return [syntheticName(prefix(other), i, 'legacy')];
  };
  return Array.from({ length: services }, (_, s) => {
    const service = prefix(s);
    const size = Math.min(actionsPerService, actionCount - s * actionsPerService);
    const indices = Array.from({ length: size }, (_, i) => i);
    const typedGroups = Array.from({ length: SYNTHETIC_GROUPS }, (_, g) => g).filter(
      (g) => g % 2 === 0 && g < size,
    );
    return serviceCatalog(service, '5.0', {
      serviceName: `Synthetic ${service}`,
      sources: [{ file: source.file, sha256: '0'.repeat(64) }],
      actions: indices.map((i) =>
        action(syntheticName(service, i), {
          accessLevel: i % 3 === 0 ? 'read' : 'write',
          resourceTypes: i % 2 === 0 ? [`type${i % SYNTHETIC_GROUPS}`] : [],
          aliases: aliasesOf(s, i),
          source,
        }),
      ),
      apis: indices.map((i) =>
        api(`POST /v1/${service}/${i}`, syntheticName(service, i), {
          dependencies: Array.from({ length: Math.floor(random() * 3) }, () =>
            nameOf(Math.floor(random() * actionCount)),
          ),
          source,
        }),
      ),
      resourceTypes: typedGroups.map((g) =>
        resourceType(`type${g}`, [`${service}:<region>:<account-id>:type${g}:<id>`], source),
      ),
    });
  });
}
