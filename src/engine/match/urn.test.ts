import { describe, expect, it } from 'vitest';
import { compileResourcePattern, matchResource, splitUrn, toRequestResource } from './urn';

describe('resource matching', () => {
  it.each([
    ['*', '*', true, 'pattern-is-wildcard'],
    ['*', 'ecs:cn-north-4:123:instance:i-1', true, 'pattern-is-wildcard'],
    ['ecs:*:*:instance:*', 'ecs:cn-north-4:123:instance:i-1', true, 'segments-matched'],
    ['ECS:*:*:INSTANCE:*', 'ecs:cn-north-4:123:instance:i-1', true, 'segments-matched'],
    ['ecs:CN-NORTH-4:*:instance:*', 'ecs:cn-north-4:123:instance:i-1', false, 'region-mismatch'],
    ['ecs:*:456:instance:*', 'ecs:cn-north-4:123:instance:i-1', false, 'account-mismatch'],
    ['ims:*:*:instance:*', 'ecs:cn-north-4:123:instance:i-1', false, 'service-mismatch'],
    ['ecs:*:*:volume:*', 'ecs:cn-north-4:123:instance:i-1', false, 'resource-type-mismatch'],
    ['ecs:*:*:instance:I-*', 'ecs:cn-north-4:123:instance:i-1', false, 'resource-path-mismatch'],
    ['ecs:*:*:instance:i-?', 'ecs:cn-north-4:123:instance:i-1', true, 'segments-matched'],
    ['obs:*:*:object:bucket/*', 'obs:*:*:object:bucket/dir/a:b.txt', true, 'segments-matched'],
    ['obs:*:*:object:bucket/*.txt', 'obs:::object:bucket/a:b.txt', true, 'segments-matched'],
    ['obs:*:*:object:bucket/*.txt', 'obs:::object:bucket/a:b.pdf', false, 'resource-path-mismatch'],
    ['iam:*:123:user:*', 'iam::123:user:alice', true, 'segments-matched'],
    ['iam::123:user:alice', 'iam::123:user:alice', true, 'segments-matched'],
    ['iam::123:user:alice', 'iam:cn-north-4:123:user:alice', false, 'region-mismatch'],
    ['ecs:*:*:instance:*', '*', false, 'specific-pattern-any-resource'],
    ['*:*:*:*:*', '*', false, 'specific-pattern-any-resource'],
    ['ecs:*', 'ecs:cn-north-4:123:instance:i-1', true, 'whole-string-matched'],
    ['ecs:*', 'ims:cn-north-4:123:image:x', false, 'whole-string-mismatch'],
    // Fewer than five segments: one case-sensitive glob, the service included.
    ['ECS:*', 'ecs:cn-north-4:123:instance:i-1', false, 'whole-string-mismatch'],
    ['ecs:*:*:instance:*', 'ecs:broken', false, 'whole-string-mismatch'],
    ['ecs:a.b:*:instance:*', 'ecs:axb:1:instance:i', false, 'region-mismatch'],
  ])('`%s` against `%s` matches=%s (%s)', (pattern, resource, matches, reason) => {
    expect(matchResource(pattern, resource)).toEqual({ matches, reason });
  });

  it('keeps every colon after the fourth inside the resource path', () => {
    expect(splitUrn('sts::1:assumed-agency:a/b:c')).toEqual([
      'sts',
      '',
      '1',
      'assumed-agency',
      'a/b:c',
    ]);
    expect(splitUrn('a:b:c:d')).toBeNull();
  });

  it('splits a URN whose service is empty', () => {
    expect(splitUrn(':cn-north-4:1:instance:i-1')).toEqual([
      '',
      'cn-north-4',
      '1',
      'instance',
      'i-1',
    ]);
  });

  it.each([
    ['ecs:*:*:instance:*', true],
    ['*', true],
    ['ecs:*:*:instance:i-*', false],
    ['ecs:cn-north-4:*:instance:*', false],
    ['ecs:*:123:instance:*', false],
    ['ecs:*', false],
  ])('knows whether `%s` covers a whole resource type: %s', (pattern, covers) => {
    expect(compileResourcePattern(pattern).coversWholeType).toBe(covers);
  });

  it.each([
    ['*', false],
    ['ecs:*:*:instance:*', false],
    ['ecs:*:*:instance:i-?', true],
    ['ecs:?*', true],
  ])('notes whether `%s` uses `?`: %s', (pattern, uses) => {
    expect(compileResourcePattern(pattern).usesQuestionMark).toBe(uses);
  });

  it('matches a prepared request resource repeatedly with the same answer', () => {
    const matcher = compileResourcePattern('ecs:*:*:instance:*');
    const resource = toRequestResource('ecs:r:1:instance:x');
    expect(matcher.match(resource)).toEqual(matcher.match(resource));
    expect(matcher.match(resource).matches).toBe(true);
  });
});
