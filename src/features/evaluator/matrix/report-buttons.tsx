import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { computeApiMatrix, matrixTable } from '../../../engine';
import { downloadText, openPage } from '../download-file';
import { buildReport, reportCsv, reportHtml, reportMarkdown } from '../model/matrix-report';
import { valueText } from '../model/context-fields';
import type { EvaluatorInputs } from '../use-evaluator-inputs';

/**
 * The report of the current inputs. The matrix is computed here, with its per-action verdicts
 * (which the page does not keep): an export is one click, worth a moment's computation.
 */
function reportFor(inputs: EvaluatorInputs) {
  const { catalogs } = inputs.catalogData;
  const matrix = matrixTable(computeApiMatrix({ ...inputs.job, catalogs }), catalogs);
  const names = inputs.identityDrafts.map((d) => d.name);
  const nameOf = (id: string) =>
    inputs.drafts.find((d) => d.id === id)?.name ??
    inputs.library.find((p) => p.id === id)?.name ??
    id;
  return buildReport(
    `API matrix: ${names.join(', ') || 'no draft'}`,
    matrix,
    {
      identityDrafts: names,
      scpLevels: inputs.scpChain.governed
        ? inputs.scpChain.levels.map(
            (l) => `${l.name}: ${l.scpIds.map(nameOf).join(', ') || 'no SCP'}`,
          )
        : [],
      context: Object.entries(inputs.job.context ?? {}).map(([k, v]) => `${k} = ${valueText(v)}`),
      unknownContext: inputs.unknownContext,
    },
    inputs.chain.levelNames,
  );
}

/** Exports the matrix with its reasons: Markdown, CSV, or a page to print. */
export function ReportButtons({ inputs }: { inputs: EvaluatorInputs }) {
  const [blocked, setBlocked] = useState(false);
  return (
    <div
      role="group"
      aria-label="Export the matrix"
      className="flex flex-wrap items-center gap-1 text-xs"
    >
      <span className="text-slate-600 dark:text-slate-300">Export:</span>
      <Button
        size="sm"
        onClick={() =>
          downloadText('api-matrix.md', reportMarkdown(reportFor(inputs)), 'text/markdown')
        }
      >
        Markdown
      </Button>
      <Button
        size="sm"
        onClick={() => downloadText('api-matrix.csv', reportCsv(reportFor(inputs)), 'text/csv')}
      >
        CSV
      </Button>
      <Button size="sm" onClick={() => setBlocked(!openPage(reportHtml(reportFor(inputs))))}>
        Print view
      </Button>
      {blocked ? (
        <span role="alert" className="text-rose-700 dark:text-rose-300">
          The browser blocked the new tab: allow pop-ups for this page.
        </span>
      ) : null}
    </div>
  );
}
