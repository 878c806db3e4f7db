/**
 * Runs every semantic corpus in this folder: one `describe` per topic, one `it` per case, named by
 * the rule it checks. Each case goes through `evaluateRequest` (explained), `decideRequest`
 * (indexed fast path) and `decideWithAssumptions` (what `evaluate --batch` prints), which must
 * agree. Set `CORPUS_FOCUS=<case id or name part>` (or `"only": true` in a case) to run a subset
 * while debugging.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { batchLineToInput, formatStatementRef } from '../evaluate/batch-line';
import { compilePolicySet } from '../evaluate/compile-policy-set';
import {
  decideRequest,
  decideWithAssumptions,
  evaluateRequest,
} from '../evaluate/evaluate-request';
import type { CorpusCase, CorpusFile } from './corpus-types';

const folder = fileURLToPath(new URL('.', import.meta.url));
const corpora: CorpusFile[] = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')) as CorpusFile);

const focus = process.env.CORPUS_FOCUS;
const anyOnly = corpora.some((corpus) => corpus.cases.some((c) => c.only));
const selected = (c: CorpusCase): boolean =>
  focus ? c.id.includes(focus) || c.name.includes(focus) : !anyOnly || c.only === true;

describe('semantic corpora', () => {
  it('hold at least one case per topic and unique case ids', () => {
    const ids = corpora.flatMap((corpus) => corpus.cases.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const corpus of corpora) expect(corpus.cases.length).toBeGreaterThan(0);
  });

  for (const corpus of corpora) {
    describe(corpus.topic, () => {
      for (const c of corpus.cases.filter(selected)) {
        it(`${c.id}: ${c.name}`, () => {
          const input = batchLineToInput(c);
          const result = evaluateRequest(input);
          expect(result.decision, result.summary).toBe(c.expect.decision);
          expect(result.decisive.map(formatStatementRef).sort()).toEqual(
            [...c.expect.decisive].sort(),
          );
          if (c.expect.residual) expect(result.residualSentences).toEqual(c.expect.residual);
          if (c.expect.assumptions)
            expect(result.assumptions).toEqual(expect.arrayContaining(c.expect.assumptions));
          for (const id of c.expect.notAssumptions ?? [])
            expect(result.assumptions).not.toContain(id);
          if (c.expect.problems)
            expect(result.problems.map((p) => p.code)).toEqual(c.expect.problems);
          if (c.expect.deniedAtScpLevel !== undefined)
            expect(result.deniedAtScpLevel).toBe(c.expect.deniedAtScpLevel);

          const fast = decideRequest(compilePolicySet(input), input.request, input.options);
          expect(fast.decision).toBe(result.decision);
          expect(fast.decisive.map(formatStatementRef).sort()).toEqual(
            [...c.expect.decisive].sort(),
          );
          expect(fast.residualSentences.sort()).toEqual([...result.residualSentences].sort());

          const { decision, summary, decisive, residualSentences, assumptions } = result;
          expect(
            decideWithAssumptions(compilePolicySet(input), input.request, input.options),
          ).toMatchObject({ decision, summary, decisive, residualSentences, assumptions });
        });
      }
    });
  }
});
