import { Badge } from '../../../components/ui/badge';
import { DownloadJsonButton } from '../../../components/ui/download-json-button';
import type { ServiceCatalog } from '../../../catalog';
import { CatalogGate } from '../catalog-gate';
import { CatalogLink } from '../catalog-link';
import { modelLabels } from '../labels';
import { homePath } from '../model/routes';
import type { ServiceTab } from '../model/routes';
import { PageHeader } from '../page-header';
import { ServiceTabs } from '../service-tabs';
import { ServiceActions } from './service-actions';
import { ServiceApis } from './service-apis';
import { ServiceConditionKeys, ServiceResources, ServiceWarnings } from './service-sections';

const serviceTabs: readonly ServiceTab[] = [
  'actions',
  'apis',
  'resources',
  'condition-keys',
  'warnings',
];

export const isServiceTab = (value: string | undefined): value is ServiceTab =>
  serviceTabs.includes(value as ServiceTab);

/** One service catalog: header with its provenance, then the chosen section. */
export function ServicePage({ catalogId, tab }: { catalogId: string; tab: ServiceTab }) {
  return (
    <CatalogGate catalogId={catalogId}>
      {(catalog) => (
        <div className="flex min-h-0 flex-1 flex-col">
          <ServiceHeader catalog={catalog} tab={tab} />
          <ServiceSection catalog={catalog} tab={tab} />
        </div>
      )}
    </CatalogGate>
  );
}

function ServiceHeader({ catalog, tab }: { catalog: ServiceCatalog; tab: ServiceTab }) {
  return (
    <PageHeader
      eyebrow={<CatalogLink to={homePath}>Services</CatalogLink>}
      title={`${catalog.serviceName} (${catalog.id})`}
      actions={<DownloadJsonButton name={catalog.id} data={() => catalog} />}
    >
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone="info">{modelLabels[catalog.model]}</Badge>
        <Badge tone={catalog.coverage === 'complete' ? 'success' : 'warning'}>
          {catalog.coverage === 'complete' ? 'complete capture' : 'partial capture'}
        </Badge>
      </div>
      <ul aria-label="Sources" className="text-xs text-slate-600 dark:text-slate-300">
        {catalog.sources.map((source) => (
          <li key={source.file} className="break-all">
            {`Source ${source.file}${source.updatedOn ? `, updated ${source.updatedOn}` : ''}`}
          </li>
        ))}
      </ul>
      <ServiceTabs catalog={catalog} current={tab} />
    </PageHeader>
  );
}

function ServiceSection({ catalog, tab }: { catalog: ServiceCatalog; tab: ServiceTab }) {
  switch (tab) {
    case 'actions':
      return <ServiceActions catalog={catalog} />;
    case 'apis':
      return <ServiceApis catalog={catalog} />;
    case 'resources':
      return <ServiceResources catalog={catalog} />;
    case 'condition-keys':
      return <ServiceConditionKeys catalog={catalog} />;
    case 'warnings':
      return <ServiceWarnings catalog={catalog} />;
  }
}
