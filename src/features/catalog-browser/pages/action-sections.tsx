import { Badge } from '../../../components/ui/badge';
import { CodeText } from '../../../components/ui/code-text';
import { statementLabel } from '../../../engine';
import { AddToPolicyButton } from '../add-to-policy-button';
import { CatalogLink } from '../catalog-link';
import { multiValuedLabel } from '../labels';
import type { ActionView } from '../model/action-view';
import { actionPath, apiPath, systemPolicyPath } from '../model/routes';
import { Section } from './section';

const none = (text: string) => <p className="text-xs text-slate-600 dark:text-slate-300">{text}</p>;

export function ActionResources({ view }: { view: ActionView }) {
  return (
    <Section title="Resource types">
      {view.resourceTypes.length === 0
        ? none('None: the action applies to all resources (*).')
        : null}
      <ul className="space-y-1">
        {view.resourceTypes.map((resource) => (
          <li key={resource.type}>
            <span className="font-mono text-sm">{resource.type}</span>{' '}
            {resource.required ? <Badge tone="info">required</Badge> : <Badge>optional</Badge>}
            {resource.urnPatterns.length === 0
              ? none('No URN pattern in the resource table.')
              : null}
            <ul>
              {resource.urnPatterns.map((pattern) => (
                <li key={pattern} className="flex items-center justify-between gap-2">
                  <code className="min-w-0 text-xs break-all">{pattern}</code>
                  <AddToPolicyButton item={{ kind: 'resource', value: pattern }} compact />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function ActionConditionKeys({ view }: { view: ActionView }) {
  return (
    <Section title="Condition keys">
      {view.conditionKeys.length === 0 ? none('None listed for this action.') : null}
      <ul className="space-y-1">
        {view.conditionKeys.map((key) => (
          <li key={key.name}>
            <div className="flex flex-wrap items-center gap-1.5">
              <code className="text-sm break-all">{key.name}</code>
              {key.type ? (
                <Badge tone="info">{key.type}</Badge>
              ) : (
                <Badge tone="warning">type unknown</Badge>
              )}
              <Badge>{multiValuedLabel(key.multiValued)}</Badge>
              <Badge>
                {key.origin === 'service'
                  ? 'service key'
                  : key.origin === 'global'
                    ? 'global key'
                    : 'not described'}
              </Badge>
              <AddToPolicyButton item={{ kind: 'conditionKey', value: key.name }} compact />
            </div>
            {key.description ? (
              <p className="text-xs text-slate-700 dark:text-slate-300">{key.description}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function ActionApis({ view }: { view: ActionView }) {
  return (
    <Section title={`APIs that need it (${view.apis.length + view.neededBy.length})`}>
      {view.apis.length + view.neededBy.length === 0
        ? none('No API in the catalog names this action.')
        : null}
      <ul className="space-y-0.5">
        {view.apis.map((api) => (
          <li key={api.id}>
            <CatalogLink to={apiPath(api.catalogId, api.id)} mono>
              {api.method ? `${api.method} ${api.path}` : api.path}
            </CatalogLink>
            {api.title ? <span className="text-xs"> · {api.title}</span> : null}
            {api.notes.map((note) => (
              <p key={note} className="text-xs text-slate-600 dark:text-slate-300">
                {note}
              </p>
            ))}
          </li>
        ))}
        {view.neededBy.map((api) => (
          <li key={`${api.catalogId}|${api.id}`}>
            <CatalogLink to={apiPath(api.catalogId, api.id)} mono>
              {api.method ? `${api.method} ${api.path}` : api.path}
            </CatalogLink>
            <span className="text-xs text-slate-600 dark:text-slate-300">
              {' as a dependency of '}
              <CatalogLink to={actionPath(api.catalogId, api.action)} mono>
                {api.action}
              </CatalogLink>
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function ActionDependencies({ view }: { view: ActionView }) {
  return (
    <Section title="Dependency actions">
      {view.dependencies.length === 0 ? none('Its APIs need no other action.') : null}
      <ul className="space-y-0.5">
        {view.dependencies.map((dependency) => (
          <li key={dependency.action}>
            {dependency.catalogId ? (
              <CatalogLink to={actionPath(dependency.catalogId, dependency.action)} mono>
                {dependency.action}
              </CatalogLink>
            ) : (
              <>
                <code className="text-[0.8125rem]">{dependency.action}</code>{' '}
                <Badge tone="warning">not in the loaded catalogs</Badge>
              </>
            )}
            {dependency.conditions.map((condition) => (
              <p
                key={condition}
                className="text-xs text-slate-600 dark:text-slate-300"
              >{`only when: ${condition}`}</p>
            ))}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function ActionGrants({ view }: { view: ActionView }) {
  return (
    <Section title="System policies that grant it">
      {view.grantedBy.length === 0 ? none(`No ${view.model} system policy allows it.`) : null}
      <ul className="space-y-0.5">
        {view.grantedBy.map((grant) => (
          <li key={`${grant.policyId}-${grant.statementIndex}`}>
            <CatalogLink to={systemPolicyPath(grant.policyId)}>{grant.policyName}</CatalogLink>
            <span className="text-xs text-slate-600 dark:text-slate-300">
              {' '}
              <CodeText text={statementLabel(grant)} />
              {' allows '}
              <code>{grant.pattern}</code>
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
