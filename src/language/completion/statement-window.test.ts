import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statementArbitrary } from '../testing/builder-policy-arbitrary';
import { FIXTURE_CATALOGS } from '../testing/fixture-catalogs';
import { complete, completeIn } from './complete';
import { statementWindow, WINDOW_MIN_LENGTH } from './statement-window';

const FILLER = { Sid: 'Filler', Effect: 'Allow', Action: ['ims:images:list'], Resource: ['*'] };
const CONTEXT = { policyType: 'identity', catalogs: FIXTURE_CATALOGS } as const;

/** A policy long enough to be completed in windows: `statements` among 200 fillers. */
function longPolicy(statements: readonly unknown[], at = 100, version = '5.0'): string {
  const fillers: unknown[] = Array.from({ length: 200 }, () => FILLER);
  fillers.splice(at, 0, ...statements);
  return JSON.stringify({ Version: version, Statement: fillers }, null, 2);
}

const MARKED = { Sid: 'Marked', Effect: 'Allow', Action: ['evs:volumes:get'] };

describe('the statement window', () => {
  it('is not used for a short policy', () => {
    const text = JSON.stringify({ Version: '5.0', Statement: [MARKED] }, null, 2);
    expect(text.length).toBeLessThan(WINDOW_MIN_LENGTH);
    expect(statementWindow(text, text.indexOf('Marked'))).toBeNull();
  });

  it("holds the cursor's statement alone, under the policy's Version, at a known shift", () => {
    const text = longPolicy([MARKED], 100, '1.1');
    const offset = text.indexOf('evs:volumes');
    const window = statementWindow(text, offset);
    expect(window).not.toBeNull();
    const { text: small, shift } = window as NonNullable<typeof window>;
    expect(JSON.parse(small)).toEqual({ Version: '1.1', Statement: [MARKED] });
    expect(small.slice(offset - shift, offset - shift + 11)).toBe('evs:volumes');
  });

  it('is not used outside the statements', () => {
    const text = longPolicy([MARKED]);
    expect(statementWindow(text, text.indexOf('"Version"') + 2)).toBeNull();
    expect(statementWindow(text, text.indexOf('"Statement"') + 2)).toBeNull();
  });

  it('is not used after text the parser had to recover from', () => {
    const text = longPolicy([MARKED]).replace('"Statement": [\n', '"Statement": [\n,oops ');
    expect(statementWindow(text, text.indexOf('evs:volumes'))).toBeNull();
  });

  it('is not used when an edit leaves the statement more than one object', () => {
    const text = longPolicy([MARKED]);
    const offset = text.indexOf('"Marked"');
    statementWindow(text, offset);
    const split = `${text.slice(0, offset)}"A" }, { "Sid": ${text.slice(offset)}`;
    expect(statementWindow(split, offset + 3)?.text ?? '').not.toContain('Marked');
  });

  it('follows typing inside the statement, and an edit across statements', () => {
    const text = longPolicy([MARKED]);
    const offset = text.indexOf('evs:volumes:get') + 'evs:volumes:'.length;
    statementWindow(text, offset);
    const typed = `${text.slice(0, offset)}list${text.slice(offset)}`;
    const window = statementWindow(typed, offset + 4);
    expect(window?.text).toContain('"evs:volumes:listget"');
    expect(window?.text).not.toContain('Filler');

    const merged = typed.replace('"Marked"', '"Renamed"').replace(/"Filler"/, '"First"');
    const later = statementWindow(merged, merged.indexOf('listget'));
    expect(later?.text).toContain('"Renamed"');
    expect(later?.text).not.toContain('First');
  });
});

describe('completion in a window', () => {
  it('offers what the whole policy offers, with ranges in the whole text', () => {
    const text = longPolicy([{ Effect: 'Allow', Action: ['ims:images:'] }]);
    const offset = text.indexOf('ims:images:') + 'ims:images:'.length;
    const items = complete(text, offset, CONTEXT);
    expect(items.length).toBeGreaterThan(0);
    expect(items).toEqual(completeIn(text, offset, CONTEXT));
  });

  // Typing one character at a time somewhere in one statement, asking for completions after each
  // (as the editor does), answers exactly as reading the whole text would, at that place and
  // anywhere else asked meanwhile.
  it('answers as the whole text does while typing in a long policy', () => {
    const typedChar = fc.constantFrom(...'abimsge:*"-. ,{}[]'.split(''));
    fc.assert(
      fc.property(
        fc.array(statementArbitrary, { minLength: 1, maxLength: 3 }),
        fc.nat(200),
        fc.nat(),
        fc.array(typedChar, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (statements, at, where, typed, elsewhere) => {
          let text = longPolicy(statements, at);
          const first = text.indexOf('{', text.indexOf('"Statement"'));
          const lineEnd = text.indexOf('\n', first + 1 + (where % (text.length - first - 200)));
          const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
          let cursor = lineStart + (where % (lineEnd - lineStart + 1));
          for (const char of typed) {
            text = `${text.slice(0, cursor)}${char}${text.slice(cursor)}`;
            cursor++;
            expect(complete(text, cursor, CONTEXT)).toEqual(completeIn(text, cursor, CONTEXT));
          }
          for (const other of elsewhere) {
            const offset = other % (text.length + 1);
            expect(complete(text, offset, CONTEXT)).toEqual(completeIn(text, offset, CONTEXT));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
