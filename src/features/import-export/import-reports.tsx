import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { applyBundleEvaluation } from '../../stores/import-bundle';
import { useScenarioStore } from '../../stores/scenario-store';
import type { FileImportReport } from './use-file-import';

/** Per-file results of the last import: what each file became, or why it was refused. */
export function ImportReports({
  reports,
  onDismiss,
}: {
  reports: FileImportReport[];
  onDismiss: () => void;
}) {
  const failed = reports.filter((report) => !report.ok).length;
  const [applied, setApplied] = useState<FileImportReport | null>(null);
  if (reports.length === 0) return null;
  return (
    <section
      aria-label="Import results"
      className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
    >
      <div className="flex items-start justify-between gap-2">
        <p role="status" className="font-semibold">
          {failed === 0
            ? `Imported ${reports.length} ${reports.length === 1 ? 'file' : 'files'}`
            : `${failed} of ${reports.length} ${reports.length === 1 ? 'file' : 'files'} could not be imported`}
        </p>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
      <ul className="mt-1 space-y-1">
        {reports.map((report, index) => (
          <li
            key={`${report.fileName}-${index}`}
            className={report.ok ? '' : 'text-rose-800 dark:text-rose-300'}
          >
            <span className="font-mono">{report.fileName}</span>: {report.message}
            {report.scenario && applied === report ? (
              <span className="ml-2">
                {report.evaluation
                  ? 'Its SCP selection, request context and evaluator settings are now in use.'
                  : 'Its SCP selection and request context are now in use.'}
              </span>
            ) : null}
            {report.scenario && applied !== report ? (
              <Button
                size="sm"
                className="ml-2"
                onClick={() => {
                  const { scpChain, context } = report.scenario ?? {};
                  if (scpChain) useScenarioStore.getState().setScpChain(scpChain);
                  if (context) useScenarioStore.getState().setContext(context);
                  if (report.evaluation) applyBundleEvaluation(report.evaluation);
                  setApplied(report);
                }}
              >
                {report.evaluation
                  ? 'Use its SCP selection, request context and evaluator settings'
                  : 'Use its SCP selection and request context'}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
