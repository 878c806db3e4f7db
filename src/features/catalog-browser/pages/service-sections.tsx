import { Badge } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import type { ServiceCatalog } from '../../../catalog';
import { AddToPolicyButton } from '../add-to-policy-button';
import { multiValuedLabel } from '../labels';
import { WarningList } from '../warning-list';

const sectionClass = 'min-h-0 flex-1 overflow-auto';

/** Resource types with their URN patterns, each addable to the active draft. */
export function ServiceResources({ catalog }: { catalog: ServiceCatalog }) {
  if (catalog.resourceTypes.length === 0)
    return <EmptyState title="This catalog lists no resource types" />;
  return (
    <ul aria-label={`${catalog.id} resource types`} className={sectionClass}>
      {catalog.resourceTypes.map((resourceType) => (
        <li
          key={resourceType.name}
          className="border-b border-slate-100 px-3 py-2 dark:border-slate-800"
        >
          <h3 className="font-mono text-sm font-semibold">{resourceType.name}</h3>
          <ul aria-label={`${resourceType.name} URN patterns`}>
            {resourceType.urnPatterns.map((pattern) => (
              <li key={pattern} className="flex items-center justify-between gap-2">
                <code className="min-w-0 text-xs break-all">{pattern}</code>
                <AddToPolicyButton item={{ kind: 'resource', value: pattern }} compact />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** The service's own condition keys with type and single/multi-valued. */
export function ServiceConditionKeys({ catalog }: { catalog: ServiceCatalog }) {
  if (catalog.conditionKeys.length === 0) {
    return (
      <EmptyState title="This service has no condition keys of its own">
        Global (g:) keys still apply.
      </EmptyState>
    );
  }
  return (
    <ul aria-label={`${catalog.id} condition keys`} className={sectionClass}>
      {catalog.conditionKeys.map((key) => (
        <li key={key.name} className="border-b border-slate-100 px-3 py-2 dark:border-slate-800">
          <div className="flex flex-wrap items-center gap-1.5">
            <h3 className="font-mono text-sm font-semibold break-all">{key.name}</h3>
            <Badge tone="info">{key.type}</Badge>
            <Badge>{multiValuedLabel(key.multiValued)}</Badge>
            <AddToPolicyButton item={{ kind: 'conditionKey', value: key.name }} compact />
          </div>
          <p className="text-xs text-slate-700 dark:text-slate-300">{key.description}</p>
        </li>
      ))}
    </ul>
  );
}

/** Quirks of the source data the importer reported for this catalog. */
export function ServiceWarnings({ catalog }: { catalog: ServiceCatalog }) {
  if (catalog.warnings.length === 0)
    return <EmptyState title="No data warnings for this catalog" />;
  return (
    <div className={sectionClass}>
      <WarningList owner={catalog.id} warnings={catalog.warnings} />
    </div>
  );
}
