import { describe, expect, it } from 'vitest';
import { loadBundledCatalogs, loadGlobalConditionKeys } from './bundled-catalogs';
import { fuzzEngine } from './fuzz-engine';

describe('the engine over generated policy texts (npm run fuzz runs 100,000)', () => {
  it('never throws, and no case takes seconds', () => {
    const report = fuzzEngine({
      cases: 200,
      seed: 7,
      catalogs: loadBundledCatalogs(),
      globalKeys: loadGlobalConditionKeys(),
    });
    expect(report.cases).toBe(200);
    expect(report.failures).toEqual([]);
    // Generous: a case is milliseconds; a backtracking matcher or a quadratic walk takes seconds.
    expect(report.slowestMs).toBeLessThan(5_000);
  }, 120_000);
});
