import type { CatalogApi } from '../../catalog';
import { CatalogLink } from './catalog-link';
import { actionPath, apiPath } from './model/routes';

/** An API in a list: method and path (linking to its page) and the action it needs. */
export function ApiRow({
  catalogId,
  api,
  showCatalog,
}: {
  catalogId: string;
  api: CatalogApi;
  showCatalog?: boolean;
}) {
  return (
    <div className="border-b border-slate-100 px-3 py-1.5 dark:border-slate-800">
      <CatalogLink to={apiPath(catalogId, api.id)} mono>
        {api.method ? `${api.method} ${api.path}` : api.path}
      </CatalogLink>
      <p className="text-xs text-slate-600 dark:text-slate-300">
        {showCatalog ? `${catalogId} · ` : ''}
        {api.title ? `${api.title} · ` : ''}
        needs{' '}
        <CatalogLink to={actionPath(catalogId, api.action)} mono>
          {api.action}
        </CatalogLink>
        {api.dependencies.length ? ` + ${api.dependencies.length} dependencies` : ''}
      </p>
    </div>
  );
}
