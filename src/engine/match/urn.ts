/**
 * Resource patterns against request resources, segment by segment (reference §6):
 * `service:region:account:type:path`, the fifth segment keeping any further colons. Service and
 * type compare case-insensitively; region, account and path case-sensitively (assumption
 * `urn-case-sensitive-segments`). A pattern or resource with fewer than five segments falls back
 * to one case-sensitive glob over the whole string.
 */
import { matchGlobPartial } from './partial-glob';
import { compileWildcard, type WildcardMatcher } from './wildcard';

/** Why a resource pattern did or did not match: stable keys the UI can translate. */
export type ResourceMatchReason =
  | 'pattern-is-wildcard'
  | 'segments-matched'
  | 'whole-string-matched'
  | 'service-mismatch'
  | 'region-mismatch'
  | 'account-mismatch'
  | 'resource-type-mismatch'
  | 'resource-path-mismatch'
  | 'specific-pattern-any-resource'
  | 'whole-string-mismatch';

export interface ResourceMatchResult {
  matches: boolean;
  reason: ResourceMatchReason;
}

/** A request resource split once, so many patterns can be tested against it. */
export interface RequestResource {
  readonly text: string;
  /** The five segments, or `null` for `*` and for anything with fewer than five segments. */
  readonly segments: readonly string[] | null;
}

const SEGMENT_REASONS: readonly ResourceMatchReason[] = [
  'service-mismatch',
  'region-mismatch',
  'account-mismatch',
  'resource-type-mismatch',
  'resource-path-mismatch',
];
const CASE_INSENSITIVE_SEGMENTS = new Set([0, 3]);

/** Splits a URN into exactly five segments, or returns `null` when it has fewer. */
export function splitUrn(text: string): string[] | null {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < 4; i++) {
    const colon = text.indexOf(':', start);
    if (colon < 0) return null;
    parts.push(text.slice(start, colon));
    start = colon + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

/** Prepares a request resource (`*` or a URN) for matching. */
export function toRequestResource(text: string): RequestResource {
  // `*` has fewer than five segments too.
  return { text, segments: splitUrn(text) };
}

/**
 * A request URN whose segments are only partly known, as an API matrix builds it from a resource
 * scope: `null` stands for a segment that may hold any value (without `:` in the first four, which
 * `:` separates). Known segments other than the path hold no `:` either.
 */
export interface PartialUrn {
  /** The URN with `*` for each unknown segment, for display. */
  readonly text: string;
  /** The five segments, `null` where unknown. */
  readonly segments: readonly (string | null)[];
}

/** A pattern against a partial URN: it matches every URN the unknowns allow, none, or some. */
export type PartialMatch = 'every' | 'none' | 'some';

export interface ResourceMatcher {
  readonly pattern: string;
  /** The pattern is `*` and matches every resource, `*` included. */
  readonly isWildcard: boolean;
  /** True when the pattern contains `?` (assumption `question-mark-wildcard`). */
  readonly usesQuestionMark: boolean;
  /** The service segment's matcher, when the pattern has five segments. */
  readonly serviceMatcher: WildcardMatcher | null;
  /** The resource-type segment's matcher, when the pattern has five segments. */
  readonly typeMatcher: WildcardMatcher | null;
  /** Region, account and path are all `*`: the pattern covers every resource of its type(s). */
  readonly coversWholeType: boolean;
  readonly match: (resource: RequestResource) => ResourceMatchResult;
  readonly matchPartial: (urn: PartialUrn) => PartialMatch;
}

const MATCHED_WILDCARD: ResourceMatchResult = { matches: true, reason: 'pattern-is-wildcard' };
const MATCHED_SEGMENTS: ResourceMatchResult = { matches: true, reason: 'segments-matched' };
const MATCHED_WHOLE: ResourceMatchResult = { matches: true, reason: 'whole-string-matched' };
const ANY_RESOURCE: ResourceMatchResult = {
  matches: false,
  reason: 'specific-pattern-any-resource',
};
const WHOLE_MISMATCH: ResourceMatchResult = { matches: false, reason: 'whole-string-mismatch' };
const SEGMENT_MISMATCH: readonly ResourceMatchResult[] = SEGMENT_REASONS.map((reason) => ({
  matches: false,
  reason,
}));

/** Partly known URNs whose answers a short pattern keeps (one per resource type in practice). */
const MAX_GLOB_ANSWERS = 256;

/** Compiles a resource pattern once: one wildcard matcher per segment plus a whole-string one. */
export function compileResourcePattern(pattern: string): ResourceMatcher {
  if (pattern === '*') {
    return {
      pattern,
      isWildcard: true,
      usesQuestionMark: false,
      serviceMatcher: null,
      typeMatcher: null,
      coversWholeType: true,
      match: () => MATCHED_WILDCARD,
      matchPartial: () => 'every',
    };
  }
  const whole = compileWildcard(pattern, { ignoreCase: false });
  const parts = splitUrn(pattern);
  const segments =
    parts?.map((part, index) =>
      compileWildcard(part, { ignoreCase: CASE_INSENSITIVE_SEGMENTS.has(index) }),
    ) ?? null;
  const match = (resource: RequestResource): ResourceMatchResult => {
    if (resource.text === '*') return ANY_RESOURCE;
    if (segments === null || resource.segments === null) {
      return whole.test(resource.text) ? MATCHED_WHOLE : WHOLE_MISMATCH;
    }
    for (let i = 0; i < 5; i++) {
      const value = resource.segments[i] ?? '';
      if (!(segments[i] as WildcardMatcher).test(value)) {
        return SEGMENT_MISMATCH[i] as ResourceMatchResult;
      }
    }
    return MATCHED_SEGMENTS;
  };
  // The whole-URN search costs tens of microseconds; an API matrix asks it about a few resource
  // types thousands of times.
  const globAnswers = new Map<string, PartialMatch>();
  const matchPartial = (urn: PartialUrn): PartialMatch => {
    // A short pattern is one glob over the whole URN, its `*` crossing into the unknown segments.
    if (segments === null) {
      const key = urn.segments
        .map((segment) => (segment === null ? '\0' : `=${segment}`))
        .join(':');
      let answer = globAnswers.get(key);
      if (answer === undefined) {
        answer = matchGlobPartial(pattern, urn);
        if (globAnswers.size >= MAX_GLOB_ANSWERS) globAnswers.clear();
        globAnswers.set(key, answer);
      }
      return answer;
    }
    // An unknown segment can be any text, so only a segment pattern of `*` alone covers it all.
    let open = false;
    for (let i = 0; i < 5; i++) {
      const value = urn.segments[i];
      const matcher = segments[i] as WildcardMatcher;
      if (value === null || value === undefined) open ||= !matcher.matchesEverything;
      else if (!matcher.test(value)) return 'none';
    }
    return open ? 'some' : 'every';
  };
  return {
    pattern,
    isWildcard: false,
    usesQuestionMark: pattern.includes('?'),
    serviceMatcher: segments?.[0] ?? null,
    typeMatcher: segments?.[3] ?? null,
    coversWholeType: parts !== null && parts[1] === '*' && parts[2] === '*' && parts[4] === '*',
    match,
    matchPartial,
  };
}

/** One-off convenience: does `pattern` match `resource` (a URN or `*`), and why (not)? */
export function matchResource(pattern: string, resource: string): ResourceMatchResult {
  return compileResourcePattern(pattern).match(toRequestResource(resource));
}
