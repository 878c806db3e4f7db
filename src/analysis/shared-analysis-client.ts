import { AnalysisClient } from './analysis-client';

let shared: AnalysisClient | null = null;

/**
 * The page's one analysis worker, created on first use and kept for the page's lifetime: the
 * editor, the evaluator and the Findings tab all ask it, so the catalogs are held and indexed once.
 */
export function sharedAnalysisClient(): AnalysisClient {
  shared ??= new AnalysisClient(
    () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
  );
  return shared;
}
