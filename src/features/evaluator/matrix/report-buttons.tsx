import { Button } from '../../../components/ui/button';
import { computeApiMatrix, matrixTable } from '../../../engine';
import { downloadText } from '../../../lib/download';
import { printPage } from '../print-page';
import {
  buildReport,
  reportCsv,
  reportFileName,
  reportHtml,
  reportJson,
  reportMarkdown,
  type MatrixReport,
} from '../model/matrix-report';
import type { EvaluatorInputs } from '../use-evaluator-inputs';

/**
 * The report of the current inputs. The matrix is computed here, with its per-action verdicts
 * (which the page does not keep): an export is one click, worth a moment's computation.
 */
function reportFor(inputs: EvaluatorInputs): MatrixReport {
  const { catalogs } = inputs;
  const { index } = inputs.catalogData;
  const matrix = matrixTable(computeApiMatrix({ ...inputs.job, catalogs }), catalogs);
  const drafts = inputs.identityDrafts.map(({ name, text }) => ({ name, text }));
  const { scps, levelNames } = inputs.chain;
  return buildReport(
    `API matrix: ${drafts.map((d) => d.name).join(', ') || 'no draft'}`,
    matrix,
    {
      madeAt: new Date(),
      catalogs:
        index.status === 'success' ? { version: index.data.version, date: index.data.date } : null,
      identityDrafts: drafts,
      scpLevels: scps.map((level, i) => ({
        name: levelNames[i] ?? `level ${i}`,
        scps: level.map((scp) => ({ name: scp.name ?? scp.id, text: scp.text })),
      })),
      context: inputs.job.context ?? {},
      unknownContext: inputs.unknownContext,
      resourceScope: inputs.job.resourceScope ?? {},
    },
    levelNames,
  );
}

const FILES = [
  { label: 'Markdown', extension: 'md', type: 'text/markdown', write: reportMarkdown },
  { label: 'CSV', extension: 'csv', type: 'text/csv', write: reportCsv },
  { label: 'JSON', extension: 'json', type: 'application/json', write: reportJson },
] as const;

/** Exports the matrix with its reasons: Markdown, CSV, JSON, or a page to print. */
export function ReportButtons({ inputs }: { inputs: EvaluatorInputs }) {
  return (
    <div
      role="group"
      aria-label="Export the matrix"
      className="flex flex-wrap items-center gap-1 text-xs"
    >
      <span className="text-slate-600 dark:text-slate-300">Export:</span>
      {FILES.map(({ label, extension, type, write }) => (
        <Button
          key={label}
          size="sm"
          onClick={() => {
            const report = reportFor(inputs);
            downloadText(reportFileName(report, extension), write(report), type);
          }}
        >
          {label}
        </Button>
      ))}
      <Button size="sm" onClick={() => printPage(reportHtml(reportFor(inputs)))}>
        Print view
      </Button>
    </div>
  );
}
