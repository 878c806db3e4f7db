import type { ReactNode } from 'react';
import { Loading } from '../../components/ui/loading';
import { Notice } from '../../components/ui/notice';
import type { ServiceCatalog } from '../../catalog';
import { CatalogLink } from './catalog-link';
import { useCatalogModelContext } from './catalog-model-context';
import { homePath } from './model/routes';

/**
 * Renders `children` with the catalog `catalogId` once it is loaded; otherwise says why not
 * (still loading, unknown id, or the file failed), so a deep link never shows a blank pane.
 */
export function CatalogGate({
  catalogId,
  children,
}: {
  catalogId: string;
  children: (catalog: ServiceCatalog) => ReactNode;
}) {
  const { index, services } = useCatalogModelContext();
  if (index.status === 'pending') return <Loading label="Loading the catalog index…" />;
  if (index.status === 'error') {
    return <Problem title="The service catalogs are unavailable" message={index.message} />;
  }
  const service = services.find(({ entry }) => entry.id === catalogId);
  if (!service) {
    return (
      <Problem
        title={`There is no catalog \`${catalogId}\``}
        message="The link may be out of date."
      />
    );
  }
  if (service.load.status === 'pending') return <Loading label={`Loading ${catalogId}…`} />;
  if (service.load.status === 'error') {
    return <Problem title={`${catalogId} could not be loaded`} message={service.load.message} />;
  }
  return <>{children(service.load.data)}</>;
}

/** A page-level problem with a way back to the services list. */
export function Problem({ title, message }: { title: string; message: string }) {
  return (
    <div className="space-y-2 p-3">
      <Notice tone="error" title={title}>
        <p>{message}</p>
      </Notice>
      <CatalogLink to={homePath}>Back to all services</CatalogLink>
    </div>
  );
}
