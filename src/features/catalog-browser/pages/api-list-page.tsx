import { useDeferredValue, useId, useMemo, useState } from 'react';
import { DownloadJsonButton } from '../../../components/ui/download-json-button';
import { EmptyState } from '../../../components/ui/empty-state';
import { VirtualList } from '../../../components/ui/virtual-list';
import { ApiRow } from '../api-row';
import { useCatalogModelContext } from '../catalog-model-context';
import { listApis } from '../model/api-view';
import { PageHeader } from '../page-header';

/** Browse by API: every API of every loaded catalog, narrowed by a plain text filter. */
export function ApiListPage() {
  const { catalogs } = useCatalogModelContext();
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  const rows = useMemo(() => listApis(catalogs, deferred), [catalogs, deferred]);
  const inputId = useId();
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <PageHeader
        title="APIs"
        actions={
          <DownloadJsonButton
            name="apis"
            data={() => rows.map(({ catalogId, api }) => ({ catalogId, ...api }))}
          />
        }
      >
        <label htmlFor={inputId} className="text-xs font-medium text-slate-600 dark:text-slate-300">
          Filter by method, path or action
        </label>
        <input
          id={inputId}
          type="text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="e.g. POST /v2/cloudimages"
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
        />
        <p
          role="status"
          className="text-xs text-slate-600 dark:text-slate-300"
        >{`${rows.length} APIs`}</p>
      </PageHeader>
      {rows.length === 0 ? (
        <EmptyState title={catalogs.length ? 'No API matches' : 'No catalog is loaded yet'} />
      ) : (
        <VirtualList
          label="APIs"
          items={rows}
          estimateSize={52}
          getKey={(row) => `${row.catalogId}|${row.api.id}`}
          renderItem={(row) => <ApiRow catalogId={row.catalogId} api={row.api} showCatalog />}
        />
      )}
    </div>
  );
}
