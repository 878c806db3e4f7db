import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { batchLineToInput, evaluateRequest, type BatchLine } from '../../engine/index';
import { catalogFiles } from '../testing/catalog-files';
import { runCli } from '../testing/memory-io';

/**
 * The engine's semantic corpora (src/engine/cases/*.json) through `evaluate --batch`: the CLI
 * must give every case the decision and decisive statements the corpus expects, and the summary,
 * residual, assumptions and problems of the explained evaluation (which it does not build).
 */
interface CorpusCase extends BatchLine {
  id: string;
  expect: { decision: string; decisive: string[] };
}

const folder = fileURLToPath(new URL('../../engine/cases/', import.meta.url));
const corpora = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    file,
    cases: (JSON.parse(readFileSync(folder + file, 'utf8')) as { cases: CorpusCase[] }).cases,
  }));

describe('semantic corpora through evaluate --batch', () => {
  it('finds the corpora', () => {
    expect(corpora.length).toBeGreaterThan(0);
  });

  it.each(corpora)('$file', async ({ cases }) => {
    const stdin = cases.map((c) => JSON.stringify(c)).join('\n') + '\n';
    // The test catalogs give none of the corpora's actions an alias: the cases list their own.
    const result = await runCli(['evaluate', '--batch', '-'], { stdin, files: catalogFiles() });
    // The engine reports a policy it cannot read and evaluates without it; the CLI answers such a
    // line with an error instead, since its decision would be about policies nobody sent.
    const unreadable = cases.map((c) =>
      evaluateRequest(batchLineToInput(c)).problems.find((p) => p.code === 'POLICY_UNREADABLE'),
    );
    const errors = unreadable.filter(Boolean).length;
    expect(result.stderr).toBe(
      errors === 0
        ? ''
        : `policy-workbench: ${errors} of ${cases.length} batch lines could not be answered (each has an "error")\n`,
    );
    expect(result.code).toBe(errors === 0 ? 0 : 64);
    const answers = result.stdout
      .trimEnd()
      .split('\n')
      .map((text) => JSON.parse(text));
    expect(answers.map((answer) => answer.id)).toEqual(cases.map((c) => c.id));
    for (const [index, c] of cases.entries()) {
      const answer = answers[index];
      const problem = unreadable[index];
      if (problem) {
        expect(answer).toEqual({ id: c.id, error: `line ${index + 1}: ${problem.message}` });
        continue;
      }
      expect({
        id: c.id,
        decision: answer.decision,
        decisive: [...answer.decisive].sort(),
      }).toEqual({
        id: c.id,
        decision: c.expect.decision,
        decisive: [...c.expect.decisive].sort(),
      });
      const explained = evaluateRequest(batchLineToInput(c));
      expect(answer).toMatchObject({
        summary: explained.summary,
        residual: explained.residualSentences,
        assumptions: explained.assumptions,
        problems: explained.problems.map((problem) => problem.message),
      });
    }
  });
});
