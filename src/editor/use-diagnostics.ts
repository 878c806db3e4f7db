import { useEffect, useState } from 'react';
import { sharedAnalysisClient, type AnalysisAnswer, type CheckResult } from '../analysis';
import type { CatalogSet } from '../catalog';
import type { PolicySize, PolicyType } from '../engine';
import type { OutlineEntry } from '../language';
import { toMarker } from './convert';
import { createDiagnosticsScheduler } from './diagnostics/diagnostics-scheduler';
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

/** The result shown for a check the worker could not give: one finding that says why. */
function unchecked(text: string, reason: string): CheckResult {
  return {
    diagnostics: [
      {
        offset: 0,
        length: Math.min(text.length, 1),
        code: 'CHECK_TIMED_OUT',
        severity: 'WARNING',
        message: `this policy could not be checked: ${reason}`,
      },
    ],
    outline: [],
    size: null,
    durationMs: 0,
  };
}

const asResult = (text: string, answer: AnalysisAnswer<'check'>): CheckResult =>
  answer.type === 'error' ? unchecked(text, answer.message) : answer;

/**
 * Checks the attached model in the analysis worker as the user types (debounced; answers for text that has
 * changed since are dropped) and publishes the findings as markers, plus the problems list and
 * outline for the panels under the editor.
 */
export function useDiagnostics(
  handle: EditorHandle | null,
  attached: AttachedModel | null,
  policyType: PolicyType,
  catalogs: CatalogSet | null,
): { checked: CheckedState | null; checking: boolean } {
  const [checked, setChecked] = useState<CheckedState | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    if (catalogs) sharedAnalysisClient().setCatalogs(catalogs);
  }, [catalogs]);

  useEffect(() => {
    if (!handle || !attached) return;
    const client = sharedAnalysisClient();
    const { model, documentId } = attached;
    const { documents } = handle;
    const scheduler = createDiagnosticsScheduler<Snapshot, CheckResult>({
      delayMs: CHECK_DELAY_MS,
      run: () => {
        const text = model.getValue();
        return new Promise<CheckResult>((resolve) =>
          client.check('editor', text, policyType, (answer) => resolve(asResult(text, answer))),
        );
      },
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
  }, [handle, attached, policyType, catalogs]);

  return { checked: checked?.documentId === attached?.documentId ? checked : null, checking };
}
