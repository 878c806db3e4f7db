/**
 * Pasted API lines (`DELETE /v3/tasks/{task_id}`, `GET https://ims.example.com/v2/images?limit=5`,
 * or an API's name for services documented by name) resolved against the catalogs' APIs. A line
 * matches an API when the method is the same and each path segment equals the template's or
 * fills one of its `{placeholders}`; a line written as the template itself wins over one that only
 * fills it, and among templates the most literal one.
 */
import type { CatalogApi, PolicyModel, ServiceCatalog } from '../catalog';

/** One API of one catalog. */
export interface ApiRef {
  catalogId: string;
  apiId: string;
}

export interface LineProblem {
  lineNumber: number;
  line: string;
  message: string;
}

export interface ResolvedLines {
  /** The APIs the lines name, in line order, without repeats. */
  found: ApiRef[];
  problems: LineProblem[];
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

interface Candidate {
  ref: ApiRef;
  api: CatalogApi;
  matcher: RegExp | null;
}

function templateMatcher(path: string): RegExp {
  const pattern = path
    .split(/(\{[^}]*\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}/?$`);
}

/** The path part of what was pasted: no scheme and host, no query, no fragment. */
function pathOf(text: string): string {
  const withoutHost = /^[a-z]+:\/\/[^/]*/i.test(text)
    ? text.replace(/^[a-z]+:\/\/[^/]*/i, '')
    : text;
  return withoutHost.replace(/[?#].*$/, '') || '/';
}

/** Resolves pasted lines; blank lines and `#` comments are skipped. */
export function resolveApiLines(
  text: string,
  catalogs: readonly ServiceCatalog[],
  model: PolicyModel,
): ResolvedLines {
  const candidates: Candidate[] = catalogs
    .filter((catalog) => catalog.model === model)
    .flatMap((catalog) =>
      catalog.apis.map((api) => ({
        ref: { catalogId: catalog.id, apiId: api.id },
        api,
        matcher: api.method === null ? null : templateMatcher(api.path),
      })),
    );
  const found: ApiRef[] = [];
  const seen = new Set<string>();
  const problems: LineProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const matches = matchLine(line, candidates);
    const problem = (message: string) => problems.push({ lineNumber: index + 1, line, message });
    if (matches.length === 0) return problem('no API of the loaded catalogs matches this line');
    const services = new Set(matches.map((m) => m.ref.catalogId));
    if (services.size > 1) {
      return problem(
        `several services have this API (${[...services].join(', ')}); pick it in the list`,
      );
    }
    for (const { ref } of matches) {
      const key = `${ref.catalogId} ${ref.apiId}`;
      if (!seen.has(key)) {
        seen.add(key);
        found.push(ref);
      }
    }
  });
  return { found, problems };
}

function matchLine(line: string, candidates: readonly Candidate[]): Candidate[] {
  const [first = '', ...rest] = line.split(/\s+/);
  const method = first.toUpperCase();
  if (!METHODS.has(method) || rest.length !== 1) {
    // Services documented by API name (OBS) are pasted by that name.
    return candidates.filter(
      (c) => c.api.method === null && c.api.path.toLowerCase() === line.toLowerCase(),
    );
  }
  const path = pathOf(rest[0] ?? '');
  const sameMethod = candidates.filter((c) => c.api.method?.toUpperCase() === method);
  const exact = sameMethod.filter((c) => c.api.path === path);
  if (exact.length > 0) return exact;
  // `/servers/detail` fills both `/servers/{id}` and `/servers/detail`: the more literal one wins.
  const filled = sameMethod.filter((c) => c.matcher?.test(path));
  const best = Math.max(...filled.map((c) => literalLength(c.api.path)));
  return filled.filter((c) => literalLength(c.api.path) === best);
}

const literalLength = (path: string) => path.replace(/\{[^}]*\}/g, '').length;
