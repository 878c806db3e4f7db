/**
 * `npm run fuzz [-- --cases N --seed S]`: generated policy texts through the engine over the
 * bundled catalogs (see fuzz-engine.ts). Prints the cases run, the throws (0 expected) with the
 * first texts that caused them, and the slowest case. Exits 1 when anything threw.
 */
import { parseArgs } from 'node:util';
import { loadBundledCatalogs, loadGlobalConditionKeys } from './bundled-catalogs';
import { fuzzEngine } from './fuzz-engine';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' } },
});
const cases = Number(values.cases);
const seed = Number(values.seed);
const started = performance.now();
const report = fuzzEngine({
  cases,
  seed,
  catalogs: loadBundledCatalogs(),
  globalKeys: loadGlobalConditionKeys(),
  onProgress: (done) => {
    if (done % 10_000 === 0) console.log(`${done.toLocaleString('en')} cases…`);
  },
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${report.cases.toLocaleString('en')} cases (seed ${seed}) in ${seconds} s: ` +
    `${report.failures.length} throws; slowest case ${report.slowestMs.toFixed(1)} ms ` +
    `(${report.slowestText.length.toLocaleString('en')} characters); ` +
    `mean ${(report.totalMs / report.cases).toFixed(2)} ms`,
);
for (const failure of report.failures.slice(0, 5)) {
  console.log(`\n${failure.stage}: ${failure.message}\n${failure.text.slice(0, 2000)}`);
}
process.exitCode = report.failures.length > 0 ? 1 : 0;
