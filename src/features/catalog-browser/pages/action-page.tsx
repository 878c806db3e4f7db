import { useMemo } from 'react';
import { Badge } from '../../../components/ui/badge';
import { DownloadJsonButton } from '../../../components/ui/download-json-button';
import type { CatalogAction, ServiceCatalog } from '../../../catalog';
import { AddToPolicyButton } from '../add-to-policy-button';
import { CatalogGate, Problem } from '../catalog-gate';
import { CatalogLink } from '../catalog-link';
import { useCatalogModelContext } from '../catalog-model-context';
import { accessLevelLabels, modelLabels } from '../labels';
import { buildActionView } from '../model/action-view';
import { homePath, servicePath } from '../model/routes';
import { PageHeader } from '../page-header';
import {
  ActionApis,
  ActionConditionKeys,
  ActionDependencies,
  ActionGrants,
  ActionResources,
} from './action-sections';
import { Section } from './section';
import { WarningList } from '../warning-list';

/** Everything known about one action, with links to what it depends on and who grants it. */
export function ActionPage({ catalogId, actionName }: { catalogId: string; actionName: string }) {
  return (
    <CatalogGate catalogId={catalogId}>
      {(catalog) => {
        const action = catalog.actions.find(
          (candidate) => candidate.name.toLowerCase() === actionName.toLowerCase(),
        );
        return action ? (
          <ActionDetails catalog={catalog} action={action} />
        ) : (
          <Problem
            title={`${catalogId} has no action \`${actionName}\``}
            message="The link may be out of date, or the action belongs to another catalog."
          />
        );
      }}
    </CatalogGate>
  );
}

function ActionDetails({ catalog, action }: { catalog: ServiceCatalog; action: CatalogAction }) {
  const { catalogs, lookup, globalKeys, policies } = useCatalogModelContext();
  const view = useMemo(
    () =>
      buildActionView(catalog, action, { catalogs, lookup, globalKeys, systemPolicies: policies }),
    [catalog, action, catalogs, lookup, globalKeys, policies],
  );
  return (
    <div className="min-h-0 flex-1 overflow-auto">
      <PageHeader
        mono
        eyebrow={
          <>
            <CatalogLink to={homePath}>Services</CatalogLink> /{' '}
            <CatalogLink
              to={servicePath(catalog.id)}
            >{`${catalog.serviceName} (${catalog.id})`}</CatalogLink>
          </>
        }
        title={action.name}
        actions={
          <>
            <AddToPolicyButton item={{ kind: 'action', value: action.name }} />
            <DownloadJsonButton name={action.name} data={() => view} />
          </>
        }
      >
        <div className="flex flex-wrap gap-1.5">
          <Badge tone="info">{modelLabels[catalog.model]}</Badge>
          <Badge>
            {action.accessLevel
              ? `Access level: ${accessLevelLabels[action.accessLevel]}`
              : 'No access level (legacy table)'}
          </Badge>
        </div>
        <p className="text-sm text-slate-800 dark:text-slate-200">
          {action.description || 'No description in the source.'}
        </p>
      </PageHeader>
      <ActionResources view={view} />
      <ActionConditionKeys view={view} />
      {action.aliases.length ? (
        <Section title="Aliases">
          <ul className="flex flex-wrap gap-1.5">
            {action.aliases.map((alias) => (
              <li key={alias}>
                <code className="text-xs">{alias}</code>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <ActionApis view={view} />
      <ActionDependencies view={view} />
      <ActionGrants view={view} />
      {view.warnings.length || action.notes.length ? (
        <Section title={`Data warnings (${view.warnings.length + action.notes.length})`}>
          {action.notes.map((note) => (
            <p key={note} className="text-xs">
              {note}
            </p>
          ))}
          <WarningList owner={catalog.id} warnings={view.warnings} />
        </Section>
      ) : null}
      <p className="px-3 py-2 text-xs text-slate-500 dark:text-slate-400">{`From ${action.source.file}:${action.source.line}`}</p>
    </div>
  );
}
