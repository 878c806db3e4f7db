import { useCallback, useState } from 'react';
import { useDraftsStore } from '../../stores/drafts-store';
import { importBundleDrafts } from '../../stores/import-bundle';
import { hasScenarioContent } from '../../stores/scenario-model';
import type { Scenario } from '../../stores/scenario-store';
import type { BundleEvaluation } from '../../stores/workspace-bundle';
import { MAX_IMPORT_FILE_BYTES, readPolicyFile } from './read-policy-file';

/** The outcome of importing one file, as the user reads it. */
export interface FileImportReport {
  fileName: string;
  ok: boolean;
  message: string;
  /** A workspace file's SCP chain and context, offered to the user rather than applied. */
  scenario?: Partial<Scenario>;
  /** A workspace file's evaluator settings, offered with its SCP chain and context. */
  evaluation?: BundleEvaluation;
}

const typeLabel = (policyType: 'identity' | 'scp') =>
  policyType === 'scp' ? 'SCP' : 'identity policy';

async function importFile(file: File): Promise<FileImportReport> {
  const fail = (message: string) => ({ fileName: file.name, ok: false, message });
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    return fail(`the file is larger than ${MAX_IMPORT_FILE_BYTES / 1_000_000} MB`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('the file could not be read');
  }
  const reading = readPolicyFile(file.name, text);
  if (reading.kind === 'error') return fail(reading.message);
  if (reading.kind === 'workspace') {
    const { names, alreadyPresent, expectationCount, scenario, evaluation } = importBundleDrafts(
      reading.bundle,
    );
    const withExpectations =
      expectationCount === 0
        ? ''
        : ` (with ${expectationCount} ${expectationCount === 1 ? 'expectation' : 'expectations'})`;
    return {
      fileName: file.name,
      ok: true,
      message: `added ${names.length} ${names.length === 1 ? 'draft' : 'drafts'}${withExpectations}: ${names.join(', ')}${alreadyPresent.length > 0 ? `; already here, not added again: ${alreadyPresent.join(', ')}` : ''}`,
      ...(hasScenarioContent(scenario) || evaluation ? { scenario } : {}),
      ...(evaluation ? { evaluation } : {}),
    };
  }
  const [id] = useDraftsStore.getState().addDrafts([reading.draft]);
  const name =
    useDraftsStore.getState().drafts.find((d) => d.id === id)?.name ?? reading.draft.name;
  return {
    fileName: file.name,
    ok: true,
    message: `added as ${typeLabel(reading.draft.policyType)} “${name}” (${reading.typeReason}; you can change the type)`,
  };
}

/** Imports files one by one into the drafts; the reports of the last batch stay until dismissed. */
export function useFileImport() {
  const [reports, setReports] = useState<FileImportReport[]>([]);
  const importFiles = useCallback(async (files: readonly File[]) => {
    const batch: FileImportReport[] = [];
    for (const file of files) {
      // One file's failure is that file's result; the rest of the batch still imports.
      batch.push(
        await importFile(file).catch((error: unknown) => ({
          fileName: file.name,
          ok: false,
          message: `the file could not be imported: ${error instanceof Error ? error.message : String(error)}`,
        })),
      );
    }
    setReports(batch);
  }, []);
  const dismiss = useCallback(() => setReports([]), []);
  return { reports, importFiles, dismiss };
}
