/**
 * Runs generated policy texts through every engine entry point the app and the CLI use
 * (validation of both policy types, a decision with its explanation, the API matrix of one
 * service and its rows) and records what threw and which case took longest. The engine promises
 * never to throw on any text; a throw here is a bug, reported with the text that caused it.
 */
import fc from 'fast-check';
import type { GlobalConditionKey, ServiceCatalog } from '../catalog/catalog-types';
import {
  computeApiMatrix,
  createCatalogLookup,
  evaluateRequest,
  matrixRows,
  validatePolicy,
  type PolicyType,
} from '../engine/index';
import { fuzzPolicyText, fuzzVocabulary } from './fuzz-policies';

interface FuzzFailure {
  text: string;
  stage: string;
  message: string;
}

export interface FuzzReport {
  cases: number;
  failures: FuzzFailure[];
  slowestMs: number;
  slowestText: string;
  totalMs: number;
}

interface FuzzOptions {
  cases: number;
  seed: number;
  catalogs: readonly ServiceCatalog[];
  globalKeys: readonly GlobalConditionKey[];
  /** Called after each batch with the cases run so far. */
  onProgress?: (done: number) => void;
}

const BATCH = 500;
const POLICY_TYPES: readonly PolicyType[] = ['identity', 'scp'];
const CONTEXT = { 'g:SourceIp': '10.1.2.3', 'g:MFAPresent': 'true', 'g:UserName': 'alice' };

export function fuzzEngine(options: FuzzOptions): FuzzReport {
  const { catalogs } = options;
  const vocabulary = fuzzVocabulary(catalogs, options.globalKeys);
  const lookup = createCatalogLookup(catalogs, options.globalKeys);
  const texts = fuzzPolicyText(vocabulary);
  const failures: FuzzFailure[] = [];
  let slowestMs = 0;
  let slowestText = '';
  let totalMs = 0;
  let done = 0;
  for (let batch = 0; done < options.cases; batch++) {
    const size = Math.min(BATCH, options.cases - done);
    const samples = fc.sample(fc.tuple(texts, fc.nat(), fc.boolean()), {
      numRuns: size,
      seed: options.seed + batch,
    });
    for (const [text, pick, unknownContext] of samples) {
      const start = performance.now();
      const attempt = (stage: string, run: () => unknown) => {
        try {
          run();
        } catch (error) {
          failures.push({ text, stage, message: String(error) });
        }
      };
      for (const policyType of POLICY_TYPES) {
        attempt(`validate ${policyType}`, () => validatePolicy({ text, policyType, lookup }));
      }
      const action = vocabulary.actions[pick % vocabulary.actions.length] ?? '*';
      const policies = { identityPolicies: [{ id: 'fuzz', text }], catalogs };
      attempt('evaluate', () =>
        evaluateRequest({
          ...policies,
          scps: [[{ id: 'scp', text }]],
          request: { action, resource: '*', context: CONTEXT },
          options: { unknownContext },
        }),
      );
      const service = vocabulary.services[pick % vocabulary.services.length] ?? '';
      attempt('matrix', () => {
        const input = { ...policies, scps: [], services: [service], context: CONTEXT };
        matrixRows(computeApiMatrix({ ...input, unknownContext }), catalogs);
      });
      const elapsed = performance.now() - start;
      totalMs += elapsed;
      if (elapsed > slowestMs) {
        slowestMs = elapsed;
        slowestText = text;
      }
    }
    done += size;
    options.onProgress?.(done);
  }
  return { cases: done, failures, slowestMs, slowestText, totalMs };
}
