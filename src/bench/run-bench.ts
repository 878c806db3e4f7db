/**
 * `npm run bench`: decision and API-matrix timings over synthetic catalogs (1k, 10k, 100k actions)
 * and policies (10, 100, 1,000 statements), the larger of them again with actions answering to
 * aliases, then the full matrix of the bundled catalogs under a 100-statement policy. Not part of
 * `npm test`; numbers are medians of repeated runs, except "1st matrix", the first matrix over a
 * catalog list, which also numbers its actions (later matrices over the same list reuse that
 * numbering, as the app's do).
 *
 * "matrix" is `computeApiMatrixCompiled`: every action decided and every API's status folded, in
 * the matrix's columns; that is what the app computes on every edit. Rows are materialised from the
 * columns on demand; "all rows" is the time to materialise every one of them, as an export, the
 * CLI or the panel's first view of a matrix does (a panel update materialises only the APIs whose
 * verdicts changed).
 */
import { cpus, loadavg } from 'node:os';
import {
  compilePolicySet,
  computeApiMatrixCompiled,
  decideRequest,
  evaluateCompiled,
  matrixRows,
  type CompiledPolicySet,
  type EvaluationRequest,
} from '../engine/index';
import type { ServiceCatalog } from '../catalog/catalog-types';
import { loadBundledCatalogs } from './bundled-catalogs';
import { bundledPolicy } from './bundled-policy';
import { seededRandom, syntheticCatalogs } from '../catalog/testing/synthetic-catalogs';
import { SYNTHETIC_CONTEXT, syntheticPolicy } from './synthetic-policies';

const ACTION_SIZES = [1_000, 10_000, 100_000];
const STATEMENT_SIZES = [10, 100, 1_000];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface Timing {
  /** Wall-clock milliseconds of the first (warm-up) run. */
  first: number;
  /** Median wall-clock milliseconds. */
  wall: number;
  /** Median CPU milliseconds of this process (user + system): less sensitive to a busy machine. */
  cpu: number;
}

/** Median timings of `run` over `repeats` runs after one warm-up. */
function time(run: () => unknown, repeats: number): Timing {
  const firstStart = performance.now();
  run();
  const first = performance.now() - firstStart;
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    walls.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  return { first, wall: median(walls), cpu: median(cpus) };
}

function sampleRequests(catalogs: readonly ServiceCatalog[], count: number): EvaluationRequest[] {
  const actions = catalogs.flatMap((c) => c.actions.map((a) => a.name));
  const random = seededRandom(42);
  return Array.from({ length: count }, () => ({
    action: actions[Math.floor(random() * actions.length)] ?? '',
    resource: '*',
    context: SYNTHETIC_CONTEXT,
  }));
}

function nsPerDecision(
  requests: readonly EvaluationRequest[],
  decide: (r: EvaluationRequest) => unknown,
): number {
  return (time(() => requests.forEach(decide), 3).wall * 1e6) / requests.length;
}

const cell = (value: number | string, width: number, digits = 1): string =>
  (typeof value === 'number' ? value.toFixed(digits) : value).padStart(width);

function syntheticTable(): void {
  console.log('Synthetic catalogs (5.0), policies with wildcards, resources and conditions');
  console.log(
    '   actions | statements |    APIs | compile ms | ns/decision | ns/explained | 1st matrix ms | matrix ms | matrix cpu ms | cpu ns/(action*stmt) | all rows ms | all rows cpu ms',
  );
  for (const actionCount of ACTION_SIZES) {
    const catalogs = syntheticCatalogs({ actionCount });
    const apiCount = catalogs.reduce((n, c) => n + c.apis.length, 0);
    const requests = sampleRequests(catalogs, 20_000);
    for (const statements of STATEMENT_SIZES) {
      const policy = syntheticPolicy(statements, catalogs.length);
      const input = { identityPolicies: [policy], scps: [] };
      const compile = time(() => compilePolicySet(input), 5);
      const set: CompiledPolicySet = compilePolicySet(input);
      const fast = nsPerDecision(requests, (r) => decideRequest(set, r));
      const explained = nsPerDecision(requests.slice(0, 200), (r) => evaluateCompiled(set, r));
      const options = { catalogs, context: SYNTHETIC_CONTEXT };
      const repeats = actionCount >= 100_000 ? 3 : 7;
      const matrix = time(() => computeApiMatrixCompiled(set, options), repeats);
      const computed = computeApiMatrixCompiled(set, options);
      const rows = time(() => matrixRows(computed, catalogs), repeats);
      console.log(
        [
          cell(actionCount, 10, 0),
          cell(statements, 11, 0),
          cell(apiCount, 8, 0),
          cell(compile.wall, 11, 2),
          cell(fast, 12, 0),
          cell(explained, 13, 0),
          cell(matrix.first, 14, 1),
          cell(matrix.wall, 10, 1),
          cell(matrix.cpu, 14, 1),
          cell((matrix.cpu * 1e6) / (actionCount * statements), 21, 2),
          cell(rows.wall, 12, 1),
          cell(rows.cpu, 16, 1),
        ].join(' |'),
      );
    }
  }
}

