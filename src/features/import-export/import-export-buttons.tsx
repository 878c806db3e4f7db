import { useRef } from 'react';
import { Button } from '../../components/ui/button';
import { useDraftsStore } from '../../stores/drafts-store';
import { useEvaluatorStore } from '../../stores/evaluator-store';
import { useScenarioStore } from '../../stores/scenario-store';
import { evaluationState } from '../../stores/workspace-preview';
import { downloadJson } from '../../lib/download';
import { workspaceExport } from './workspace-export';

/** "Import files…": a file picker for policy and workspace files, several at once. */
export function ImportFilesButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        size="sm"
        onClick={() => input.current?.click()}
        title="Import policy or workspace files (or drop them on the drafts)"
      >
        Import…
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,application/json,.txt,text/plain"
        hidden
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Clearing lets the same file be picked again after fixing it.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}

/**
 * "Export workspace": every draft plus the SCP selection, context and evaluator settings, as one
 * re-importable file.
 */
export function ExportWorkspaceButton() {
  const hasDrafts = useDraftsStore((s) => s.drafts.length > 0);
  const exportAll = () => {
    const now = new Date();
    const { scpChain, context } = useScenarioStore.getState();
    const file = workspaceExport(
      useDraftsStore.getState().drafts,
      useEvaluatorStore.getState().expectations,
      { scpChain, context },
      evaluationState(),
      now,
    );
    downloadJson(`policy-workbench-workspace-${now.toISOString().slice(0, 10)}.json`, file);
  };
  return (
    <Button size="sm" disabled={!hasDrafts} onClick={exportAll}>
      Export workspace
    </Button>
  );
}
