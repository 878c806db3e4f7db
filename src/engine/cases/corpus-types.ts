/**
 * The shape of a semantic corpus file: a topic, and cases in the batch line shape (see
 * `evaluate/batch-line.ts`) plus the expected answer. Each case's name is the rule it checks.
 */
import type { AssumptionId } from '../assumptions';
import type { BatchLine } from '../evaluate/batch-line';
import type { Decision, EvaluationProblem } from '../evaluate/evaluation-types';

export interface CorpusCase extends BatchLine {
  /** The rule the case checks, as a sentence. */
  name: string;
  /** Run only the focused cases while debugging (never commit `true`). */
  only?: boolean;
  expect: {
    decision: Decision;
    /** Decisive statements as `identity[0].Statement[1]` / `scp[0][0].Statement[0]`, any order. */
    decisive: string[];
    /** When given, the residual sentences, in order. */
    residual?: string[];
    /** When given, assumptions the answer must list (it may list more). */
    assumptions?: AssumptionId[];
    /** When given, assumptions the answer must not list: they did not affect the decision. */
    notAssumptions?: AssumptionId[];
    /** When given, the problem codes reported, in order. */
    problems?: EvaluationProblem['code'][];
    /** When given, the SCP level reported as not allowing. */
    deniedAtScpLevel?: number;
  };
}

export interface CorpusFile {
  topic: string;
  description: string;
  cases: CorpusCase[];
}
