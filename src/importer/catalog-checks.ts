/**
 * Consistency checks over one built catalog. Each finding is a data warning pointing at the
 * line that shows the problem: names that look misspelt, references to resource types, keys or
 * actions the catalog does not define, APIs shared by several actions, repeated rows.
 */
import type {
  CatalogAction,
  CatalogApi,
  DataWarning,
  ServiceCatalog,
  SourceRef,
} from '../catalog/index';
import { editDistance } from '../engine/index';

type Warn = (code: string, message: string, source: SourceRef, subject?: string) => void;

export function checkCatalog(catalog: ServiceCatalog): DataWarning[] {
  const warnings: DataWarning[] = [];
  const warn: Warn = (code, message, source, subject) => {
    warnings.push(
      subject === undefined ? { code, message, source } : { code, message, subject, source },
    );
  };
  checkActionNames(catalog.actions, warn);
  checkResourceTypeRefs(catalog, warn);
  checkConditionKeyRefs(catalog, warn);
  checkApis(catalog, warn);
  return warnings;
}

/** The resource-type segment of an action name (`cloudServers` in `ecs:cloudServers:list`). */
function segmentOf(name: string): string {
  return name.split(':')[1] ?? '';
}

/**
 * Flags a resource segment used by fewer actions than a near-identical one (`server` beside
 * `servers`, `cloudServerFpgaImags` beside `cloudServerFpgaImages`): likely a slip in the source.
 */
export function suspectSegments(names: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(segmentOf(name), (counts.get(segmentOf(name)) ?? 0) + 1);
  const suspects = new Map<string, string>();
  for (const [segment, count] of counts) {
    if (segment.length < 4) continue;
    const likelier = [...counts].find(
      ([other, otherCount]) =>
        other !== segment &&
        otherCount > count &&
        editDistance(segment.toLowerCase(), other.toLowerCase(), 2) <= 2,
    );
    if (likelier) suspects.set(segment, likelier[0]);
  }
  return suspects;
}

function checkActionNames(actions: readonly CatalogAction[], warn: Warn): void {
  const suspects = suspectSegments(actions.map((action) => action.name));
  for (const action of actions) {
    if (segmentOf(action.name) === '') {
      warn(
        'ACTION_EMPTY_RESOURCE_SEGMENT',
        `\`${action.name}\` has an empty resource-type segment`,
        action.source,
        action.name,
      );
    }
    const likelier = suspects.get(segmentOf(action.name));
    if (likelier) {
      warn(
        'SUSPECT_RESOURCE_SEGMENT',
        `\`${action.name}\` uses the segment \`${segmentOf(action.name)}\` where more actions use \`${likelier}\`; kept as printed`,
        action.source,
        action.name,
      );
    }
  }
}

function checkResourceTypeRefs(catalog: ServiceCatalog, warn: Warn): void {
  const defined = new Set(catalog.resourceTypes.map((type) => type.name));
  const reported = new Set<string>();
  for (const action of catalog.actions) {
    for (const { type } of action.resourceTypes) {
      if (defined.has(type) || reported.has(type)) continue;
      reported.add(type);
      const differentCase = catalog.resourceTypes.find(
        (known) => known.name.toLowerCase() === type.toLowerCase(),
      );
      if (differentCase) {
        warn(
          'RESOURCE_TYPE_CASE_MISMATCH',
          `actions use resource type \`${type}\`, the resource table writes \`${differentCase.name}\``,
          action.source,
          type,
        );
      } else {
        warn(
          'RESOURCE_TYPE_UNDEFINED',
          `resource type \`${type}\` (first used by \`${action.name}\`) has no URN pattern in the captured pages`,
          action.source,
          type,
        );
      }
    }
  }
}

function checkConditionKeyRefs(catalog: ServiceCatalog, warn: Warn): void {
  const defined = new Set(catalog.conditionKeys.map((key) => key.name));
  const reported = new Set<string>();
  for (const action of catalog.actions) {
    for (const key of action.conditionKeys) {
      const own = key.split(':')[0]?.toLowerCase() === catalog.service;
      if (!own || defined.has(key) || reported.has(key)) continue;
      reported.add(key);
      warn(
        'CONDITION_KEY_UNDOCUMENTED',
        `service condition key \`${key}\` (used by \`${action.name}\`) has no type or description in the captured pages`,
        action.source,
        key,
      );
    }
  }
}

function endpointOf(api: CatalogApi): string {
  return api.method === null ? api.path : `${api.method} ${api.path}`;
}

function checkApis(catalog: ServiceCatalog, warn: Warn): void {
  checkSharedEndpoints(catalog.apis, warn);
  if (catalog.coverage === 'complete') checkApiReferences(catalog, warn);
}

/** One warning per endpoint that several actions claim, at its first line. */
function checkSharedEndpoints(apis: readonly CatalogApi[], warn: Warn): void {
  const byEndpoint = new Map<string, CatalogApi[]>();
  for (const api of apis) {
    if (api.action)
      byEndpoint.set(endpointOf(api), [...(byEndpoint.get(endpointOf(api)) ?? []), api]);
  }
  for (const [endpoint, entries] of byEndpoint) {
    const actions = [...new Set(entries.map((api) => api.action))];
    const first = entries[0];
    if (!first || actions.length < 2) continue;
    const list = actions.map((action) => `\`${action}\``).join(', ');
    warn(
      'API_SHARED_BY_ACTIONS',
      `\`${endpoint}\` is listed for ${actions.length} actions: ${list}`,
      first.source,
      endpoint,
    );
  }
}

function checkApiReferences(catalog: ServiceCatalog, warn: Warn): void {
  const names = new Set(catalog.actions.flatMap((action) => [action.name, ...action.aliases]));
  for (const api of catalog.apis) {
    if (api.action && !names.has(api.action) && catalog.model === '5.0') {
      warn(
        'API_ACTION_UNKNOWN',
        `API \`${api.id}\` needs \`${api.action}\`, which the actions table does not list`,
        api.source,
        api.action,
      );
    }
    for (const dependency of api.dependencies) {
      const own = dependency.action.split(':')[0]?.toLowerCase() === catalog.service;
      if (own && !names.has(dependency.action)) {
        warn(
          'UNKNOWN_DEPENDENCY',
          `dependency \`${dependency.action}\` of \`${api.id}\` is not an action of this catalog`,
          api.source,
          dependency.action,
        );
      }
    }
  }
  if (catalog.model !== '5.0') return;
  const withApi = new Set(catalog.apis.map((api) => api.action));
  for (const action of catalog.actions) {
    if (!withApi.has(action.name)) {
      warn(
        'ACTION_WITHOUT_API',
        `no API in the API table needs \`${action.name}\``,
        action.source,
        action.name,
      );
    }
  }
}
