import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileResourcePattern, matchResource, type PartialMatch, type PartialUrn } from './urn';

/** `ims:?:?:image:?` style: `?` marks an unknown segment (these tests never use a literal `?`). */
function urn(written: string): PartialUrn {
  const segments = written.split(':').map((segment) => (segment === '?' ? null : segment));
  return { text: segments.map((s) => s ?? '*').join(':'), segments };
}

describe('matchPartial', () => {
  it.each<[string, string, PartialMatch]>([
    ['*', 'ims:?:?:image:?', 'every'],
    // Fewer than five segments: one glob over the whole URN, `*` crossing `:` (reference §6).
    ['ims:*', 'ims:?:?:image:?', 'every'],
    ['ims:*', 'ims:cn-north-4:1:image:img-1', 'every'],
    ['ims:*:*', 'ims:?:?:image:?', 'every'],
    ['ims:*:image:*', 'ims:?:?:image:?', 'every'],
    ['ims:*:img-1', 'ims:?:?:image:img-1', 'every'],
    ['*:image:*', 'ims:?:?:image:?', 'every'],
    ['ecs:*', 'ims:?:?:image:?', 'none'],
    ['IMS:*', 'ims:?:?:image:?', 'none'],
    ['ims', 'ims:?:?:image:?', 'none'],
    ['?', 'ims:?:?:image:?', 'none'],
    ['ims:*:img-1', 'ims:?:?:image:img-2', 'none'],
    ['ims:cn-north-4*', 'ims:?:?:image:?', 'some'],
    ['ims:cn-north-4*', 'ims:cn-north-4:?:image:?', 'every'],
    ['ims:cn-north-4*', 'ims:eu-west-0:?:image:?', 'none'],
    ['ims:*:img-1', 'ims:?:?:image:?', 'some'],
    // The path may hold `:`, so even a type the URN does not have may follow in it.
    ['*:instance:*', 'ims:?:?:image:?', 'some'],
    // ... and so may an unknown account (`ims:r:instance:image:img-1`); not at the end, though.
    ['*:instance:*', 'ims:?:?:image:img-1', 'some'],
    ['*:instance', 'ims:?:?:image:img-1', 'none'],
    ['ims:*:*:image', 'ims:?:?:image:?', 'some'],
    // Only the path may hold `:`: an unknown region cannot be `a:b…` before the account `1` ...
    ['ims:a:b*', 'ims:?:1:image:?', 'none'],
    // ... while an unknown path can be `a:b`.
    ['*:image:a:b', 'ims:?:?:image:?', 'some'],
    // The unknown type may hold a character the pattern does not name (`iam:::x:a` has no `::a`).
    ['*::a*', 'iam:::?:a', 'some'],
    // Five segments: compared segment by segment; an unknown one is covered only by `*`.
    ['ims:*:*:image:*', 'ims:?:?:image:?', 'every'],
    ['IMS:*:*:IMAGE:*', 'ims:?:?:image:?', 'every'],
    ['ims:cn-north-4:*:image:*', 'ims:?:?:image:?', 'some'],
    ['ims:cn-north-4:*:image:*', 'ims:eu-west-0:?:image:?', 'none'],
    ['ims:*:*:instance:*', 'ims:?:?:image:?', 'none'],
    ['obs:*:*:bucket:*', 'obs:?:?:bucket:?', 'every'],
    ['obs:*:*:object:b/*', 'obs:?:?:object:?', 'some'],
  ])('`%s` against `%s`: %s', (pattern, written, expected) => {
    expect(compileResourcePattern(pattern).matchPartial(urn(written))).toBe(expected);
  });

  it('gives up as `some` rather than exploring without bound', () => {
    const pattern = `${'*a?'.repeat(40)}:*`;
    const result = compileResourcePattern(pattern).matchPartial(urn('?:?:?:?:?'));
    expect(['some', 'every']).toContain(result);
  });

  it('answers `some` once its budget of position sets is spent, though no URN would match', () => {
    // Every URN ends in `x`, never in `z`; but which of the last eleven characters read could be
    // the `a` gives thousands of position sets in each of the four unknown segments, past the
    // search's budget.
    const pattern = `*a${'?'.repeat(10)}z`;
    expect(compileResourcePattern(pattern).matchPartial(urn('?:?:?:?:x'))).toBe('some');
  });

  it('answers each partial URN a compiled pattern is asked about for itself', () => {
    const asked: [string, PartialMatch][] = [
      ['ims:?:?:image:img-1', 'every'],
      ['ims:?:?:image:img-2', 'none'],
      ['ims:?:?:image:?', 'some'],
      // A known path spelled `null` is not the unknown path asked about before it.
      ['ims:?:?:image:null', 'none'],
      ['ims:?:?:image:img-1', 'every'],
    ];
    const matcher = compileResourcePattern('ims:*:img-1');
    expect(asked.map(([written]) => matcher.matchPartial(urn(written)))).toEqual(
      asked.map(([, answer]) => answer),
    );
  });

  // Small alphabets, so that patterns and completions collide often.
  const knownSegment = fc.string({ unit: fc.constantFrom('a', 'b', 'A'), maxLength: 2 });
  const knownPath = fc.string({ unit: fc.constantFrom('a', 'b', ':'), maxLength: 3 });
  const partialUrn = fc
    .tuple(
      fc.option(knownSegment),
      fc.option(knownSegment),
      fc.option(knownSegment),
      fc.option(knownSegment),
      fc.option(knownPath),
    )
    .map((segments): PartialUrn => ({
      text: segments.map((s) => s ?? '*').join(':'),
      segments,
    }));
  const shortPattern = fc.string({
    unit: fc.constantFrom('a', 'b', 'A', ':', '*', '?'),
    maxLength: 8,
  });
  const fiveSegmentPattern = fc
    .array(fc.string({ unit: fc.constantFrom('a', 'b', 'A', '*', '?'), maxLength: 2 }), {
      minLength: 5,
      maxLength: 5,
    })
    .map((segments) => segments.join(':'));

  const SEGMENT_VALUES = ['', 'a', 'b', 'A', 'c', 'ab', 'ba', 'aa', 'bab'];
  const PATH_VALUES = [...SEGMENT_VALUES, ':', 'a:', ':b', 'a:b', 'b:a:a', '::'];

  function completions(partial: PartialUrn): string[] {
    let texts = [''];
    partial.segments.forEach((segment, index) => {
      const values = segment !== null ? [segment] : index === 4 ? PATH_VALUES : SEGMENT_VALUES;
      const separator = index === 0 ? '' : ':';
      texts = texts.flatMap((text) => values.map((value) => text + separator + value));
    });
    return texts;
  }

  it('says `every` only when every completion matches, and `none` only when none does', () => {
    fc.assert(
      fc.property(fc.oneof(shortPattern, fiveSegmentPattern), partialUrn, (pattern, partial) => {
        const result = compileResourcePattern(pattern).matchPartial(partial);
        if (result === 'some') return;
        const expected = result === 'every';
        for (const text of completions(partial))
          expect(matchResource(pattern, text).matches, `${pattern} on ${text}`).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });
});
