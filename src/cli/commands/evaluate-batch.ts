import {
  batchLineToInput,
  decideWithAssumptions,
  formatStatementRef,
  type BatchLine,
} from '../../engine/index';
import type { ServiceCatalog } from '../../catalog/index';
import { parseBatchLine, type BatchId } from '../batch-line';
import type { CliIo } from '../cli-io';
import { EXIT, readFailure } from '../cli-errors';
import { createPolicySetCache } from '../policy-set-cache';

/**
 * `evaluate --batch FILE|-`: one JSON request a line in, one JSON answer a line out, in order,
 * written as each line is answered. A malformed line is answered with `{"id", "error"}` and the
 * run goes on; the exit code is 64 when any line was malformed, else 0.
 */
export async function runBatch(
  io: CliIo,
  path: string,
  catalogs: readonly ServiceCatalog[],
): Promise<number> {
  const source = path === '-' ? 'standard input' : path;
  const lines = io.readLines(path)[Symbol.asyncIterator]();
  let lineNumber = 0;
  let answered = 0;
  let malformed = 0;
  const compiled = createPolicySetCache(64);
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await lines.next();
    } catch (error) {
      throw readFailure(source, error);
    }
    if (next.done) break;
    lineNumber++;
    if (next.value.trim() === '') continue;
    answered++;
    const parsed = parseBatchLine(next.value);
    if (parsed.ok) {
      io.stdout(JSON.stringify(answerLine(parsed.id, parsed.line, catalogs, compiled)) + '\n');
    } else {
      malformed++;
      io.stdout(
        JSON.stringify({ id: parsed.id, error: `line ${lineNumber}: ${parsed.error}` }) + '\n',
      );
    }
  }
  if (malformed > 0) {
    io.stderr(
      `policy-workbench: ${malformed} of ${answered} batch lines were malformed (answered with "error")\n`,
    );
    return EXIT.usage;
  }
  return EXIT.ok;
}

function answerLine(
  id: BatchId,
  line: BatchLine,
  catalogs: readonly ServiceCatalog[],
  compiled: ReturnType<typeof createPolicySetCache>,
): object {
  const key = JSON.stringify([line.identityPolicies, line.scps]);
  // The request and options go to the engine as the line gives them (checked by parseBatchLine);
  // the catalogs give the action's aliases when the request lists none.
  const set = compiled(key, () => ({ ...batchLineToInput(line), catalogs }));
  // The answer prints no per-statement explanation, so none is built: a third of the time a line
  // took went into its sentences.
  const result = decideWithAssumptions(set, line.request, line.options);
  return {
    id,
    decision: result.decision,
    decisive: result.decisive.map(formatStatementRef),
    summary: result.summary,
    residual: result.residualSentences,
    assumptions: result.assumptions,
    problems: set.problems.map((problem) => problem.message),
  };
}
