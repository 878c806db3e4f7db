import { Badge } from '../../../components/ui/badge';
import { DownloadJsonButton } from '../../../components/ui/download-json-button';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { describeCatalogRelease, type PolicyModel } from '../../../catalog';
import type { ServiceLoad } from '../../../data/use-catalogs';
import { CatalogLink } from '../catalog-link';
import { useCatalogModelContext } from '../catalog-model-context';
import { count, modelLabels } from '../labels';
import { servicePath } from '../model/routes';
import { modelTotals, sourceDate, summariseServices } from '../model/service-summaries';
import { PageHeader } from '../page-header';

/** The first screen: every service with its catalogs per model, and any file that failed. */
export function HomePage() {
  const { index, services } = useCatalogModelContext();
  if (index.status === 'pending') return <Loading label="Loading the catalog index…" />;
  if (index.status === 'error') {
    return (
      <div className="p-3">
        <Notice tone="error" title="The service catalogs are unavailable">
          <p>{index.message}</p>
          <p>The drafts and the editor still work; catalog look-ups will be missing.</p>
        </Notice>
      </div>
    );
  }
  const summaries = summariseServices(services);
  return (
    <div className="flex min-h-0 flex-1 flex-col overflow-auto">
      <PageHeader
        title="Services"
        actions={<DownloadJsonButton name="catalog-index" data={() => index.data} />}
      >
        <p className="text-xs text-slate-600 dark:text-slate-300">
          {modelTotals(services)
            .filter((total) => total.catalogs > 0)
            .map(
              (total) =>
                `${modelLabels[total.model]}: ${count(total.catalogs, 'catalog')}, ${count(total.actions, 'action')}, ${count(total.apis, 'API')}`,
            )
            .join(' · ')}
        </p>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Catalogs {describeCatalogRelease(index.data)}
        </p>
      </PageHeader>
      <ul aria-label="Services" className="divide-y divide-slate-200 dark:divide-slate-700">
        {summaries.map((summary) => (
          <li key={summary.service} className="px-3 py-2">
            <h3 className="text-sm font-semibold">
              {summary.serviceName}{' '}
              <span className="font-mono text-xs font-normal text-slate-600 dark:text-slate-300">
                {summary.service}
              </span>
            </h3>
            <ul aria-label={`${summary.serviceName} catalogs`} className="mt-1 space-y-1">
              {(['5.0', '1.1'] as PolicyModel[]).map((model) => {
                const load = summary.models[model];
                return load ? <CatalogRow key={model} load={load} /> : null;
              })}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CatalogRow({ load }: { load: ServiceLoad }) {
  const { entry } = load;
  const date = sourceDate(entry);
  return (
    <li className="rounded-md border border-slate-200 px-2 py-1.5 text-sm dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-1.5">
        <CatalogLink to={servicePath(entry.id)} mono>
          {entry.id}
        </CatalogLink>
        <Badge tone="info" title={modelLabels[entry.model]}>
          {entry.model}
        </Badge>
        <Badge tone={entry.coverage === 'complete' ? 'success' : 'warning'}>{entry.coverage}</Badge>
        {entry.counts.warnings > 0 ? (
          <Badge tone="warning">{count(entry.counts.warnings, 'data warning')}</Badge>
        ) : null}
      </div>
      <p className="mt-0.5 text-xs text-slate-700 dark:text-slate-300">
        {[
          count(entry.counts.actions, 'action'),
          count(entry.counts.apis, 'API'),
          count(entry.counts.resourceTypes, 'resource type'),
          count(entry.counts.conditionKeys, 'condition key'),
        ].join(' · ')}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {date ? `Source updated ${date}` : 'Source date unknown'}
      </p>
      {load.load.status === 'error' ? (
        <div className="mt-1">
          <Notice tone="error" title={`${entry.id} could not be loaded`}>
            <p>{load.load.message}</p>
            {load.load.details.slice(0, 3).map((detail) => (
              <p key={detail} className="font-mono text-xs break-all">
                {detail}
              </p>
            ))}
          </Notice>
        </div>
      ) : null}
    </li>
  );
}
