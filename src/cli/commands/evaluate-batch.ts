import {
  batchLineToInput,
  decideWithAssumptions,
  formatStatementRef,
  type BatchLine,
} from '../../engine/index';
import type { ServiceCatalog } from '../../catalog/index';
import { parseBatchLine, type BatchId } from '../batch-line';
import type { CliIo } from '../cli-io';
import { EXIT, formatBytes, readFailure } from '../cli-errors';
import { BUNDLE_FILE_MAX_BYTES } from '../read-input';
import { createPolicySetCache } from '../policy-set-cache';

/**
 * `evaluate --batch FILE|-`: one JSON request a line in, one JSON answer a line out, in order,
 * written as each line is answered. A line that cannot be answered (malformed, or a policy in it
 * that is not a policy document) is answered with `{"id", "error"}` and the run goes on; the exit
 * code is then 64 (70 if the engine itself failed on a line), else 0.
 */
export async function runBatch(
  io: CliIo,
  path: string,
  catalogs: readonly ServiceCatalog[],
): Promise<number> {
  const source = path === '-' ? 'standard input' : path;
  const lines = io.readLines(path, BUNDLE_FILE_MAX_BYTES)[Symbol.asyncIterator]();
  let lineNumber = 0;
  let answered = 0;
  let malformed = 0;
  let failed = 0;
  const compiled = createPolicySetCache(64);
  for (;;) {
    let next: IteratorResult<string | null>;
    try {
      next = await lines.next();
    } catch (error) {
      throw readFailure(source, error);
    }
    if (next.done) break;
    lineNumber++;
    if (next.value?.trim() === '') continue;
    answered++;
    const parsed =
      next.value === null
        ? {
            ok: false as const,
            id: null,
            error: `longer than ${formatBytes(BUNDLE_FILE_MAX_BYTES)}`,
          }
        : parseBatchLine(next.value);
    let error: string | null;
    try {
      const outcome = parsed.ok ? answerLine(parsed.id, parsed.line, catalogs, compiled) : parsed;
      error = 'error' in outcome ? outcome.error : null;
      if ('answer' in outcome) io.stdout(JSON.stringify(outcome.answer) + '\n');
      else malformed++;
    } catch (thrown) {
      // A line the engine fails on must not cost the answers to the lines after it.
      failed++;
      error = `internal error: ${(thrown as Error).message}`;
    }
    if (error !== null) {
      io.stdout(JSON.stringify({ id: parsed.id, error: `line ${lineNumber}: ${error}` }) + '\n');
    }
  }
  if (malformed + failed > 0) {
    io.stderr(
      `policy-workbench: ${malformed + failed} of ${answered} batch lines could not be answered (each has an "error")\n`,
    );
  }
  return failed > 0 ? EXIT.internal : malformed > 0 ? EXIT.usage : EXIT.ok;
}

/** A line's answer, or why it has none: a policy in it that the engine cannot read. */
function answerLine(
  id: BatchId,
  line: BatchLine,
  catalogs: readonly ServiceCatalog[],
  compiled: ReturnType<typeof createPolicySetCache>,
): { answer: object } | { error: string } {
  const key = JSON.stringify([line.identityPolicies, line.scps]);
  // The request and options go to the engine as the line gives them (checked by parseBatchLine);
  // the catalogs give the action's aliases when the request lists none.
  const set = compiled(key, () => ({ ...batchLineToInput(line), catalogs }));
  // Deciding without a policy the caller sent would answer a question they did not ask.
  const unreadable = set.problems.find((problem) => problem.code === 'POLICY_UNREADABLE');
  if (unreadable) return { error: unreadable.message };
  // The answer prints no per-statement explanation, so none is built: a third of the time a line
  // took went into its sentences.
  const result = decideWithAssumptions(set, line.request, line.options);
  return {
    answer: {
      id,
      decision: result.decision,
      decisive: result.decisive.map(formatStatementRef),
      summary: result.summary,
      residual: result.residualSentences,
      assumptions: result.assumptions,
      problems: set.problems.map((problem) => problem.message),
    },
  };
}
