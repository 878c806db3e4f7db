import { EmptyState } from '../../../components/ui/empty-state';
import { VirtualList } from '../../../components/ui/virtual-list';
import type { ServiceCatalog } from '../../../catalog';
import { ApiRow } from '../api-row';

/** The service's APIs (method + path) with the action each needs. */
export function ServiceApis({ catalog }: { catalog: ServiceCatalog }) {
  if (catalog.apis.length === 0) return <EmptyState title="This catalog lists no APIs" />;
  return (
    <VirtualList
      label={`${catalog.id} APIs`}
      items={catalog.apis}
      estimateSize={52}
      getKey={(api) => api.id}
      renderItem={(api) => <ApiRow catalogId={catalog.id} api={api} />}
    />
  );
}
