import { Badge } from '../../../components/ui/badge';
import { DownloadJsonButton } from '../../../components/ui/download-json-button';
import { Loading } from '../../../components/ui/loading';
import type { DocumentedOperation, SystemPoliciesFile, SystemPolicy } from '../../../catalog';
import type { FileLoad } from '../../../data/use-catalogs';
import { Problem } from '../catalog-gate';
import { CatalogLink } from '../catalog-link';
import { useCatalogModelContext } from '../catalog-model-context';
import { count } from '../labels';
import { systemPoliciesPath, systemPolicyPath } from '../model/routes';
import { PageHeader } from '../page-header';
import { WarningList } from '../warning-list';
import { OperationComparisonSection } from './operation-comparison';
import { Section } from './section';

const noOperations: DocumentedOperation[] = [];

/** The policies file's state; an index failure is the policies' failure too. */
function usePolicies(): FileLoad<SystemPoliciesFile> {
  const { systemPolicies, index } = useCatalogModelContext();
  return index.status === 'error' ? { ...index } : systemPolicies;
}

function PolicyBadges({ policy }: { policy: SystemPolicy }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone="info">
        {policy.policyType === 'scp' ? 'SCP' : policy.kind === 'role' ? 'role' : 'identity policy'}
      </Badge>
      <Badge>{policy.model}</Badge>
      <Badge tone={policy.provenance === 'documented' ? 'success' : 'warning'}>
        {policy.provenance}
      </Badge>
    </span>
  );
}

/** The system-defined policies, roles and SCPs the catalogs describe. */
export function SystemPoliciesPage() {
  const load = usePolicies();
  if (load.status === 'pending') return <Loading label="Loading the system policies…" />;
  if (load.status === 'error')
    return <Problem title="The system policies could not be loaded" message={load.message} />;
  const file = load.data;
  return (
    <div className="min-h-0 flex-1 overflow-auto">
      <PageHeader
        title="System policies"
        actions={<DownloadJsonButton name="system-policies" data={() => file} />}
      />
      <ul aria-label="System policies">
        {file.policies.map((policy) => (
          <li key={policy.id} className="border-b border-slate-100 px-3 py-2 dark:border-slate-800">
            <div className="flex flex-wrap items-center gap-1.5">
              <CatalogLink to={systemPolicyPath(policy.id)}>{policy.name}</CatalogLink>
              <PolicyBadges policy={policy} />
              {policy.warnings?.length ? (
                <Badge tone="warning">{count(policy.warnings.length, 'import warning')}</Badge>
              ) : null}
            </div>
            <p className="text-xs text-slate-700 dark:text-slate-300">{policy.description}</p>
          </li>
        ))}
      </ul>
      {file.warnings?.length ? (
        <Section title={`Import warnings about no single policy (${file.warnings.length})`}>
          <WarningList owner="system-policies" warnings={file.warnings} />
        </Section>
      ) : null}
    </div>
  );
}

/**
 * One system policy: its exact document (shown as text), its documented common operations
 * compared with what it computes to allow, and the importer's warnings about it.
 */
export function SystemPolicyPage({ policyId }: { policyId: string }) {
  const load = usePolicies();
  if (load.status === 'pending') return <Loading label="Loading the system policies…" />;
  if (load.status === 'error')
    return <Problem title="The system policies could not be loaded" message={load.message} />;
  const policy = load.data.policies.find((candidate) => candidate.id === policyId);
  if (!policy)
    return (
      <Problem
        title={`There is no system policy \`${policyId}\``}
        message="The link may be out of date."
      />
    );
  return (
    <div className="min-h-0 flex-1 overflow-auto">
      <PageHeader
        eyebrow={<CatalogLink to={systemPoliciesPath}>System policies</CatalogLink>}
        title={policy.name}
        actions={<DownloadJsonButton name={policy.id} data={() => policy.document} />}
      >
        <PolicyBadges policy={policy} />
        <p className="text-sm">{policy.description}</p>
        {policy.provenance === 'modelled' ? (
          <p className="text-xs text-amber-800 dark:text-amber-200">
            This document is modelled by the tool, not copied from the documentation.
          </p>
        ) : null}
      </PageHeader>
      {policy.operationSupport?.length ? (
        <OperationComparisonSection
          policy={policy}
          operations={load.data.documentedOperations ?? noOperations}
        />
      ) : null}
      {policy.warnings?.length ? (
        <Section title={`Import warnings (${policy.warnings.length})`}>
          <WarningList owner={policy.id} warnings={policy.warnings} />
        </Section>
      ) : null}
      <Section title="Policy document">
        <pre
          tabIndex={0}
          aria-label={`${policy.name} document`}
          className="overflow-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800"
        >
          {JSON.stringify(policy.document, null, 2)}
        </pre>
      </Section>
    </div>
  );
}