/**
 * The same workload where a third of the actions answer to a legacy alias (one in thirty to a
 * name of another service): every pattern is also tried on the aliases, and the set resolves
 * each decided action's aliases from the catalogs it was compiled with.
 */
function aliasTable(): void {
  console.log(
    '\nSynthetic catalogs with aliases (a third of the actions, some of another service)',
  );
  console.log(
    '   actions | statements | compile ms | ns/decision | matrix ms | matrix cpu ms | cpu ns/(action*stmt)',
  );
  for (const actionCount of ACTION_SIZES.slice(1)) {
    const catalogs = syntheticCatalogs({ actionCount, withAliases: true });
    const requests = sampleRequests(catalogs, 20_000);
    for (const statements of STATEMENT_SIZES.slice(1)) {
      const policy = syntheticPolicy(statements, catalogs.length);
      const input = { identityPolicies: [policy], scps: [], catalogs };
      const compile = time(() => compilePolicySet(input), 5);
      const set = compilePolicySet(input);
      const fast = nsPerDecision(requests, (r) => decideRequest(set, r));
      const options = { catalogs, context: SYNTHETIC_CONTEXT };
      const matrix = time(
        () => computeApiMatrixCompiled(set, options),
        actionCount >= 100_000 ? 3 : 7,
      );
      console.log(
        [
          cell(actionCount, 10, 0),
          cell(statements, 11, 0),
          cell(compile.wall, 11, 2),
          cell(fast, 12, 0),
          cell(matrix.wall, 10, 1),
          cell(matrix.cpu, 14, 1),
          cell((matrix.cpu * 1e6) / (actionCount * statements), 21, 2),
        ].join(' |'),
      );
    }
  }
}

function bundledMatrix(): void {
  const catalogs = loadBundledCatalogs();
  if (catalogs.length === 0) {
    console.log('\nBundled catalogs: none found in catalogs/, skipped');
    return;
  }
  console.log('\nBundled catalogs under a 100-statement policy (target: matrix < 5 ms)');
  console.log(
    ' model | catalogs | actions |  APIs | compile ms | matrix ms | matrix cpu ms | compile+matrix ms | all rows ms',
  );
  for (const model of ['5.0', '1.1'] as const) {
    const ofModel = catalogs.filter((c) => c.model === model);
    if (ofModel.length === 0) continue;
    const input = { identityPolicies: [bundledPolicy(ofModel, 100)], scps: [] };
    const options = { catalogs: ofModel, context: SYNTHETIC_CONTEXT };
    const compile = time(() => compilePolicySet(input), 21);
    const set = compilePolicySet(input);
    const matrix = time(() => computeApiMatrixCompiled(set, options), 51);
    const total = time(() => computeApiMatrixCompiled(compilePolicySet(input), options), 51);
    const computed = computeApiMatrixCompiled(set, options);
    const rows = time(() => matrixRows(computed, ofModel), 51);
    console.log(
      [
        cell(model, 6),
        cell(ofModel.length, 9, 0),
        cell(
          ofModel.reduce((n, c) => n + c.actions.length, 0),
          8,
          0,
        ),
        cell(
          ofModel.reduce((n, c) => n + c.apis.length, 0),
          6,
          0,
        ),
        cell(compile.wall, 11, 2),
        cell(matrix.wall, 10, 2),
        cell(matrix.cpu, 14, 2),
        cell(total.wall, 18, 2),
        cell(rows.wall, 12, 2),
      ].join(' |'),
    );
  }
}

console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (a busy machine inflates wall times; cpu columns are this process only)\n`,
);
/**
 * A fixed allocation-heavy workload (one million small retained objects, as a large matrix
 * produces) to put the other numbers in proportion: on an idle laptop it takes a few tens of ms.
 */
function calibration(): void {
  const reference = time(() => {
    const kept: object[] = [];
    for (let i = 0; i < 1_000_000; i++) kept.push({ index: i, name: `n${i}` });
    return kept.length;
  }, 5);
  console.log(
    `calibration: 1M small retained objects take ${reference.wall.toFixed(0)} ms wall, ${reference.cpu.toFixed(0)} ms cpu\n`,
  );
}

calibration();
syntheticTable();
aliasTable();
bundledMatrix();
