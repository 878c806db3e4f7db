import { useEffect, useState } from 'react';
import type { PolicySize, PolicyType } from '../engine';
import type { OutlineEntry } from '../language';
import { toMarker } from './convert';
import { DiagnosticsClient } from './diagnostics/diagnostics-client';
import type { CatalogSet, CheckResult } from './diagnostics/diagnostics-protocol';
import { createDiagnosticsScheduler } from './diagnostics/diagnostics-scheduler';
import DiagnosticsWorker from './diagnostics/diagnostics.worker?worker';
import { monaco } from './monaco';
import type { ProblemRow } from './problems-list';
import { recordDuration } from './timing';
import type { AttachedModel } from './use-draft-model';
import type { EditorHandle } from './use-monaco-editor';

/** Our marker owner: never clobbers (or is clobbered by) another owner's markers. */
const MARKER_OWNER = 'policy-workbench';

/** Quiet time after a keystroke before the policy is checked again. */
const CHECK_DELAY_MS = 300;

export interface CheckedState {
  documentId: string;
  problems: ProblemRow[];
  outline: OutlineEntry[];
  size: PolicySize | null;
}

interface Snapshot {
  version: number;
  /** `performance.now()` at the change, for the keystroke-to-diagnostics measure. */
  changedAt: number;
}

/**
 * Checks the attached model in a worker as the user types (debounced; answers for text that has
 * changed since are dropped) and publishes the findings as markers, plus the problems list and
 * outline for the panels under the editor.
 */
export function useDiagnostics(
  handle: EditorHandle | null,
  attached: AttachedModel | null,
  policyType: PolicyType,
  catalogs: CatalogSet | null,
): { checked: CheckedState | null; checking: boolean } {
  const [client, setClient] = useState<DiagnosticsClient | null>(null);
  const [checked, setChecked] = useState<CheckedState | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    const created = new DiagnosticsClient(() => new DiagnosticsWorker());
    setClient(created);
    return () => created.dispose();
  }, []);

  useEffect(() => {
    if (!handle || !attached || !client) return;
    const { model, documentId } = attached;
    const { documents } = handle;
    const scheduler = createDiagnosticsScheduler<Snapshot, CheckResult>({
      delayMs: CHECK_DELAY_MS,
      run: () => client.check(model.getValue(), policyType, catalogs),
      isCurrent: (snapshot) => !model.isDisposed() && model.getVersionId() === snapshot.version,
      apply(snapshot, result) {
        const markers = result.diagnostics.map((d) => toMarker(monaco, model, d));
        monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
        documents.setDiagnostics(model, snapshot.version, result.diagnostics);
        const problems = result.diagnostics.map((d, i) => {
          const at = model.getPositionAt(d.offset);
          return { ...d, id: `${i}-${d.code}-${d.offset}`, line: at.lineNumber, column: at.column };
        });
        setChecked({ documentId, problems, outline: result.outline, size: result.size });
        setChecking(false);
        recordDuration('policy-diagnostics', snapshot.changedAt);
        recordDuration('policy-diagnostics-check', performance.now() - result.durationMs);
      },
    });
    const snapshot = () => ({ version: model.getVersionId(), changedAt: performance.now() });
    setChecking(true);
    scheduler.schedule(snapshot(), true);
    const changes = model.onDidChangeContent(() => {
      setChecking(true);
      scheduler.schedule(snapshot());
    });
    return () => {
      changes.dispose();
      scheduler.dispose();
    };
  }, [handle, attached, client, policyType, catalogs]);

  return { checked: checked?.documentId === attached?.documentId ? checked : null, checking };
}
