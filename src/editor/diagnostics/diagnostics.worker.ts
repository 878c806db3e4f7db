/**
 * Runs the engine's checks off the main thread, so typing in a long policy never waits for
 * validation. Answers every request; the editor drops answers that are no longer current.
 */
import { policySize, readPolicyDocument } from '../../engine';
import { computeDiagnostics, createPolicyCatalogs, outline } from '../../language';
import type { PolicyCatalogs } from '../../language';
import type { FromWorker, ToWorker } from './diagnostics-protocol';

let catalogs: { id: number; value: PolicyCatalogs } | null = null;

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'catalogs') {
    catalogs = {
      id: message.catalogsId,
      value: createPolicyCatalogs(message.set.catalogs, message.set.globalKeys),
    };
    return;
  }
  const started = performance.now();
  const value = catalogs !== null && catalogs.id === message.catalogsId ? catalogs.value : null;
  const answer: FromWorker = {
    type: 'checked',
    requestId: message.requestId,
    diagnostics: computeDiagnostics(message.text, {
      policyType: message.policyType,
      catalogs: value,
    }),
    outline: outline(message.text),
    size: policySize(message.text, message.policyType, readPolicyDocument(message.text).model),
    durationMs: performance.now() - started,
  };
  self.postMessage(answer);
});
