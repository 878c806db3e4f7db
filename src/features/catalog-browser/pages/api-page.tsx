import { useMemo } from 'react';
import { Badge } from '../../../components/ui/badge';
import { DownloadJsonButton } from '../../../components/ui/download-json-button';
import type { ApiScopes, CatalogApi, ServiceCatalog } from '../../../catalog';
import { GenerateFromApiButton } from '../../generator/generate-from-api-button';
import { AddToPolicyButton } from '../add-to-policy-button';
import { CatalogGate, Problem } from '../catalog-gate';
import { CatalogLink } from '../catalog-link';
import { useCatalogModelContext } from '../catalog-model-context';
import { modelLabels } from '../labels';
import { buildApiView } from '../model/api-view';
import type { ApiActionLink } from '../model/api-view';
import { actionPath, allApisPath, servicePath } from '../model/routes';
import { PageHeader } from '../page-header';
import { Section } from './section';

/** Where a legacy API may be granted, as its table's scope columns say. */
const scopeLabels: [keyof ApiScopes, string][] = [
  ['iamProject', 'IAM project'],
  ['enterpriseProject', 'Enterprise project'],
  ['instance', 'Per instance'],
  ['tag', 'By tag'],
];

/** One API: the action that authorises it and the other actions it needs. */
export function ApiPage({ catalogId, apiId }: { catalogId: string; apiId: string }) {
  return (
    <CatalogGate catalogId={catalogId}>
      {(catalog) => {
        const api = catalog.apis.find((candidate) => candidate.id === apiId);
        return api ? (
          <ApiDetails catalog={catalog} api={api} />
        ) : (
          <Problem
            title={`${catalogId} has no API \`${apiId}\``}
            message="The link may be out of date."
          />
        );
      }}
    </CatalogGate>
  );
}

function ActionLink({ link }: { link: ApiActionLink }) {
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      {link.catalogId ? (
        <CatalogLink to={actionPath(link.catalogId, link.action)} mono>
          {link.action}
        </CatalogLink>
      ) : (
        <>
          <code className="text-[0.8125rem]">{link.action}</code>
          <Badge tone="warning">not in the loaded catalogs</Badge>
        </>
      )}
      <AddToPolicyButton item={{ kind: 'action', value: link.action }} compact />
      {link.condition ? (
        <p className="w-full text-xs text-slate-600 dark:text-slate-300">{`only when: ${link.condition}`}</p>
      ) : null}
    </div>
  );
}

function ApiDetails({ catalog, api }: { catalog: ServiceCatalog; api: CatalogApi }) {
  const { lookup } = useCatalogModelContext();
  const view = useMemo(() => buildApiView(catalog, api, lookup), [catalog, api, lookup]);
  return (
    <div className="min-h-0 flex-1 overflow-auto">
      <PageHeader
        mono
        eyebrow={
          <>
            <CatalogLink to={allApisPath}>APIs</CatalogLink> /{' '}
            <CatalogLink
              to={servicePath(catalog.id, 'apis')}
            >{`${catalog.serviceName} (${catalog.id})`}</CatalogLink>
          </>
        }
        title={api.method ? `${api.method} ${api.path}` : api.path}
        actions={
          <>
            {catalog.model === '5.0' ? (
              <GenerateFromApiButton
                api={{ catalogId: catalog.id, apiId: api.id }}
                label={api.method ? `${api.method} ${api.path}` : api.path}
              />
            ) : null}
            <DownloadJsonButton name={`${catalog.id}-${api.id}`} data={() => view} />
          </>
        }
      >
        <div className="flex flex-wrap gap-1.5">
          <Badge tone="info">{modelLabels[catalog.model]}</Badge>
          {api.title ? <Badge>{api.title}</Badge> : null}
          {scopeLabels.flatMap(([scope, label]) =>
            api.scopes?.[scope] === undefined
              ? []
              : [
                  <Badge key={scope} tone={api.scopes[scope] ? 'success' : 'neutral'}>
                    {`${label}: ${api.scopes[scope] ? 'yes' : 'no'}`}
                  </Badge>,
                ],
          )}
        </div>
        {api.notes.map((note) => (
          <p key={note} className="text-sm">
            {note}
          </p>
        ))}
      </PageHeader>
      <Section title="Action it needs">
        <ActionLink link={view.action} />
      </Section>
      <Section title={`Dependency actions (${view.dependencies.length})`}>
        {view.dependencies.length === 0 ? (
          <p className="text-xs text-slate-600 dark:text-slate-300">None.</p>
        ) : null}
        <ul className="space-y-1">
          {view.dependencies.map((dependency, index) => (
            <li key={`${dependency.action}-${index}`}>
              <ActionLink link={dependency} />
            </li>
          ))}
        </ul>
      </Section>
      <p className="px-3 py-2 text-xs text-slate-500 dark:text-slate-400">{`From ${api.source.file}:${api.source.line}`}</p>
    </div>
  );
}
