import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against the engine's mutants (`stryker.config.mjs`): the engine's own.
 * Modules are not re-imported per test file (`isolate: false`): a mutant run re-runs the files
 * that reach it, and re-importing the engine for each made a run take seconds.
 */
export default defineConfig({
  test: {
    include: ['src/engine/**/*.test.ts'],
    environment: 'node',
    isolate: false,
    testTimeout: 60000,
  },
});
