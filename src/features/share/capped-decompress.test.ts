import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressCapped } from './capped-decompress';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

describe('decompressCapped', () => {
  it('decodes whatever lz-string encodes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const encoded = LZString.compressToEncodedURIComponent(text);
        const expected = text === '' ? { ok: false, reason: 'invalid' } : { ok: true, text };
        expect(decompressCapped(encoded, 1_000_000)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('never decodes arbitrary input differently from lz-string, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 300 }), (input) => {
        const ours = decompressCapped(input, 1_000_000);
        // lz-string throws on some garbage and turns other garbage into junk text; ours refuses
        // both, so only its successes are compared.
        if (ours.ok) expect(ours.text).toBe(LZString.decompressFromEncodedURIComponent(input));
      }),
      { numRuns: 1000 },
    );
  });

  it('stops at the cap: a small link that would expand to megabytes is refused', () => {
    const bomb = LZString.compressToEncodedURIComponent('a'.repeat(200_000));
    expect(bomb.length).toBeLessThan(5_000);
    expect(decompressCapped(bomb, 100 * 1024)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses characters outside the link alphabet', () => {
    expect(decompressCapped('abc<script>', 1000)).toEqual({ ok: false, reason: 'invalid' });
    expect(decompressCapped('', 1000)).toEqual({ ok: false, reason: 'invalid' });
  });
});
