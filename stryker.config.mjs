// @ts-check
// Mutation testing of the engine: `npm run test:mutation` (slow, so not part of `npm test`).
// One folder at a time (comma-separated globs; a --mutate on the command line replaces the list
// below, exclusions included):
//   npm run test:mutation -- --mutate 'src/engine/match/**/*.ts,!**/*.test.ts'
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // `related` finds no tests through this config's includes, so every included test is a candidate
  // (per-test coverage still runs only those that reach a mutant).
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'src/engine/**/*.ts',
    '!src/engine/**/*.test.ts',
    // Test data builders and helpers: mutating them tests the tests.
    '!src/engine/**/*-test-helper.ts',
    '!src/engine/**/testing/**',
    '!src/engine/cases/**',
  ],
  // Per-test coverage: each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  // Mutants of module-level code (tables, constants) need every test file re-imported: about half
  // the run for a fifth of the mutants. They are left out of the score; set it to false to count
  // them.
  ignoreStatic: true,
  // The machine's two cores are shared; pass --concurrency 2 on an otherwise idle machine.
  concurrency: 1,
  // Re-runs only mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
export default config;
